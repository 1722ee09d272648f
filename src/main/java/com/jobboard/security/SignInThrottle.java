package com.jobboard.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Slows down and then refuses repeated failed sign-ins, per account and per client
 * address, in PostgreSQL so that every instance sees the same counts. It says nothing
 * about whether an account exists: unknown addresses are throttled exactly like known
 * ones.
 */
@Service
public class SignInThrottle {

	/**
	 * Failures within this window count together; an older failure starts a new count.
	 */
	static final Duration WINDOW = Duration.ofMinutes(15);

	/** How long sign-in stays refused once the limit is reached. */
	static final Duration LOCK = Duration.ofMinutes(15);

	static final int ACCOUNT_LIMIT = 10;

	/** Higher, since many people can share one address (an office, a mobile network). */
	static final int ADDRESS_LIMIT = 50;

	/** Failures before each further attempt is slowed down. */
	static final int FREE_FAILURES = 3;

	static final long MAX_DELAY_MILLIS = 3_000;

	private final JdbcClient jdbc;

	SignInThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether sign-in for this account, or from this address, is refused for now. */
	public boolean isLocked(String email, String address) {
		return !this.jdbc.sql("""
				select 1 from sign_in_failures
				where throttle_key in (?, ?) and locked_until > now()
				""").params(accountKey(email), addressKey(address)).query().listOfRows().isEmpty();
	}

	/** How long to hold back the next attempt, growing with recent failures. */
	public long delayMillis(String email) {
		List<Integer> failures = this.jdbc.sql("""
				select failures from sign_in_failures
				where throttle_key = ? and last_failure_at > now() - make_interval(secs => ?)
				""").params(accountKey(email), WINDOW.toSeconds()).query(Integer.class).list();
		int count = failures.isEmpty() ? 0 : failures.get(0);
		return Math.min(Math.max(0, count - FREE_FAILURES) * 1_000L, MAX_DELAY_MILLIS);
	}

	public void recordFailure(String email, String address) {
		record(accountKey(email), ACCOUNT_LIMIT);
		record(addressKey(address), ADDRESS_LIMIT);
	}

	/** A successful sign-in clears the account's failures (not the address's). */
	public void recordSuccess(String email) {
		this.jdbc.sql("delete from sign_in_failures where throttle_key = ?").param(accountKey(email)).update();
	}

	private void record(String key, int limit) {
		this.jdbc.sql("""
				insert into sign_in_failures as f (throttle_key, failures, last_failure_at, locked_until)
				values (:key, 1, now(), null)
				on conflict (throttle_key) do update set
				    failures = case when f.last_failure_at < now() - make_interval(secs => :window)
				                    then 1 else f.failures + 1 end,
				    last_failure_at = now(),
				    locked_until = case
				        when f.last_failure_at >= now() - make_interval(secs => :window) and f.failures + 1 >= :limit
				        then now() + make_interval(secs => :lock)
				        else f.locked_until end
				""")
			.param("key", key)
			.param("window", WINDOW.toSeconds())
			.param("limit", limit)
			.param("lock", LOCK.toSeconds())
			.update();
	}

	private static String accountKey(String email) {
		// Without control characters: PostgreSQL refuses NUL in text, and no address has
		// any.
		String normalized = (email != null) ? email.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT) : "";
		return "account:" + truncate(normalized);
	}

	private static String addressKey(String address) {
		return "address:" + truncate((address != null) ? address : "unknown");
	}

	private static String truncate(String value) {
		return (value.length() > 250) ? value.substring(0, 250) : value;
	}

}
