package com.jobboard.support;

/**
 * The one password of the accounts tests make, and its hash made once: BCrypt at cost 4
 * (the lowest), behind the delegating encoder's {@code {bcrypt}} prefix. Saving an
 * account with {@link #HASH} costs nothing, and signing in with {@link #PASSWORD} checks
 * a cost-4 hash (about a millisecond) instead of the application's cost 10 (about 100 ms
 * on a busy machine), which hundreds of sign-ins add up. Accounts the application makes
 * itself (sign-up, invitations, password changes) are still hashed by its own encoder.
 */
public final class TestPasswords {

	public static final String PASSWORD = "correct horse battery staple";

	/** {@link #PASSWORD}, as the application's {@code PasswordEncoder} reads it. */
	public static final String HASH = "{bcrypt}$2a$04$Zdv4Hva9l4wEufzRkcrXnOG96FkQ1.gLoReGF9Icx301QoiwQcnaS";

	private TestPasswords() {
	}

}
