package com.jobboard.security;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Public pages are open; everything under /admin needs a signed-in user. What each person
 * may do there is declared on the methods with {@code @PreAuthorize} (method security),
 * for companies with the team feature's {@code companyAccess} bean. Forms carry CSRF
 * tokens; sessions live in PostgreSQL (Spring Session JDBC).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
		afterSignIn.setDefaultTargetUrl("/admin");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/admin/users/**", "/admin/mail", "/admin/mail/**", "/admin/import", "/admin/import/**",
					"/admin/export", "/admin/export/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin", "/admin/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login").successHandler((request, response, authentication) -> {
				throttle.recordSuccess(authentication.getName());
				afterSignIn.onAuthenticationSuccess(request, response, authentication);
			}).failureHandler((request, response, exception) -> {
				throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
				response.sendRedirect(request.getContextPath() + "/login?error");
			}).permitAll())
			// The way to the sign-in page says only the path: an absolute one would be
			// built from the Host header.
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInPage()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			// SecurityHeaders writes the security headers and web.CachePolicy
			// Cache-Control per page kind, so Spring
			// Security's own (with its blanket no-store) are all off here.
			.headers((headers) -> headers.disable())
			// One-click unsubscribe from a mail client (RFC 8058) carries no CSRF token:
			// the signed token in its
			// address is the proof, and that one POST is all it can do.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/alerts/unsubscribe")))
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	private static LoginUrlAuthenticationEntryPoint signInPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * No Micrometer observation around each security filter: it costs more than the
	 * profile page's own work. Requests are still timed as a whole
	 * (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * BCrypt, behind the delegating encoder so that stronger schemes can be added later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
