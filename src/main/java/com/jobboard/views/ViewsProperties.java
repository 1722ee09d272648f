package com.jobboard.views;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How view counts are written.
 *
 * @param flushInterval how often counted views are written to the database; a crash loses at
 * most the views of one interval
 */
@ConfigurationProperties("jobboard.views")
public record ViewsProperties(Duration flushInterval) {

	public ViewsProperties {
		if (flushInterval == null || flushInterval.isNegative() || flushInterval.isZero()) {
			flushInterval = Duration.ofSeconds(1);
		}
	}

}
