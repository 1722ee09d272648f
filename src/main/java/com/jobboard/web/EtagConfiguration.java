package com.jobboard.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for what programs fetch again and again (the JSON API, feeds, sitemaps,
 * robots.txt): a client that sends back the ETag in {@code If-None-Match} gets
 * {@code 304 Not Modified} without the body. The tag is a hash of the body, so it is
 * right whatever changed; it is weak because responses may be compressed on the way.
 */
@Configuration(proxyBeanMethods = false)
class EtagConfiguration {

	/**
	 * The filter order: after the API's error handling, before Spring Session and Spring
	 * Security.
	 */
	static final int ORDER = FilterOrder.ETAG;

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		// Pages too (the profile and job page are no-cache: they are revalidated);
		// no-store ones get no ETag.
		registration.addUrlPatterns("/api/*", "/sitemap.xml", "/sitemaps/*", "/robots.txt", "*.atom", "/jobs/*",
				"/companies/*");
		registration.setOrder(ORDER);
		return registration;
	}

}
