package com.jobboard.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of job alerts ({@code jobboard.alerts.*}).
 *
 * @param maxPerAddress how many alerts (searches and follows) one e-mail address may have
 * @param confirmationValid how long a confirmation link works; unconfirmed sign-ups are
 * deleted after it
 * @param matchBatch how many newly published jobs one matching statement takes
 * @param sendBatch how many alerts one sending transaction claims
 * @param jobsPerMail at most this many jobs are listed in one mail (the newest)
 */
@ConfigurationProperties("jobboard.alerts")
public record AlertProperties(@DefaultValue("20") int maxPerAddress, @DefaultValue("7d") Duration confirmationValid,
		@DefaultValue("1000") int matchBatch, @DefaultValue("200") int sendBatch, @DefaultValue("50") int jobsPerMail) {
}
