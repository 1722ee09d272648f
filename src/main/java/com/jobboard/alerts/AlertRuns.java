package com.jobboard.alerts;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alerts' background work, on every instance (the steps are safe to run anywhere at
 * once): match the jobs published since the last run, send what is due (instant alerts at
 * once, digests when their day or week is over), forget the words of publications every
 * alert has dealt with, and forget sign-ups nobody confirmed in time. Time is the
 * application's {@link Clock}, so tests move it instead of waiting, and call
 * {@link #run()}.
 */
@Component
class AlertRuns {

	private static final Logger logger = LoggerFactory.getLogger(AlertRuns.class);

	private final AlertMatcher matcher;

	private final AlertSender sender;

	private final AlertStore store;

	private final AlertProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AlertRuns(AlertMatcher matcher, AlertSender sender, AlertStore store, AlertProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.matcher = matcher;
		this.sender = sender;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @return how many mails were queued
	 */
	int run() {
		this.matcher.matchAllQueued();
		int mails = this.sender.sendAllDue();
		this.transaction.executeWithoutResult((tx) -> this.matcher.forgetPublicationsNoAlertNeeds());
		this.transaction.executeWithoutResult((tx) -> this.store
			.deleteUnconfirmedCreatedBefore(this.clock.instant().minus(this.properties.confirmationValid())));
		return mails;
	}

	@Scheduled(fixedDelayString = "${jobboard.alerts.run-interval:10s}",
			initialDelayString = "${jobboard.alerts.run-interval:10s}")
	void runScheduled() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			// Nothing is lost: unmatched jobs stay queued and unsent matches stay above
			// their marks.
			logger.warn("Alerts could not be matched or sent this time; trying again at the next run", ex);
		}
	}

}
