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

import com.jobboard.JobBoardApplication;
import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestDatabase;
import com.jobboard.support.TestDatabaseInitializer;
import com.jobboard.support.UserAgents;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole applications, each on its own random port, sharing the test database as instances
 * behind a load balancer share theirs: they count exactly together, and one that shuts
 * down writes every view it still holds.
 */
class ViewCountingAcrossInstancesIT {

	private static final int THREADS_PER_INSTANCE = 16;

	private static final int REQUESTS_PER_THREAD = 100;

	/**
	 * Both instances see the same few people, who must be counted once a day, not once
	 * per instance.
	 */
	private static final int VISITORS = 8;

	@Test
	void twoInstancesSharingOneDatabaseCountEveryViewAndVisitorExactly() throws Exception {
		try (ConfigurableApplicationContext first = start("200ms");
				ConfigurableApplicationContext second = start("300ms")) {
			TestCompanies testCompanies = first.getBean(TestCompanies.class);
			Company company = testCompanies.company("Two Instances");
			Job job = testCompanies.job(company, "Shared Role", JobStatus.OPEN, null);
			String profile = "/companies/" + company.getSlug();
			String jobPage = "/jobs/" + job.getId() + "/shared-role";

			CountDownLatch start = new CountDownLatch(1);
			List<Future<long[]>> sent = new ArrayList<>();
			ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
			try {
				for (int thread = 0; thread < 2 * THREADS_PER_INSTANCE; thread++) {
					int port = port((thread % 2 == 0) ? first : second);
					String userAgent = UserAgents.BROWSER + " visitor/" + (thread % VISITORS);
					sent.add(pool.submit(() -> load(port, userAgent, profile, jobPage, start)));
				}
				start.countDown();
				long profileViews = 0;
				long jobViews = 0;
				for (Future<long[]> counts : sent) {
					profileViews += counts.get()[0];
					jobViews += counts.get()[1];
				}
				assertThat(profileViews + jobViews).isEqualTo(2L * THREADS_PER_INSTANCE * REQUESTS_PER_THREAD);

				// Both have been flushing all along, concurrently; now the rest.
				assertThat(first.getBean(ViewCounter.class).flush()).isTrue();
				assertThat(second.getBean(ViewCounter.class).flush()).isTrue();

				StoredViews stored = new StoredViews(first.getBean(JdbcClient.class));
				assertThat(stored.total(ViewSubject.COMPANY, company.getId())).isEqualTo(profileViews);
				assertThat(stored.today(ViewSubject.COMPANY, company.getId())).isEqualTo(profileViews);
				assertThat(stored.total(ViewSubject.JOB, job.getId())).isEqualTo(jobViews);
				assertThat(stored.today(ViewSubject.JOB, job.getId())).isEqualTo(jobViews);
				assertThat(stored.uniqueVisitorsToday(ViewSubject.COMPANY, company.getId())).isEqualTo(VISITORS);
				assertThat(stored.uniqueVisitorsToday(ViewSubject.JOB, job.getId())).isEqualTo(VISITORS);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void aGracefulShutdownWritesEveryPendingView() throws Exception {
		ConfigurableApplicationContext instance = start("1h");
		JdbcClient jdbc = instance.getBean(JdbcClient.class);
		StoredViews stored = new StoredViews(jdbc);
		long companyId;
		long jobId;
		try {
			TestCompanies testCompanies = instance.getBean(TestCompanies.class);
			Company company = testCompanies.company("Shut Down");
			Job job = testCompanies.job(company, "Pending Role", JobStatus.OPEN, null);
			companyId = company.getId();
			jobId = job.getId();
			long[] sent = load(port(instance), UserAgents.BROWSER, "/companies/" + company.getSlug(),
					"/jobs/" + job.getId() + "/pending-role", new CountDownLatch(0));
			assertThat(sent[0]).isPositive();
			assertThat(sent[1]).isPositive();

			// Nothing written yet: the flush interval is an hour away.
			assertThat(instance.getBean(ViewCounter.class).pendingViews()).isEqualTo(REQUESTS_PER_THREAD);
			assertThat(stored.total(ViewSubject.COMPANY, companyId)).isZero();
			assertThat(stored.total(ViewSubject.JOB, jobId)).isZero();
		}
		finally {
			instance.close();
		}

		// The data source is closed with the instance; the test database is still there.
		TestDatabase.Connection database = TestDatabase.connection();
		StoredViews afterwards = new StoredViews(JdbcClient
			.create(new DriverManagerDataSource(database.url(), database.username(), database.password())));
		assertThat(afterwards.total(ViewSubject.COMPANY, companyId) + afterwards.total(ViewSubject.JOB, jobId))
			.isEqualTo(REQUESTS_PER_THREAD);
		assertThat(afterwards.today(ViewSubject.COMPANY, companyId))
			.isEqualTo(afterwards.total(ViewSubject.COMPANY, companyId));
		assertThat(afterwards.uniqueVisitorsToday(ViewSubject.COMPANY, companyId)).isEqualTo(1);
		assertThat(afterwards.uniqueVisitorsToday(ViewSubject.JOB, jobId)).isEqualTo(1);
	}

	/**
	 * One visitor's requests on one kept-alive connection: three profile views for every
	 * job view.
	 * @return the profile views and the job views sent, all answered 200
	 */
	private static long[] load(int port, String userAgent, String profile, String jobPage, CountDownLatch start)
			throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		start.await();
		long[] sent = new long[2];
		for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
			boolean job = i % 4 == 3;
			HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + (job ? jobPage : profile)))
				.timeout(Duration.ofSeconds(60))
				.header("User-Agent", userAgent)
				.build();
			assertThat(client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
			sent[job ? 1 : 0]++;
		}
		return sent;
	}

	private static ConfigurableApplicationContext start(String flushInterval) {
		// As arguments: they override application.yml, as they would on a real command
		// line.
		return new SpringApplicationBuilder(JobBoardApplication.class).initializers(new TestDatabaseInitializer())
			.run("--server.port=0", "--jobboard.views.flush-interval=" + flushInterval,
					"--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
