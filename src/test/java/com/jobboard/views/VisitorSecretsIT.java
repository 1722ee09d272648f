package com.jobboard.views;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.jobboard.company.Company;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily secrets: one per day, the same for every instance, and deleted with the day's
 * visitor hashes once the day is over. Days long past are used here, so that today's
 * counting is not disturbed.
 */
@IntegrationTest
class VisitorSecretsIT {

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ViewCounter viewCounter;

	@Autowired
	TestCompanies testCompanies;

	@Test
	void instancesNeedingADaysSecretAtOnceAllGetTheSameOne() throws Exception {
		LocalDate day = aDayLongPast();
		long[] visitors = { 1L, 42L, -7L };
		int instances = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(instances);
		List<Future<long[]>> hashes = new ArrayList<>();
		try {
			for (int i = 0; i < instances; i++) {
				// Each its own VisitorSecrets, as on separate instances: nothing shared
				// but the database.
				VisitorSecrets secrets = new VisitorSecrets(this.jdbcTemplate);
				Callable<long[]> hash = () -> {
					start.await();
					return secrets.hash(day, visitors);
				};
				hashes.add(pool.submit(hash));
			}
			start.countDown();
			long[] first = hashes.get(0).get();
			for (Future<long[]> other : hashes) {
				assertThat(other.get()).containsExactly(first);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(secretsOf(day)).isEqualTo(1);
		new VisitorSecrets(this.jdbcTemplate).forgetDaysBefore(day.plusDays(1));
	}

	@Test
	void eachDayHasItsOwnSecret() {
		LocalDate day = aDayLongPast();
		VisitorSecrets secrets = new VisitorSecrets(this.jdbcTemplate);
		long[] visitor = { 123_456_789L };

		long[] onTheDay = secrets.hash(day, visitor);
		long[] theDayAfter = secrets.hash(day.plusDays(1), visitor);

		assertThat(secrets.hash(day, visitor)).containsExactly(onTheDay);
		assertThat(theDayAfter[0]).isNotEqualTo(onTheDay[0]);
		secrets.forgetDaysBefore(day.plusDays(2));
	}

	@Test
	void forgettingThePastDeletesItsSecretsAndVisitorHashesButKeepsItsCounts() {
		Company company = this.testCompanies.company("Forgotten Visitors");
		LocalDate day = aDayLongPast();
		LocalDate dayAfter = day.plusDays(1);
		VisitorSecrets secrets = new VisitorSecrets(this.jdbcTemplate);
		secrets.hash(day, new long[] { 1 });
		secrets.hash(dayAfter, new long[] { 1 });
		for (LocalDate someDay : List.of(day, dayAfter)) {
			this.jdbc.sql("insert into company_daily_visitors (company_id, day, visitor_hash) values (?, ?, 99)")
				.params(company.getId(), someDay)
				.update();
			this.jdbc
				.sql("insert into company_daily_views (company_id, day, views, unique_visitors) values (?, ?, 5, 1)")
				.params(company.getId(), someDay)
				.update();
		}

		secrets.forgetDaysBefore(dayAfter);

		assertThat(secretsOf(day)).isZero();
		assertThat(hashesOf(company, day)).isZero();
		assertThat(secretsOf(dayAfter)).isEqualTo(1);
		assertThat(hashesOf(company, dayAfter)).isEqualTo(1);
		assertThat(this.jdbc.sql("select sum(unique_visitors) from company_daily_views where company_id = ?")
			.param(company.getId())
			.query(Long.class)
			.single()).as("the days' counts stay").isEqualTo(2);
		secrets.forgetDaysBefore(dayAfter.plusDays(1));
		assertThat(secretsOf(dayAfter)).isZero();
		assertThat(hashesOf(company, dayAfter)).isZero();
	}

	@Test
	void aDayIsForgottenFiveMinutesAfterItEnds() {
		Company company = this.testCompanies.company("Day Ends");
		LocalDate day = aDayLongPast();
		this.jdbc.sql("insert into company_daily_visitors (company_id, day, visitor_hash) values (?, ?, 7)")
			.params(company.getId(), day)
			.update();
		Instant midnight = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		VisitorSecrets secrets = new VisitorSecrets(this.jdbcTemplate);

		flusherAt(midnight.plus(Duration.ofMinutes(4)), secrets).forgetPastVisitors();
		assertThat(hashesOf(company, day)).as("kept for the last flushes of the day").isEqualTo(1);

		flusherAt(midnight.plus(ViewFlusher.FORGET_AFTER), secrets).forgetPastVisitors();
		assertThat(hashesOf(company, day)).isZero();
	}

	private ViewFlusher flusherAt(Instant now, VisitorSecrets secrets) {
		return new ViewFlusher(this.viewCounter, secrets, new ViewsProperties(null, true),
				Clock.fixed(now, ZoneOffset.UTC));
	}

	/**
	 * A day in 1900–1949, so long ago that no counting happens on it, and unlikely to be
	 * another test's.
	 */
	private static LocalDate aDayLongPast() {
		return LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(50 * 365));
	}

	private long secretsOf(LocalDate day) {
		return this.jdbc.sql("select count(*) from view_visitor_secrets where day = ?")
			.param(day)
			.query(Long.class)
			.single();
	}

	private long hashesOf(Company company, LocalDate day) {
		return this.jdbc.sql("select count(*) from company_daily_visitors where company_id = ? and day = ?")
			.params(company.getId(), day)
			.query(Long.class)
			.single();
	}

}
