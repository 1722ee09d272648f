package com.jobboard.security;

import java.nio.charset.StandardCharsets;

/**
 * What an account's address and password must be, for forms outside this package (the
 * employer sign-up).
 */
public final class AccountRules {

	/**
	 * Something, an at sign, something with a dot: on top of {@code @Email}'s own checks.
	 */
	public static final String EMAIL_PATTERN = UserForms.EMAIL_PATTERN;

	public static final int EMAIL_MAX_LENGTH = 254;

	public static final int MIN_PASSWORD_LENGTH = UserForms.MIN_PASSWORD_LENGTH;

	public static final int MAX_PASSWORD_LENGTH = UserForms.MAX_PASSWORD_LENGTH;

	/**
	 * BCrypt uses at most 72 bytes of a password, and Spring Security refuses longer
	 * ones.
	 */
	public static final int MAX_PASSWORD_BYTES = UserForms.MAX_PASSWORD_BYTES;

	private AccountRules() {
	}

	/** Whether BCrypt can hash the password (at most 72 bytes in UTF-8). */
	public static boolean fitsHash(String password) {
		return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
	}

}
