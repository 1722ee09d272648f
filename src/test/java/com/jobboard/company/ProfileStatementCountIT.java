package com.jobboard.company;

import java.time.Clock;
import java.time.Duration;

import com.jobboard.job.JobStatus;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.UserAgents;
import com.jobboard.views.PageViews;
import com.jobboard.views.ViewSubject;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The profile page asks the database nothing on a cached anonymous view while pushed
 * invalidation works, and one statement per view while it does not.
 */
@IntegrationTest
class ProfileStatementCountIT {

	private static final Duration LISTENING_WITHIN = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	ProfileChangeListener listener;

	@Autowired
	PageViews pageViews;

	@Autowired
	ProfileCache cache;

	@Autowired
	Clock clock;

	@Test
	void aCachedAnonymousViewRunsNoStatementAndIsCounted() throws Exception {
		awaitListening();
		Company company = this.testCompanies.company("Statement Count", "# Hello\n\nA description.");
		this.testCompanies.job(company, "Counted Engineer", JobStatus.OPEN, null);
		String path = "/companies/" + company.getSlug();
		// The first views render the page and read the stored views; the notifications of
		// the company's and the
		// job's creation come in a moment after their commit and drop the page once more.
		long deadline = System.nanoTime() + LISTENING_WITHIN.toNanos();
		do {
			this.mvc.perform(get(path).header("User-Agent", UserAgents.BROWSER)).andExpect(status().isOk());
			assertThat(System.nanoTime()).as("cached within " + LISTENING_WITHIN).isLessThan(deadline);
		}
		while (this.cache.fresh(company.getSlug(), this.clock.instant()) == null);
		long viewsBefore = this.pageViews.total(ViewSubject.COMPANY, company.getId());

		int views = 20;
		QueryCountHolder.clear();
		for (int i = 0; i < views; i++) {
			// Each a counted view, unique visitors included (a person's browser, not a
			// bot).
			this.mvc.perform(get(path).header("User-Agent", UserAgents.BROWSER)).andExpect(status().isOk());
		}
		long statements = QueryCountHolder.getGrandTotal().getTotal();

		assertThat(statements).isZero();
		assertThat(this.pageViews.total(ViewSubject.COMPANY, company.getId())).isEqualTo(viewsBefore + views);
	}

	@Test
	void withoutTheListenerEveryViewChecksTheDatabaseOnce() throws Exception {
		awaitListening();
		Company company = this.testCompanies.company("Unheard Changes");
		String path = "/companies/" + company.getSlug();
		this.mvc.perform(get(path).header("User-Agent", UserAgents.BROWSER)).andExpect(status().isOk());
		this.listener.stop();
		try {
			int views = 10;
			QueryCountHolder.clear();
			for (int i = 0; i < views; i++) {
				this.mvc.perform(get(path).header("User-Agent", UserAgents.BROWSER)).andExpect(status().isOk());
			}
			assertThat(QueryCountHolder.getGrandTotal().getTotal()).as("the fingerprint check of each view")
				.isEqualTo(views);
		}
		finally {
			this.listener.start();
		}
		awaitListening();
	}

	@Test
	void anEditIsSeenOnTheNextViewAndReloadsOnce() throws Exception {
		Company company = this.testCompanies.company("Edited Profile");
		String path = "/companies/" + company.getSlug();
		this.mvc.perform(get(path)).andExpect(status().isOk());

		company.setTagline("Freshly edited tagline");
		this.testCompanies.save(company);

		String page = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Freshly edited tagline");
	}

	private void awaitListening() throws InterruptedException {
		long deadline = System.nanoTime() + LISTENING_WITHIN.toNanos();
		while (!this.listener.isListening()) {
			assertThat(System.nanoTime()).as("listening within " + LISTENING_WITHIN).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
