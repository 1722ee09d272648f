package com.jobboard.views;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily secrets that visitors' hashes are keyed with, and forgetting them.
 *
 * <p>
 * Each UTC day has one random secret, kept in PostgreSQL so that every instance hashes a
 * visitor the same way (and so counts them once): the first instance to need it creates
 * it, in one statement that also hands back the secret another instance may have created
 * first. A day's secret and its visitor hashes are deleted together shortly after the day
 * ends; the day's count of unique visitors stays.
 */
@Component
class VisitorSecrets {

	private static final String HMAC = "HmacSHA256";

	private static final int SECRET_BYTES = 32;

	private final JdbcTemplate jdbc;

	private final SecureRandom random = new SecureRandom();

	private final Map<LocalDate, byte[]> secrets = new ConcurrentHashMap<>();

	VisitorSecrets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The keyed hashes of a day's visitors: HMAC-SHA-256 of the visitor's digest with the
	 * day's secret, cut to 64 bits. Whoever holds the hashes but not the secret cannot
	 * tell whose they are.
	 * @param visitors digests of visitors' address and user agent, from {@link PageViews}
	 */
	long[] hash(LocalDate day, long[] visitors) {
		Mac mac = mac(secretFor(day));
		long[] hashes = new long[visitors.length];
		ByteBuffer digest = ByteBuffer.allocate(Long.BYTES);
		for (int i = 0; i < visitors.length; i++) {
			digest.clear();
			digest.putLong(visitors[i]);
			hashes[i] = ByteBuffer.wrap(mac.doFinal(digest.array())).getLong();
		}
		return hashes;
	}

	/**
	 * Deletes the secrets and visitor hashes of the days before the given one, here and
	 * in the database: from then on a day's visitors cannot be recognised by anyone.
	 */
	void forgetDaysBefore(LocalDate day) {
		StringBuilder sql = new StringBuilder("with secrets as (delete from view_visitor_secrets where day < ?)");
		ViewSubject[] subjects = ViewSubject.values();
		for (int i = 0; i < subjects.length - 1; i++) {
			sql.append(", visitors")
				.append(i)
				.append(" as (delete from ")
				.append(subjects[i].visitorsTable)
				.append(" where day < ?)");
		}
		sql.append(" delete from ").append(subjects[subjects.length - 1].visitorsTable).append(" where day < ?");
		Object[] days = new Object[subjects.length + 1];
		Arrays.fill(days, day);
		this.jdbc.update(sql.toString(), days);
		this.secrets.keySet().removeIf((known) -> known.isBefore(day));
	}

	private byte[] secretFor(LocalDate day) {
		byte[] known = this.secrets.get(day);
		if (known != null) {
			return known;
		}
		byte[] candidate = new byte[SECRET_BYTES];
		this.random.nextBytes(candidate);
		// "do update" (to the same value) rather than "do nothing": it returns the row
		// another
		// instance inserted, even one committed after this statement began.
		byte[] secret = this.jdbc.queryForObject("""
				insert into view_visitor_secrets as s (day, secret) values (?, ?)
				on conflict (day) do update set secret = s.secret
				returning s.secret
				""", byte[].class, day, candidate);
		this.secrets.put(day, secret);
		return secret;
	}

	private static Mac mac(byte[] secret) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(secret, HMAC));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No " + HMAC + " in this JVM", ex);
		}
	}

}
