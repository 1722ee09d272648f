package com.jobboard.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jobboard.company.Company;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two senders at once (as two instances would run them) never mail a match twice and
 * never leave one out: each claims other alerts (FOR UPDATE SKIP LOCKED) and queues mails
 * in the transaction that moves the alerts' marks (and only if the marks are still the
 * ones read when rendering). Also run against matching, which may go on meanwhile.
 */
@IntegrationTest
class ConcurrentSendingIT {

	private static final int ALERTS = 450;

	@Autowired
	AlertStore store;

	@Autowired
	AlertMatcher matcher;

	@Autowired
	AlertSender sender;

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

	@Test
	void twoSendersAtOnceQueueExactlyOneMailPerAlert() throws Exception {
		String word = "plumber" + AlertTesting.token();
		String domain = AlertTesting.token() + ".concurrent.example.test";
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		Instant confirmedAt = this.clock.instant();
		transaction.executeWithoutResult((tx) -> {
			for (int i = 0; i < ALERTS; i++) {
				long address = this.store.lockAddress("a" + i + "@" + domain);
				long alert = this.store.insert(address, new NewAlert(AlertKind.SEARCH, AlertFrequency.INSTANT,
						Locale.ENGLISH, word, "", null, null, false, null, null), confirmedAt);
				this.store.confirm(alert, confirmedAt);
			}
		});
		Company company = this.testCompanies.company("Concurrent Plumbing");
		Job job = new Job(company, "Lead " + word, "lead-plumber", EmploymentType.FULL_TIME);
		job.setStatus(JobStatus.OPEN);
		job.setPostedAt(this.clock.instant());
		this.jobs.save(job);
		this.matcher.matchAllQueued();
		assertThat(pendingAlerts(domain)).as("every alert flagged by one matching statement").isEqualTo(ALERTS);

		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> senders = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			senders.add(pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return this.sender.sendAllDue();
			}));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
		senders.get(0).get();
		senders.get(1).get();
		// The application's own scheduled run is a third sender: wait (bounded) until no
		// alert of ours is
		// claimed or pending any more, whoever took it.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (pendingAlerts(domain) > 0 && System.nanoTime() < deadline) {
			this.sender.sendAllDue();
			Thread.sleep(200);
		}
		assertThat(pendingAlerts(domain)).isZero();

		List<Long> perAddress = this.jdbc.sql("""
				select count(*) from mail_outbox where to_address like ? group by to_address
				""").param("%@" + domain).query(Long.class).list();
		assertThat(perAddress).hasSize(ALERTS).allMatch((count) -> count == 1);
		this.sender.sendAllDue();
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where to_address like ?")
			.param("%@" + domain)
			.query(Long.class)
			.single()).as("nothing more to send").isEqualTo(ALERTS);
	}

	private long pendingAlerts(String domain) {
		return this.jdbc.sql("""
				select count(*) from alerts a join alert_addresses e on e.id = a.address_id
				where e.email like ? and a.has_pending
				""").param("%@" + domain).query(Long.class).single();
	}

}
