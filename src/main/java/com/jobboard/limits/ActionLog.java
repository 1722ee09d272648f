package com.jobboard.limits;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The limited actions taken in the last hour, in PostgreSQL ({@code action_log}), so that
 * every instance counts the same: a sliding window per subject and action.
 */
@Component
class ActionLog {

	/**
	 * How long rows are kept: well past the window, so a recent burst can still be looked
	 * at.
	 */
	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ActionLog(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		// Joins the caller's transaction when there is one, so that a save that fails
		// later gives the action back.
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Records the action unless the subject already took {@code limit} of them within the
	 * window. Concurrent calls for the same subject and action queue on a
	 * transaction-scoped advisory lock, so two requests at the same moment cannot both
	 * take the last one.
	 * @return empty when recorded; else how long until the oldest action in the window
	 * leaves it
	 */
	Optional<Duration> tryRecord(String subject, LimitedAction action, int limit, Duration window) {
		return this.transaction.execute((tx) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
				.param(action.name() + " " + subject)
				.query((rs, row) -> 1)
				.list();
			Usage usage = this.jdbc.sql("""
					select count(*) as used,
					    coalesce(extract(epoch from min(at) + make_interval(secs => :window) - now()), 0) as wait
					from action_log
					where subject = :subject and action = :action and at > now() - make_interval(secs => :window)
					""")
				.param("subject", subject)
				.param("action", action.name())
				.param("window", window.toSeconds())
				.query((rs, row) -> new Usage(rs.getLong("used"), rs.getDouble("wait")))
				.single();
			if (usage.used() >= limit) {
				return Optional.of(Duration.ofSeconds(Math.max(1, (long) Math.ceil(usage.waitSeconds()))));
			}
			this.jdbc.sql("insert into action_log (subject, action) values (?, ?)")
				.params(subject, action.name())
				.update();
			return Optional.<Duration>empty();
		});
	}

	/** How many of the action the subject took within the window. */
	long used(String subject, LimitedAction action, Duration window) {
		return this.jdbc.sql("""
				select count(*) from action_log
				where subject = ? and action = ? and at > now() - make_interval(secs => ?)
				""").params(subject, action.name(), window.toSeconds()).query(Long.class).single();
	}

	/**
	 * Forgets actions long past the window, on every instance (deleting twice does no
	 * harm).
	 */
	@Scheduled(fixedDelayString = "${jobboard.limits.trim-interval:PT10M}", initialDelayString = "PT1M")
	int trim() {
		return this.jdbc.sql("delete from action_log where at < now() - make_interval(secs => ?)")
			.param(KEPT.toSeconds())
			.update();
	}

	private record Usage(long used, double waitSeconds) {
	}

}
