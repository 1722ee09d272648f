package com.jobboard.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one way tests get a PostgreSQL, shared by every test in the JVM: an external
 * database when {@code JOBBOARD_TEST_DATABASE_URL} is set (with {@code _USERNAME} and
 * {@code _PASSWORD}), else a Testcontainers PostgreSQL when Docker is available, else an
 * embedded PostgreSQL from Maven-packaged binaries. Tests share it, so each test makes
 * its own data with unique names.
 */
public final class TestDatabase {

	public static final String URL_VARIABLE = "JOBBOARD_TEST_DATABASE_URL";

	/** Same major version as the embedded binaries and docker-compose.yml. */
	private static final String POSTGRES_IMAGE = "postgres:17-alpine";

	private static Connection connection;

	private TestDatabase() {
	}

	/** Starts the database on first use. */
	public static synchronized Connection connection() {
		if (connection == null) {
			connection = start();
		}
		return connection;
	}

	private static Connection start() {
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			return new Connection(url, envOr("JOBBOARD_TEST_DATABASE_USERNAME", "postgres"),
					envOr("JOBBOARD_TEST_DATABASE_PASSWORD", ""), "external");
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (java.io.IOException ex) {
					// The JVM is exiting; the temporary data directory goes with it.
				}
			}));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not start an embedded PostgreSQL for the tests", ex);
		}
	}

	private static boolean dockerAvailable() {
		boolean configured = System.getenv("DOCKER_HOST") != null
				|| java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
		if (!configured) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	/** How to reach the test database, and which kind it is. */
	public record Connection(String url, String username, String password, String kind) {
	}

}
