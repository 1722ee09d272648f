package com.jobboard.views;

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

import com.jobboard.company.Company;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.UserAgents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Under load, every view and every visitor is counted exactly once. */
@IntegrationTest
class ViewCountingUnderLoadIT {

	private static final int THREADS = 50;

	private static final int REQUESTS_PER_THREAD = 200;

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	ViewCounter viewCounter;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenThousandViewsFromFiftyThreadsAreCountedExactly() throws Exception {
		Company company = this.testCompanies.company("Under Load");
		URI profile = URI.create("http://localhost:" + this.port + "/companies/" + company.getSlug());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> okResponses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			for (int thread = 0; thread < THREADS; thread++) {
				// Each thread is one visitor: its own browser, on its own kept-alive
				// connection.
				HttpRequest get = HttpRequest.newBuilder(profile)
					.timeout(Duration.ofSeconds(60))
					.header("User-Agent", UserAgents.BROWSER + " visitor/" + thread)
					.build();
				okResponses.add(pool.submit(() -> {
					HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
					start.await();
					int ok = 0;
					for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
						if (client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
							ok++;
						}
					}
					return ok;
				}));
			}
			start.countDown();
			for (Future<Integer> ok : okResponses) {
				assertThat(ok.get()).isEqualTo(REQUESTS_PER_THREAD);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.viewCounter.flush()).isTrue();

		StoredViews stored = new StoredViews(this.jdbc);
		long requests = (long) THREADS * REQUESTS_PER_THREAD;
		assertThat(stored.total(ViewSubject.COMPANY, company.getId())).isEqualTo(requests);
		assertThat(stored.today(ViewSubject.COMPANY, company.getId())).isEqualTo(requests);
		assertThat(stored.uniqueVisitorsToday(ViewSubject.COMPANY, company.getId())).isEqualTo(THREADS);
		assertThat(stored.visitorHashesToday(ViewSubject.COMPANY, company.getId())).isEqualTo(THREADS);
	}

}
