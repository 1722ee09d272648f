package com.jobboard.alerts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.jobboard.web.SiteUrls;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The signed links of alert mails: confirm an alert, unsubscribe from one, manage all
 * alerts of an address. A token names what it is for and whom
 * ({@code confirm.42.1767225600}), followed by its HMAC-SHA-256 with a random server
 * secret kept in PostgreSQL ({@code alert_link_secret}, made by the first instance that
 * needs it), so no one can make or alter a token, and every instance checks every token
 * alike. Nothing is stored per token.
 */
@Component
class AlertLinks {

	private static final String HMAC = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** Longer tokens are never ours: refused before any work. */
	private static final int MAX_TOKEN_LENGTH = 200;

	private final JdbcClient jdbc;

	private final SiteUrls siteUrls;

	private volatile byte[] secret;

	private final TransactionTemplate ownTransaction;

	AlertLinks(JdbcClient jdbc, SiteUrls siteUrls, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.siteUrls = siteUrls;
	}

	enum Purpose {

		CONFIRM, UNSUBSCRIBE, MANAGE

	}

	/**
	 * What a valid token grants: the purpose, the alert's or address's id, and until when
	 * (confirm only).
	 */
	record Grant(Purpose purpose, long id, Instant validUntil) {

		boolean expiredAt(Instant now) {
			return this.validUntil != null && !now.isBefore(this.validUntil);
		}

	}

	String confirmToken(long alertId, Instant validUntil) {
		return sign("confirm." + alertId + "." + validUntil.getEpochSecond());
	}

	String unsubscribeToken(long alertId) {
		return sign("unsubscribe." + alertId);
	}

	String manageToken(long addressId) {
		return sign("manage." + addressId);
	}

	String confirmUrl(long alertId, Instant validUntil) {
		return absolute("/alerts/confirm", confirmToken(alertId, validUntil));
	}

	String unsubscribeUrl(long alertId) {
		return absolute("/alerts/unsubscribe", unsubscribeToken(alertId));
	}

	String manageUrl(long addressId) {
		return absolute("/alerts/manage", manageToken(addressId));
	}

	private String absolute(String path, String token) {
		return this.siteUrls
			.absolute(UriComponentsBuilder.fromPath(path).queryParam("token", token).build().toUriString());
	}

	/**
	 * What the token grants, if it was made here for that purpose and is intact; empty
	 * for anything else (altered, cut, made up, for another purpose).
	 */
	Optional<Grant> verify(String token, Purpose expected) {
		if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		int dot = token.lastIndexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		byte[] payload;
		byte[] signature;
		try {
			payload = DECODER.decode(token.substring(0, dot));
			signature = DECODER.decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(mac(payload), signature)) {
			return Optional.empty();
		}
		String[] parts = new String(payload, StandardCharsets.US_ASCII).split("\\.");
		try {
			Purpose purpose = Purpose.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
			if (purpose != expected || parts.length != ((purpose == Purpose.CONFIRM) ? 3 : 2)) {
				return Optional.empty();
			}
			Instant validUntil = (purpose == Purpose.CONFIRM) ? Instant.ofEpochSecond(Long.parseLong(parts[2])) : null;
			return Optional.of(new Grant(purpose, Long.parseLong(parts[1]), validUntil));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String sign(String payload) {
		byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
		return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(secret(), HMAC));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	private byte[] secret() {
		byte[] known = this.secret;
		if (known == null) {
			// In a transaction of its own: a key stored by a caller's transaction that
			// then rolled back would
			// leave signed links nobody can check.
			known = this.ownTransaction.execute((tx) -> storedOrNewSecret());
			this.secret = known;
		}
		return known;
	}

	private byte[] storedOrNewSecret() {
		byte[] candidate = new byte[32];
		new SecureRandom().nextBytes(candidate);
		// Ours is stored unless another instance stored one first; either way everyone
		// uses the one stored.
		this.jdbc.sql("insert into alert_link_secret (id, secret) values (1, ?) on conflict (id) do nothing")
			.param(candidate)
			.update();
		// A new statement: it sees a key another transaction committed while our insert
		// waited for it.
		return this.jdbc.sql("select secret from alert_link_secret where id = 1").query(byte[].class).single();
	}

}
