package com.jobboard.bench.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The baseline of bench/profile-page.sh: a straightforward Spring Boot page that loads one entity
 * with Spring Data JPA on every request and renders it with Thymeleaf. No caching of any kind.
 * It runs on its own embedded PostgreSQL, like the job board does when no database is configured.
 */
@SpringBootApplication
public class BaselineApplication {

	private static final Logger log = LoggerFactory.getLogger(BaselineApplication.class);

	public static void main(String[] args) {
		SpringApplication.run(BaselineApplication.class, args);
	}

	/**
	 * PostgreSQL from the zonky binaries; in {@code baseline.data-directory} when set (the benchmark
	 * passes a fresh temporary directory), else in a temporary directory zonky makes. Either way the
	 * data is wiped on close: the table is created anew on every start.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${baseline.data-directory:}") String dataDirectory) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (!dataDirectory.isBlank()) {
			Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
			Files.createDirectories(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(true);
		}
		return builder.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password("")
			.build();
	}

	/** The one company the benchmark reads, with a description of about 5 KB. */
	@Bean
	ApplicationRunner baselineCompany(CompanyRepository companies) {
		return (args) -> {
			if (companies.findBySlug("baseline").isEmpty()) {
				companies.save(new Company("baseline", "Baseline Industries",
						"A plain Spring Boot page to measure the profile page against", description(5 * 1024),
						LocalDate.of(2014, 3, 1)));
			}
		};
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("Baseline is up at http://localhost:{}/", web.getWebServer().getPort());
		}
	}

	/** Deterministic prose of about {@code size} characters, in paragraphs. */
	static String description(int size) {
		String[] sentences = {
				"Baseline Industries builds dependable software for logistics teams across Europe.",
				"Our engineers work in small, autonomous groups that own their services from design to operation.",
				"We care about clear code, honest estimates and a sustainable pace.",
				"Customers rely on our platform to plan routes, track shipments and settle invoices every day.",
				"We hire people who enjoy learning, write things down and help their colleagues grow.",
				"Remote work is normal here, and we meet in person twice a year.", };
		StringBuilder text = new StringBuilder(size + 200);
		int i = 0;
		while (text.length() < size) {
			text.append(sentences[i % sentences.length]);
			i++;
			text.append((i % 4 == 0) ? "\n\n" : " ");
		}
		return text.toString().strip();
	}

}
