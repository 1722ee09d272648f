package com.jobboard.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.jobboard.web.FilterOrder;
import com.jobboard.web.SiteUrls;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * The security headers of every response, in one place: pages, the profile fast lane
 * (which answers before Spring Security), static assets, logos and error pages alike.
 * Spring Security's own header writers are switched off for these headers (see
 * {@link SecurityConfiguration}), so nothing is sent twice.
 *
 * <p>
 * The Content-Security-Policy allows scripts and styles only from this site's files: no
 * inline script, no {@code style=""}, no {@code on*=} handler. Images may also come over
 * HTTPS from elsewhere, because company descriptions (Markdown) may show them.
 */
final class SecurityHeaders extends HttpFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' https: data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "accelerometer=(), gyroscope=(), magnetometer=()";

	static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	/**
	 * One year; subdomains only when {@code jobboard.hsts.include-subdomains} is true.
	 */
	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

	static final String INCLUDE_SUBDOMAINS = "; includeSubDomains";

	/**
	 * Sent when the site's address is https, or on a request that arrived over HTTPS (a
	 * trusted proxy's).
	 */
	private final String strictTransportSecurity;

	private final boolean httpsSite;

	SecurityHeaders(boolean httpsSite, boolean includeSubdomains) {
		this.httpsSite = httpsSite;
		this.strictTransportSecurity = STRICT_TRANSPORT_SECURITY + (includeSubdomains ? INCLUDE_SUBDOMAINS : "");
	}

	/** Where in the chain: see web.FilterOrder. */
	static final int ORDER = FilterOrder.SECURITY_HEADERS;

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		write(request, response);
		if (this.httpsSite || request.isSecure()) {
			response.setHeader("Strict-Transport-Security", this.strictTransportSecurity);
		}
		chain.doFilter(request, response);
	}

	static void write(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		// For browsers that predate frame-ancestors.
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
	}

	/**
	 * Keeps Spring Security from writing the headers this filter already sets; its
	 * Cache-Control stays for the chains that use this (actuator). The site's own chain
	 * writes no headers at all: web.CachePolicy chooses Cache-Control per page kind.
	 */
	static void leaveToFilter(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentTypeOptions(HeadersConfigurer.ContentTypeOptionsConfig::disable)
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
			.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable)
			.xssProtection(HeadersConfigurer.XXssConfig::disable);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * With an https address the session cookie is always Secure; otherwise it is
		 * Secure when the request arrived over HTTPS (Spring Session's default), which a
		 * trusted proxy's forwarded headers can say.
		 */
		@Bean
		DefaultCookieSerializerCustomizer secureSessionCookie(SiteUrls siteUrls) {
			return (serializer) -> {
				if (siteUrls.https()) {
					serializer.setUseSecureCookie(true);
				}
			};
		}

		@Bean
		FilterRegistrationBean<SecurityHeaders> securityHeaders(SiteUrls siteUrls,
				@Value("${jobboard.hsts.include-subdomains:false}") boolean includeSubdomains) {
			FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(
					new SecurityHeaders(siteUrls.https(), includeSubdomains));
			registration.addUrlPatterns("/*");
			// Error pages are dispatched anew by the container: they get the headers too.
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
					DispatcherType.FORWARD);
			registration.setOrder(ORDER);
			return registration;
		}

	}

}
