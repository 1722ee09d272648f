package com.jobboard.views;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How views are counted and written.
 *
 * @param flushInterval how often counted views are written to the database; a crash loses
 * at most the views of one interval
 * @param countingEnabled whether page views are counted at all; only the benchmark turns
 * it off, to measure what counting costs
 */
@ConfigurationProperties("jobboard.views")
public record ViewsProperties(Duration flushInterval, @DefaultValue("true") boolean countingEnabled) {

	public ViewsProperties {
		if (flushInterval == null || flushInterval.isNegative() || flushInterval.isZero()) {
			flushInterval = Duration.ofSeconds(1);
		}
	}

}
