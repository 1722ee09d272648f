package com.jobboard.applications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of applications on the site.
 *
 * @param retention how long applications and CVs are kept after their job closed
 * ({@code JOBBOARD_APPLICATIONS_RETENTION}, e.g. {@code 180d})
 */
@ConfigurationProperties("jobboard.applications")
record ApplicationSettings(@DefaultValue("180d") Duration retention) {
}
