package com.jobboard.api;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API is public and read only, so its requests get a security chain of their own,
 * checked before the site's: no sign-in, no session, no CSRF token (nothing under
 * {@code /api} changes anything: a POST is a 405 problem, not a 403 page), and readable
 * from any web origin (CORS for GET without credentials).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(List.of("*"));
		cors.setAllowedMethods(List.of("GET", "HEAD"));
		cors.setAllowedHeaders(List.of(HttpHeaders.IF_NONE_MATCH));
		cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource corsSource = new UrlBasedCorsConfigurationSource();
		corsSource.registerCorsConfiguration("/api/**", cors);
		http.securityMatcher("/api", "/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.cors((configurer) -> configurer.configurationSource(corsSource))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			// The security headers come from the site's own filter
			// (security.SecurityHeaders), as for
			// every response; Spring Security writing them too would send them twice.
			.headers((headers) -> headers.contentTypeOptions((options) -> options.disable())
				.frameOptions((options) -> options.disable())
				.httpStrictTransportSecurity((hsts) -> hsts.disable())
				.xssProtection((xss) -> xss.disable()));
		return http.build();
	}

}
