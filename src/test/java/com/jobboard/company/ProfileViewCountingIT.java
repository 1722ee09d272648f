package com.jobboard.company;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.UserAgents;
import com.jobboard.views.ViewCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every GET of a profile counts exactly one view, however many arrive at once. */
@IntegrationTest
class ProfileViewCountingIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	ViewCounter viewCounter;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fiveHundredConcurrentViewsAreCountedExactly() throws Exception {
		Company company = this.testCompanies.company("Concurrent Views");
		int requests = 600;
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		HttpRequest get = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/companies/" + company.getSlug()))
			.timeout(Duration.ofSeconds(60))
			.header("User-Agent", UserAgents.BROWSER)
			.build();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> statuses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			for (int i = 0; i < requests; i++) {
				statuses.add(pool.submit(() -> {
					start.await();
					return client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
				}));
			}
			start.countDown();
			for (Future<Integer> status : statuses) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.viewCounter.flush()).isTrue();

		Long stored = this.jdbc.queryForObject("select views from company_view_totals where company_id = ?", Long.class,
				company.getId());
		Long today = this.jdbc.queryForObject("select sum(views) from company_daily_views where company_id = ?",
				Long.class, company.getId());
		assertThat(stored).isEqualTo(requests);
		assertThat(today).isEqualTo(requests);
		String page = client.send(get, HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("<data value=\"" + (requests + 1) + "\">");
	}

}
