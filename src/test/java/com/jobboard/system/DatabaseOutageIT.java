package com.jobboard.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.jobboard.JobBoardApplication;
import com.jobboard.company.Company;
import com.jobboard.support.HttpPages;
import com.jobboard.support.TestCompanies;
import com.jobboard.views.ViewCounter;
import com.jobboard.web.HtmlConformanceIT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.jobboard.support.HttpPages.assertFriendlyErrorPage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops under the running application and starts again. The application runs
 * on a PostgreSQL of its own here (never the shared test database), on a fixed port and
 * data directory so that the same database comes back.
 *
 * <p>
 * While it is away, pages answer 503 with the friendly page within a few seconds (at once
 * after the first failure), signed-in people too; readiness is down, liveness up; static
 * files are served; views counted before the outage stay in memory. When it is back, the
 * application serves pages again by itself, writes those views, and sessions are still
 * valid.
 */
class DatabaseOutageIT {

	private static final String ADMIN_EMAIL = "outage-admin@example.com";

	private static final String ADMIN_PASSWORD = "outage admin password";

	private static final String UNAVAILABLE = "The job board is unavailable for a moment";

	/**
	 * Long enough that no flush falls between counting views and stopping the database.
	 */
	private static final Duration FLUSH_INTERVAL = Duration.ofSeconds(6);

	/**
	 * What "quickly" means for the first request of an outage (Hikari's connection
	 * timeout is 3 s).
	 */
	private static final Duration FIRST_ANSWER_WITHIN = Duration.ofSeconds(6);

	/** Every later request of the outage. */
	private static final Duration LATER_ANSWERS_WITHIN = Duration.ofSeconds(1);

