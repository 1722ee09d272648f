package com.jobboard.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jobboard.company.Company;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestClock;
import com.jobboard.support.TestCompanies;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's expiry takes effect at the instant it passes, on every page, with nothing run
 * in between (no scheduler rewrites its status): the search, the company's Posted Jobs
 * and open jobs, the directory's count and the job's own page.
 */
@IntegrationTest
class JobExpiryIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	TestClock clock;

	@Autowired
	JobRepository jobs;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void aJobDisappearsEverywhereTheMomentItsExpiryPasses() throws Exception {
		String word = "zqexp" + ThreadLocalRandom.current()
			.ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		Company company = this.testCompanies.company("Expiring " + word);
		// An hour ahead, so that a slow machine never reaches it before the clock is
		// moved past it.
		Instant expiry = Instant.now().plus(Duration.ofHours(1));
		Job job = this.testCompanies.job(company, "Harbour Pilot " + word, JobStatus.OPEN, expiry);
		HttpPages pages = HttpPages.withoutCookies(this.port);
		String jobPath = "/jobs/" + job.getId() + "/" + job.getSlug();
		String profilePath = "/companies/" + company.getSlug();
		String searchPath = "/jobs?q=" + word;
		String directoryPath = "/companies?q=" + word;

		assertThat(searchTitles(pages.html(searchPath))).containsExactly("Harbour Pilot " + word);
		Document profile = pages.html(profilePath);
		assertThat(postedJobs(profile)).isEqualTo("1");
		assertThat(profile.select("section.open-jobs .job-card-title").eachText())
			.containsExactly("Harbour Pilot " + word);
		assertThat(pages.html(directoryPath).select(".company-card-jobs").text()).isEqualTo("1 open job");
		Document open = pages.html(jobPath);
		assertThat(open.select("p.notice")).isEmpty();
		assertThat(open.select("script[type=application/ld+json]")).hasSize(1);

		this.clock.advance(Duration.between(this.clock.instant(), expiry).plusMillis(1));

		assertThat(searchTitles(pages.html(searchPath))).isEmpty();
		Document profileAfter = pages.html(profilePath);
		assertThat(postedJobs(profileAfter)).isEqualTo("0");
		assertThat(profileAfter.select("section.open-jobs .job-card-title")).isEmpty();
		assertThat(pages.html(directoryPath).select(".company-card-jobs").text()).isEqualTo("0 open jobs");
		Document closed = pages.html(jobPath);
		assertThat(closed.selectFirst("p.notice").text()).contains("closed");
		assertThat(closed.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(closed.select("script[type=application/ld+json]")).isEmpty();
		assertThat(closed.select(".apply")).isEmpty();
		assertThat(this.jobs.findById(job.getId()).orElseThrow().getStatus()).as("nothing rewrote it")
			.isEqualTo(JobStatus.OPEN);
	}

	private static List<String> searchTitles(Document page) {
		return page.select("article.job-card .job-card-title").eachText();
	}

	private static String postedJobs(Document profile) {
		return profile.select("#overview-posted-jobs dd data").attr("value");
	}

}
