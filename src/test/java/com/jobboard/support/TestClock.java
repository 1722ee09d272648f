package com.jobboard.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the real time plus an offset a test may move forward,
 * so that rules that depend on time (expiry, digests, retention, token lifetimes) are
 * tested without sleeping. A test that moves it calls {@link #reset()} afterwards,
 * because the integration tests share one application context.
 */
public final class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	/** Moves the clock forward (or back, with a negative duration). */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	/** Back to the real time. */
	public void reset() {
		this.offset = Duration.ZERO;
	}

}
