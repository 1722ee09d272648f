package com.jobboard.company;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What the company and job entities' listener ({@link ProfileWrites}) drops cached
 * profiles through, for contexts that do not scan the company feature
 * ({@code support.DatabaseTest}); package-private beans, so imported from here.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProfileCacheProperties.class)
@Import({ ProfileCache.class, ProfileChanges.class })
public class ProfileCacheTestConfiguration {

}
