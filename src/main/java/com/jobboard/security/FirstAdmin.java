package com.jobboard.security;

import java.security.SecureRandom;
import java.util.Optional;

import com.jobboard.system.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can sign in: when no active admin exists, creates one from
 * {@code JOBBOARD_ADMIN_EMAIL} and {@code JOBBOARD_ADMIN_PASSWORD}; on the embedded demo
 * database without them, creates {@code admin@example.com} with a random password printed
 * once. There is never a fixed default password.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	static final String DEMO_ADMIN_EMAIL = "admin@example.com";

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Optional<EmbeddedDatabase> embeddedDatabase;

	private final String email;

	private final String password;

	FirstAdmin(UserAccountRepository users, PasswordEncoder passwordEncoder,
			Optional<EmbeddedDatabase> embeddedDatabase, @Value("${jobboard.admin.email:}") String email,
			@Value("${jobboard.admin.password:}") String password) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.embeddedDatabase = embeddedDatabase;
		this.email = email.strip();
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			return;
		}
		if (StringUtils.hasText(this.email) && StringUtils.hasText(this.password)) {
			if (this.password.length() < MIN_PASSWORD_LENGTH) {
				throw new IllegalStateException(
						"JOBBOARD_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
			}
			createOrPromote(this.email, this.password);
			log.info("Created the first admin, {}", this.email);
		}
		else if (this.embeddedDatabase.isPresent() && this.users.findByEmail(DEMO_ADMIN_EMAIL).isEmpty()) {
			String generated = randomPassword();
			createOrPromote(DEMO_ADMIN_EMAIL, generated);
			log.warn("""

					Created the first admin: {} with password {}
					This password is shown only this once. Sign in at /login and keep it safe.
					""", DEMO_ADMIN_EMAIL, generated);
		}
		else {
			log.warn(
					"No admin account exists. Set JOBBOARD_ADMIN_EMAIL and JOBBOARD_ADMIN_PASSWORD and restart to create one.");
		}
	}

	private void createOrPromote(String email, String password) {
		UserAccount account = this.users.findByEmail(email)
			.orElseGet(() -> new UserAccount(email, "", Role.ADMIN, null));
		account.assignRole(Role.ADMIN, null);
		account.setPasswordHash(this.passwordEncoder.encode(password));
		account.setEnabled(true);
		this.users.save(account);
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
