package com.jobboard.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jobboard.company.Company;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static com.jobboard.job.JobAdminSupport.admin;
import static com.jobboard.job.JobAdminSupport.editPath;
import static com.jobboard.job.JobAdminSupport.html;
import static com.jobboard.job.JobAdminSupport.submit;
import static com.jobboard.job.JobAdminSupport.token;
import static com.jobboard.job.JobAdminSupport.validForm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people saving the same job at the same moment: the one whose save reaches the
 * database second is told, keeps their text, and overwrites nothing, even when both
 * passed the form's version check before either had written.
 */
@IntegrationTest
class JobLockingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSaveThatLosesTheRaceForTheRowIsReportedAsStale() throws Exception {
		Company company = this.testCompanies.company("Race");
		String title = "Racer " + token();
		Job job = this.testCompanies.job(company, title, JobStatus.DRAFT, null);
		Map<String, String> mine = validForm("Mine " + title);
		mine.put("version", Long.toString(job.getVersion()));

		try (Connection theirs = this.dataSource.getConnection()) {
			// They have written but not committed yet: our save reads the old version,
			// passes the
			// form's check, and its UPDATE waits for their row lock.
			theirs.setAutoCommit(false);
			try (PreparedStatement update = theirs.prepareStatement(
					"update jobs set title = ?, version = version + 1, updated_at = now() where id = ?")) {
				update.setString(1, "Theirs " + title);
				update.setLong(2, job.getId());
				assertThat(update.executeUpdate()).isOne();
			}
			CompletableFuture<MvcResult> ours = CompletableFuture
				.supplyAsync(() -> perform(submit(editPath(job.getId()), admin(), mine, "save")));
			awaitOneUpdateWaitingForALock();
			theirs.commit();

			Document page = html(ours.get(30, TimeUnit.SECONDS));
			assertThat(page.select("form .alert-error").text()).contains("Someone else saved this job");
			assertThat(page.getElementById("title").val()).isEqualTo("Mine " + title);
		}
		assertThat(this.jobs.findById(job.getId()).orElseThrow().getTitle()).isEqualTo("Theirs " + title);
	}

	private MvcResult perform(RequestBuilder request) {
		try {
			return this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void awaitOneUpdateWaitingForALock() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			long waiting = this.jdbc.sql("""
					select count(*) from pg_stat_activity
					where wait_event_type = 'Lock' and query ilike 'update jobs%'
					""").query(Long.class).single();
			if (waiting > 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Our save never reached the database");
	}

}
