package com.jobboard.mail;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the site's mail is written and delivered (the SMTP server itself is configured with
 * the standard {@code spring.mail.*} properties).
 *
 * @param from the sender of every message ({@code JOBBOARD_MAIL_FROM}), such as
 * {@code Job board <no-reply@jobs.example.com>}
 * @param pollInterval how often the outbox is drained
 * @param lease how long a claimed message is left to its dispatcher before another may
 * claim it again; longer than any SMTP conversation (see the timeouts in application.yml)
 * @param firstRetry the wait after the first failed attempt; each further failure doubles
 * it
 * @param maxRetry the longest wait between two attempts
 * @param giveUpAfter after this long since it was written, a message that still fails is
 * given up (FAILED)
 * @param batchSize at most this many messages per drain
 */
@ConfigurationProperties("jobboard.mail")
public record MailSettings(@DefaultValue("Job Board <no-reply@localhost>") String from,
		@DefaultValue("5s") Duration pollInterval, @DefaultValue("10m") Duration lease,
		@DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
		@DefaultValue("1d") Duration giveUpAfter, @DefaultValue("200") int batchSize) {

	public MailSettings {
		try {
			OutgoingMail.singleLine("jobboard.mail.from", from);
			InternetAddress[] parsed = InternetAddress.parse(from, true);
			if (parsed.length != 1 || parsed[0].isGroup()) {
				throw new IllegalArgumentException("jobboard.mail.from must be one address, not: " + from);
			}
			parsed[0].validate();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("jobboard.mail.from is not an address: " + from, ex);
		}
		requirePositive("lease", lease);
		requirePositive("poll-interval", pollInterval);
		requirePositive("first-retry", firstRetry);
		requirePositive("max-retry", maxRetry);
		requirePositive("give-up-after", giveUpAfter);
		if (batchSize < 1) {
			throw new IllegalArgumentException("jobboard.mail.batch-size must be at least 1");
		}
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("jobboard.mail." + name + " must be a positive duration");
		}
	}

	/** The domain of the From address, for Message-IDs. */
	String fromDomain() {
		try {
			String address = new InternetAddress(this.from, true).getAddress();
			return address.substring(address.lastIndexOf('@') + 1);
		}
		catch (AddressException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The wait before the next attempt after this many failed ones: doubling from
	 * firstRetry, at most maxRetry.
	 */
	Duration retryDelay(int failedAttempts) {
		Duration delay = this.firstRetry;
		for (int i = 1; i < failedAttempts && delay.compareTo(this.maxRetry) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxRetry) > 0) ? this.maxRetry : delay;
	}

}
