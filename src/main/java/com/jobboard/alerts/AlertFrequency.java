package com.jobboard.alerts;

import java.time.Duration;

/**
 * How often an alert mails: at once after a matching job is published, or a digest a day
 * or a week.
 */
public enum AlertFrequency {

	INSTANT(Duration.ZERO), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

	private final Duration period;

	AlertFrequency(Duration period) {
		this.period = period;
	}

	/** The time between two digests; zero for instant alerts. */
	Duration period() {
		return this.period;
	}

	boolean isDigest() {
		return this != INSTANT;
	}

}
