package com.jobboard.company;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The sizes and timings of the profile fast lane ({@link ProfileCache},
 * {@link ProfileChangeListener}).
 *
 * @param maximumMemory about how much memory the kept profiles and their pages may take,
 * all languages together (a profile with a long description and many jobs weighs more
 * than a short one): the least used go first
 * @param expireAfterAccess a profile nobody has viewed for this long is dropped
 * @param listenerPollInterval how long the listener waits for a notification before it
 * looks up again (and notices a shutdown)
 * @param listenerCheckInterval how often the listener asks its connection something, so
 * that a connection that went silent is noticed and replaced
 * @param listenerMaxReconnectWait the longest wait between two attempts to listen again
 */
@ConfigurationProperties("jobboard.profile-cache")
record ProfileCacheProperties(@DefaultValue("48MB") DataSize maximumMemory,
		@DefaultValue("1h") Duration expireAfterAccess, @DefaultValue("500ms") Duration listenerPollInterval,
		@DefaultValue("5s") Duration listenerCheckInterval, @DefaultValue("5s") Duration listenerMaxReconnectWait) {
}
