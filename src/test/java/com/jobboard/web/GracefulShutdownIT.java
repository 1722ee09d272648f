package com.jobboard.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jobboard.JobBoardApplication;
import com.jobboard.company.Company;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the application (as SIGTERM does) lets a request under way finish with its
 * answer, and writes the views counted since the last flush. The application runs in a
 * context of its own here, on the shared test database, so that the test can close it.
 */
class GracefulShutdownIT {

	private ConfigurableApplicationContext app;

	@AfterEach
	void close() {
		if (this.app != null && this.app.isActive()) {
			this.app.close();
		}
	}

	@Test
	void aRequestUnderWayFinishesAndCountedViewsAreWrittenWhenTheAppStops() throws Exception {
		TestDatabase.Connection database = TestDatabase.connection();
		// Views are only written every hour here: the ones below can reach the database
		// only by the final flush.
		this.app = new SpringApplicationBuilder(JobBoardApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--spring.datasource.hikari.maximum-pool-size=3",
				"--jobboard.views.flush-interval=1h", "--spring.main.banner-mode=off");
		int port = ((WebServerApplicationContext) this.app).getWebServer().getPort();
		Company company = this.app.getBean(TestCompanies.class).company("Graceful Shutdown");
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> view = client.send(get(port, "/companies/" + company.getSlug()),
					HttpResponse.BodyHandlers.ofString());
			assertThat(view.statusCode()).isEqualTo(200);
		}
		CompletableFuture<HttpResponse<String>> slow = client
			.sendAsync(get(port, TestOnlyEndpoints.SLOW_PATH + "?millis=3000"), HttpResponse.BodyHandlers.ofString());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (TestOnlyEndpoints.slowInFlight.get() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(TestOnlyEndpoints.slowInFlight.get()).as("the slow request is under way").isPositive();

		this.app.close();

		HttpResponse<String> answer = slow.get(10, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("finished after 3000 ms");
		assertThat(storedViews(database, company)).isEqualTo(3);
	}

	private static HttpRequest get(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
	}

	private static long storedViews(TestDatabase.Connection database, Company company) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password());
				PreparedStatement statement = connection
					.prepareStatement("select coalesce(sum(views), 0) from company_view_totals where company_id = ?")) {
			statement.setLong(1, company.getId());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

}
