package com.jobboard.applications;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The private links that let candidates see and withdraw their applications without an
 * account. A link stands for one e-mail address: its token is 256 random bits, mailed to
 * that address; only the token's SHA-256 is stored, so a copy of the database opens
 * nothing.
 */
@Component
class CandidateLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder TOKEN_TEXT = Base64.getUrlEncoder().withoutPadding();

	/** 32 bytes as URL-safe Base64 without padding. */
	private static final int TOKEN_LENGTH = 43;

	private final JdbcClient jdbc;

	CandidateLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How addresses are compared: {@code Anna@Example.com} and {@code anna@example.com}
	 * are one candidate.
	 */
	static String emailKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * A new link for the address; the token is returned once, to be mailed, and never
	 * stored.
	 */
	String create(String email, Instant now) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = TOKEN_TEXT.encodeToString(secret);
		this.jdbc.sql("insert into candidate_links (token_sha256, email_key, created_at) values (?, ?, ?)")
			.params(sha256(token), emailKey(email), Timestamp.from(now))
			.update();
		return token;
	}

	/** The address a token stands for, if it is one of ours. */
	Optional<String> emailKeyOf(String token) {
		if (token == null || token.length() != TOKEN_LENGTH || !token.matches("[A-Za-z0-9_-]+")) {
			return Optional.empty();
		}
		return this.jdbc.sql("select email_key from candidate_links where token_sha256 = ?")
			.param(sha256(token))
			.query(String.class)
			.optional();
	}

	/** Forgets the links of an address that has no applications left. */
	void forgetUnused(String emailKey) {
		this.jdbc.sql("""
				delete from candidate_links l where l.email_key = ?
				    and not exists (select 1 from job_applications a where a.email_key = l.email_key)
				""").param(emailKey).update();
	}

	static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
