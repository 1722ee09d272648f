package com.jobboard.views;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Flushes counted views every interval, and once more on shutdown. It stops after the web
 * server has finished its in-flight requests (a lower phase stops later), so their views
 * are in the final flush. After each day (UTC) it also has the day's visitor hashes and
 * secret deleted, once {@link #FORGET_AFTER} has passed for every instance's last views
 * of the day to be written.
 */
@Component
class ViewFlusher implements SmartLifecycle {

	static final Duration FORGET_AFTER = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(ViewFlusher.class);

	private final ViewCounter counter;

	private final VisitorSecrets visitorSecrets;

	private final ViewsProperties properties;

	private final Clock clock;

	private ScheduledExecutorService executor;

	/**
	 * The day before which visitor hashes were last deleted (null: not yet since
	 * start-up).
	 */
	private LocalDate forgottenBefore;

	ViewFlusher(ViewCounter counter, VisitorSecrets visitorSecrets, ViewsProperties properties, Clock clock) {
		this.counter = counter;
		this.visitorSecrets = visitorSecrets;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public synchronized void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "view-flusher");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.flushInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::flushQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.executor == null) {
			return;
		}
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
		// A few tries: the database may be briefly away while we shut down.
		for (int attempt = 1; attempt <= 3; attempt++) {
			if (this.counter.flush()) {
				log.info("Flushed all counted views on shutdown");
				return;
			}
			sleep(500L * attempt);
		}
		log.error("Shutting down with {} counted views that could not be written", this.counter.pendingViews());
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	@Override
	public int getPhase() {
		// Stops after the web server (its phases are just below Integer.MAX_VALUE).
		return 0;
	}

	private void flushQuietly() {
		try {
			this.counter.flush();
		}
		catch (RuntimeException ex) {
			log.warn("View flush failed", ex);
		}
		forgetPastVisitors();
	}

	/**
	 * Deletes the visitor hashes and secrets of the days that ended at least
	 * {@link #FORGET_AFTER} ago.
	 */
	void forgetPastVisitors() {
		LocalDate before = LocalDate.ofInstant(this.clock.instant().minus(FORGET_AFTER), this.clock.getZone());
		if (before.equals(this.forgottenBefore)) {
			return;
		}
		try {
			this.visitorSecrets.forgetDaysBefore(before);
			this.forgottenBefore = before;
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete the visitor hashes of the days before {}; trying again later: {}", before,
					ex.getMessage());
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
