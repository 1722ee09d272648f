package com.jobboard.company;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import com.jobboard.JobBoardApplication;
import com.jobboard.job.JobStatus;
import com.jobboard.support.HttpPages;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two whole instances on the shared test database, as behind a load balancer: a profile
 * changed through one, or by a statement from outside both, is dropped from the other's
 * cache by PostgreSQL's notification; and while the other's listening connection is gone,
 * its views check the database, so nothing is missed.
 */
class ProfileInvalidationAcrossInstancesIT {

	private static final Duration WITHIN = Duration.ofSeconds(20);

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aChangeThroughOneInstanceDropsTheProfileFromTheOther() throws Exception {
		awaitListening(second);
		Company company = first.getBean(TestCompanies.class).company("Pushed Change");
		String profile = "/companies/" + company.getSlug();
		HttpPages secondPages = new HttpPages(port(second));
		ProfileCache secondCache = second.getBean(ProfileCache.class);
		// Cached on the second once the notification of the company's creation has come
		// in too.
		await(() -> secondPages.get(profile).statusCode() == 200
				&& secondCache.fresh(company.getSlug(), Instant.now()) != null);

		company.setTagline("Edited on the first instance");
		first.getBean(TestCompanies.class).save(company);

		// Nobody views the page meanwhile: only the notification can drop it.
		await(() -> secondCache.get(company.getSlug()) == null);
		assertThat(secondPages.get(profile).body()).contains("Edited on the first instance");
		await(() -> secondPages.get(profile).statusCode() == 200
				&& secondCache.fresh(company.getSlug(), Instant.now()) != null);

		first.getBean(TestCompanies.class).job(company, "Pushed Engineer", JobStatus.OPEN, null);
		await(() -> secondCache.get(company.getSlug()) == null);
		assertThat(secondPages.get(profile).body()).contains("Pushed Engineer");
	}

	@Test
	void aChangeMadeOutsideTheAppDropsTheProfileFromEveryInstance() throws Exception {
		awaitListening(first);
		awaitListening(second);
		Company company = first.getBean(TestCompanies.class).company("Script Change");
		String profile = "/companies/" + company.getSlug();
		awaitCached(first, profile, company.getSlug());
		awaitCached(second, profile, company.getSlug());

		// As an operator's psql session would: not through JPA, not through either
		// instance.
		first.getBean(JdbcClient.class)
			.sql("update companies set tagline = 'Changed by a script', version = version + 1 where id = ?")
			.param(company.getId())
			.update();

		await(() -> first.getBean(ProfileCache.class).get(company.getSlug()) == null
				&& second.getBean(ProfileCache.class).get(company.getSlug()) == null);
		assertThat(new HttpPages(port(first)).get(profile).body()).contains("Changed by a script");
		assertThat(new HttpPages(port(second)).get(profile).body()).contains("Changed by a script");
	}

	@Test
	void whileTheListenerIsCutOffTheNextViewStillShowsAChange() throws Exception {
		ProfileChangeListener listener = second.getBean(ProfileChangeListener.class);
		awaitListening(second);
		Company company = first.getBean(TestCompanies.class).company("Cut Off");
		String profile = "/companies/" + company.getSlug();
		HttpPages secondPages = new HttpPages(port(second));
		awaitCached(second, profile, company.getSlug());
		int listeningBackend = listener.backendPid();

		JdbcClient jdbc = first.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select pg_terminate_backend(?)").param(listeningBackend).query(Boolean.class).single())
			.isTrue();
		company.setTagline("Changed while the second was not listening");
		Company saved = first.getBean(TestCompanies.class).save(company);

		assertThat(secondPages.get(profile).body()).contains("Changed while the second was not listening");

		// It listens again, on a new connection, and pushed invalidation works as before.
		await(() -> listener.isListening() && listener.backendPid() != listeningBackend);
		assertThat(secondPages.get(profile).statusCode()).isEqualTo(200);
		saved.setTagline("Changed after listening again");
		first.getBean(TestCompanies.class).save(saved);
		await(() -> second.getBean(ProfileCache.class).get(company.getSlug()) == null);
		assertThat(secondPages.get(profile).body()).contains("Changed after listening again");
	}

	/**
	 * Viewed, and cached as fresh (once the notification of the company's creation has
	 * come in too).
	 */
	private static void awaitCached(ConfigurableApplicationContext instance, String profile, String slug)
			throws Exception {
		HttpPages pages = new HttpPages(port(instance));
		ProfileCache cache = instance.getBean(ProfileCache.class);
		await(() -> pages.get(profile).statusCode() == 200 && cache.fresh(slug, Instant.now()) != null);
	}

	private static void awaitListening(ConfigurableApplicationContext instance) throws Exception {
		ProfileChangeListener listener = instance.getBean(ProfileChangeListener.class);
		await(listener::isListening);
	}

	private static void await(Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		while (!Boolean.TRUE.equals(condition.call())) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + WITHIN);
			}
			Thread.sleep(20);
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(JobBoardApplication.class).initializers(new TestDatabaseInitializer())
			.run("--server.port=0", "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