	@TempDir
	Path dataDirectory;

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() throws IOException {
		if (this.app != null) {
			this.app.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void pagesAnswer503WhileTheDatabaseIsAwayAndTheAppRecoversWithoutLosingViews() throws Exception {
		int databasePort = freePort();
		this.postgres = startPostgres(databasePort);
		this.app = startApp(databasePort);
		ViewCounter views = this.app.getBean(ViewCounter.class);
		JdbcTemplate jdbc = this.app.getBean(JdbcTemplate.class);
		Company company = this.app.getBean(TestCompanies.class).company("Outage Views");
		String profile = "/companies/" + company.getSlug();
		HttpPages visitor = new HttpPages(port());
		HttpPages admin = new HttpPages(port());
		admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

		// Three views, written by a flush; then two more that wait in memory for the next
		// one.
		for (int i = 0; i < 3; i++) {
			assertThat(visitor.get(profile).statusCode()).isEqualTo(200);
		}
		await(() -> views.pendingViews() == 0 && storedViews(jdbc, company) == 3, Duration.ofSeconds(20));
		assertThat(visitor.get(profile).statusCode()).isEqualTo(200);
		assertThat(visitor.get(profile).statusCode()).isEqualTo(200);

		this.postgres.close();
		assertThat(views.pendingViews()).as("views counted before the outage, not yet written").isEqualTo(2);

		long started = System.nanoTime();
		HttpResponse<String> first = visitor.get(profile);
		assertThat(elapsedSince(started)).isLessThan(FIRST_ANSWER_WITHIN);
		assertUnavailablePage(first);

		assertQuickly(() -> visitor.get("/"), (response) -> assertUnavailablePage(response));
		assertQuickly(() -> visitor.get(profile), (response) -> assertUnavailablePage(response));
		assertQuickly(() -> visitor.get("/jobs?q=robots"), (response) -> assertUnavailablePage(response));
		assertQuickly(() -> admin.get("/admin"), (response) -> {
			Document page = assertUnavailablePage(response);
			assertThat(page.select("header a[href=/login]")).as("shown as to a visitor, without a session").hasSize(1);
		});
		assertQuickly(() -> visitor.post("/login", Map.of("username", ADMIN_EMAIL, "password", "x")),
				(response) -> assertUnavailablePage(response));
		// The outage page through the HTML checker, as the other error pages are
		// (web.HtmlConformanceIT).
		for (String language : List.of("en", "de")) {
			HttpResponse<String> unavailable = visitor.get("/jobs", "Accept-Language", language);
			assertThat(unavailable.statusCode()).isEqualTo(503);
			assertThat(HtmlConformanceIT.validate(unavailable.body()))
				.as("Nu Html Checker messages on the 503 page (%s)", language)
				.isEmpty();
		}
		assertThat(visitor.get("/assets/css/site.css").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> readiness = visitor.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("DOWN");

		// A flush during the outage fails and keeps the views for the next one. (The
		// scheduled flush may
		// hold them in flight for a moment, when they do not count as pending: hence the
		// wait.)
		assertThat(views.flush()).isFalse();
		await(() -> views.pendingViews() == 2, FLUSH_INTERVAL.plus(Duration.ofSeconds(10)));

		this.postgres = startPostgres(databasePort);

		await(() -> visitor.get("/").statusCode() == 200, Duration.ofSeconds(30));
		await(() -> visitor.get("/actuator/health/readiness").statusCode() == 200, Duration.ofSeconds(30));
		await(() -> views.pendingViews() == 0 && storedViews(jdbc, company) == 5,
				FLUSH_INTERVAL.plus(Duration.ofSeconds(20)));
		Document page = Jsoup.parse(visitor.get(profile).body());
		// The counts on the page are the open jobs (none), the followers (none) and the
		// views: the five and this one.
		assertThat(page.select("data").eachAttr("value")).containsExactlyInAnyOrder("0", "0", "6");
		assertThat(admin.get("/admin").statusCode()).as("the session outlived the outage").isEqualTo(200);
	}

	private static Document assertUnavailablePage(HttpResponse<String> response) {
		Document page = assertFriendlyErrorPage(response, 503, UNAVAILABLE);
		assertThat(page.title()).isEqualTo("Temporarily unavailable · Job Board");
		assertThat(response.headers().firstValue("Retry-After")).contains(DatabaseOutageFilter.RETRY_AFTER_SECONDS);
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		return page;
	}

	private static void assertQuickly(Callable<HttpResponse<String>> request,
			java.util.function.Consumer<HttpResponse<String>> check) throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> response = request.call();
		assertThat(elapsedSince(started)).isLessThan(LATER_ANSWERS_WITHIN);
		check.accept(response);
	}

	private static long storedViews(JdbcTemplate jdbc, Company company) {
		return jdbc.queryForObject("select coalesce(sum(views), 0) from company_view_totals where company_id = ?",
				Long.class, company.getId());
	}

	private int port() {
		return ((WebServerApplicationContext) this.app).getWebServer().getPort();
	}

	private EmbeddedPostgres startPostgres(int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setPort(port)
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
	}

	private static ConfigurableApplicationContext startApp(int databasePort) {
		// As command-line arguments: they outrank application.yml, as an operator's
		// settings would.
		return new SpringApplicationBuilder(JobBoardApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.datasource.hikari.maximum-pool-size=4", "--jobboard.demo-data=false",
				"--jobboard.admin.email=" + ADMIN_EMAIL, "--jobboard.admin.password=" + ADMIN_PASSWORD,
				"--jobboard.views.flush-interval=" + FLUSH_INTERVAL.toMillis() + "ms",
				"--jobboard.outage.probe-interval=200ms", "--spring.main.banner-mode=off");
	}

	private static Duration elapsedSince(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos);
	}

	private static void await(Callable<Boolean> condition, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			try {
				if (Boolean.TRUE.equals(condition.call())) {
					return;
				}
			}
			catch (Exception ex) {
				// Not yet: the database or the app may still be coming back.
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + timeout);
			}
			Thread.sleep(50);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
