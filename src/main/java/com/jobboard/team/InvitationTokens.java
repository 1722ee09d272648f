package com.jobboard.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Invitation tokens: 256 random bits from {@link SecureRandom}, written base64url without
 * padding (43 characters) for the link; only their SHA-256 is stored, so a copy of the
 * database cannot be used to join a team.
 */
@Component
class InvitationTokens {

	private static final int BYTES = 32;

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	String newToken() {
		byte[] bytes = new byte[BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Whether the text can be a token at all: anything else is answered without a query.
	 */
	static boolean isWellFormed(String token) {
		return token != null && WELL_FORMED.matcher(token).matches();
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
