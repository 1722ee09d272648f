package com.jobboard.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may see the actuator endpoints. Health (with its liveness and readiness groups) is
 * public and shows details only to admins; Prometheus metrics are for admins, signed in
 * through the form or, for a scraper, with HTTP Basic (throttled like the sign-in form);
 * nothing else is exposed (see {@code management.endpoints} in application.yml), and
 * anything else under /actuator is refused here too.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

	static final String REALM = "Job Board metrics";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 50)
	SecurityFilterChain actuatorFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
		AuthenticationEntryPoint entryPoint = throttledEntryPoint(throttle);
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.requestMatchers(EndpointRequest.to("prometheus"))
				.hasRole("ADMIN")
				.anyRequest()
				.denyAll())
			.httpBasic((basic) -> basic.realmName(REALM).authenticationEntryPoint(entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint))
			// A scraper's request is not a page to come back to after signing in.
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityHeaders::leaveToFilter)
			.addFilterBefore(new LockedOutFilter(throttle, entryPoint), BasicAuthenticationFilter.class);
		return http.build();
	}

	/** Counts wrong Basic credentials as failed sign-ins of that account and address. */
	private static AuthenticationEntryPoint throttledEntryPoint(SignInThrottle throttle) {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName(REALM);
		basic.afterPropertiesSet();
		return (request, response, exception) -> {
			String username = basicUsername(request);
			if (username != null && exception instanceof BadCredentialsException) {
				throttle.recordFailure(username, request.getRemoteAddr());
			}
			basic.commence(request, response, exception);
		};
	}

	/** The user name of a Basic Authorization header, or null. */
	static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Refuses Basic credentials while the account or address is locked out of signing in.
	 */
	private static final class LockedOutFilter extends OncePerRequestFilter {

		private final SignInThrottle throttle;

		private final AuthenticationEntryPoint entryPoint;

		LockedOutFilter(SignInThrottle throttle, AuthenticationEntryPoint entryPoint) {
			this.throttle = throttle;
			this.entryPoint = entryPoint;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String username = basicUsername(request);
			if (username != null && this.throttle.isLocked(username, request.getRemoteAddr())) {
				this.entryPoint.commence(request, response, new BadCredentialsException("Locked"));
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
