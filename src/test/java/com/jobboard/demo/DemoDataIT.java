package com.jobboard.demo;

import com.jobboard.JobBoardApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data, on a database of its own (the shared test database is never empty):
 * loaded into an empty database when asked, once, and not at all into a configured
 * database by default.
 */
class DemoDataIT {

	static EmbeddedPostgres postgres;

	@BeforeAll
	static void startDatabase() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		postgres.close();
	}

	@Test
	void aConfiguredDatabaseGetsDemoDataOnlyWhenAskedAndOnlyOnce() {
		try (ConfigurableApplicationContext app = start("auto")) {
			assertThat(count(app, "select count(*) from companies")).isZero();
		}
		try (ConfigurableApplicationContext app = start("true")) {
			assertThat(count(app, "select count(*) from companies")).isGreaterThanOrEqualTo(12);
			assertThat(count(app, "select count(*) from jobs")).isGreaterThanOrEqualTo(40);
			assertThat(count(app, "select count(distinct status) from jobs")).isEqualTo(4);
			assertThat(count(app, "select count(*) from jobs where status = 'OPEN' and expires_at < now()"))
				.isPositive();
			assertThat(count(app, "select count(*) from companies where description_html like '%<blockquote>%'"))
				.isPositive();
			assertThat(count(app, "select count(*) from companies where description_html like '%<script%'")).isZero();
		}
		long companies;
		try (ConfigurableApplicationContext app = start("true")) {
			companies = count(app, "select count(*) from companies");
		}
		try (ConfigurableApplicationContext app = start("true")) {
			assertThat(count(app, "select count(*) from companies")).isEqualTo(companies);
		}
	}

	private static ConfigurableApplicationContext start(String demoData) {
		// Command-line arguments, as an operator would pass them (they override
		// application.yml).
		return new SpringApplication(JobBoardApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
				"--jobboard.demo-data=" + demoData, "--jobboard.admin.email=demo-admin@example.com",
				"--jobboard.admin.password=demo-admin-password");
	}

	private static long count(ConfigurableApplicationContext app, String sql) {
		return app.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
	}

}
