package com.jobboard.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.jobboard.company.Company;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestClock;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-alert high-water mark over publications: a job goes to an alert once (also when
 * it is closed and reopened), pausing skips what was published meanwhile, an alert made
 * instant sends what its digest had not yet, a mail lists the newest jobs and says how
 * many more, and publications every alert has dealt with leave the send-time index.
 */
@IntegrationTest
class AlertMarksIT {

	@Autowired
	AlertStore store;

	@Autowired
	AlertRuns runs;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactionManager;

	String word;

	String domain;

	Company company;

	@BeforeEach
	void setUp() {
		this.word = "glazier" + AlertTesting.token();
		this.domain = AlertTesting.token() + ".marks.example.test";
		this.company = this.testCompanies.company("Marks Glass");
	}

	@AfterEach
	void resetClock() {
		((TestClock) this.clock).reset();
	}

	@Test
	void aJobClosedAndReopenedGoesToAnAlertOnce() {
		String email = alert(AlertFrequency.INSTANT);
		Job job = publish("Senior " + this.word);
		this.runs.run();
		assertThat(mailsTo(email)).hasSize(1);
		job.setStatus(JobStatus.FILLED);
		job = this.jobs.save(job);
		job.setStatus(JobStatus.OPEN);
		this.jobs.save(job);
		this.runs.run();
		assertThat(mailsTo(email)).hasSize(1);
	}

	@Test
	void whatIsPublishedWhilePausedIsNotMailedAfterResuming() {
		String email = alert(AlertFrequency.INSTANT);
		long id = alertId(email);
		long address = addressId(email);
		inTransaction(() -> this.store.setPaused(id, address, true));
		publish("Paused " + this.word);
		this.runs.run();
		inTransaction(() -> this.store.setPaused(id, address, false));
		this.runs.run();
		assertThat(mailsTo(email)).isEmpty();
		publish("Resumed " + this.word);
		this.runs.run();
		assertThat(mailsTo(email)).singleElement()
			.satisfies(
					(text) -> assertThat(text).contains("Resumed " + this.word).doesNotContain("Paused " + this.word));
	}

	@Test
	void aDailyAlertMadeInstantSendsWhatItsDigestHadNotYet() {
		String email = alert(AlertFrequency.DAILY);
		publish("Waiting " + this.word);
		this.runs.run();
		assertThat(mailsTo(email)).isEmpty();
		inTransaction(() -> this.store.changeFrequency(alertId(email), addressId(email), AlertFrequency.INSTANT,
				this.clock.instant()));
		this.runs.run();
		assertThat(mailsTo(email)).singleElement()
			.satisfies((text) -> assertThat(text).contains("Waiting " + this.word));
	}

	@Test
	void aMailListsTheNewestJobsAndSaysHowManyMore() {
		String email = alert(AlertFrequency.DAILY);
		for (int i = 1; i <= 52; i++) {
			publish(this.word + " number " + i);
			((TestClock) this.clock).advance(Duration.ofSeconds(1));
		}
		((TestClock) this.clock).advance(Duration.ofDays(1));
		this.runs.run();
		String text = mailsTo(email).get(0);
		assertThat(text).startsWith("52 new jobs")
			.contains(this.word + " number 52", this.word + " number 3")
			.doesNotContain(this.word + " number 2\n", this.word + " number 1\n")
			.contains("And 2 more");
	}

	@Test
	void publicationsEveryAlertHasDealtWithLeaveTheSendTimeIndex() {
		String email = alert(AlertFrequency.INSTANT);
		Job job = publish("Indexed " + this.word);
		this.runs.run();
		assertThat(mailsTo(email)).hasSize(1);
		// A digest that is not due yet keeps what it may still mail; make every such mark
		// current first.
		this.jdbc.sql("""
				update alerts set sent_through_publication = (select max(seq) from alert_publications)
				where frequency <> 'INSTANT' or has_pending
				""").update();
		this.runs.run();
		assertThat(this.jdbc.sql("select search_document is null from alert_publications where job_id = ?")
			.param(job.getId())
			.query(Boolean.class)
			.single()).isTrue();
		publish("Next " + this.word);
		this.runs.run();
		assertThat(mailsTo(email)).hasSize(2);
	}

	/** A confirmed alert for this test's word, of a new address; answers the address. */
	private String alert(AlertFrequency frequency) {
		String email = "a-" + AlertTesting.token() + "@" + this.domain;
		inTransaction(() -> {
			long address = this.store.lockAddress(email);
			long id = this.store.insert(address, new NewAlert(AlertKind.SEARCH, frequency, Locale.ENGLISH, this.word,
					"", null, null, false, null, null), this.clock.instant());
			return this.store.confirm(id, this.clock.instant());
		});
		return email;
	}

	private Job publish(String title) {
		Job job = new Job(this.company, title, title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
				EmploymentType.FULL_TIME);
		job.setStatus(JobStatus.OPEN);
		job.setPostedAt(this.clock.instant());
		return this.jobs.save(job);
	}

	private List<String> mailsTo(String email) {
		return this.jdbc
			.sql("select text_body from mail_outbox where to_address = ? and template = 'alerts/digest' order by id")
			.param(email)
			.query(String.class)
			.list();
	}

	private long alertId(String email) {
		return this.jdbc
			.sql("select a.id from alerts a join alert_addresses e on e.id = a.address_id where e.email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private long addressId(String email) {
		return this.jdbc.sql("select id from alert_addresses where email = ?").param(email).query(Long.class).single();
	}

	private void inTransaction(java.util.function.Supplier<Boolean> work) {
		new TransactionTemplate(this.transactionManager).execute((tx) -> work.get());
	}

}
