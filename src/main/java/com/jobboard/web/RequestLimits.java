package com.jobboard.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Refuses addresses too long to be a real link or search before anything reads them: the
 * whole address, and each query parameter (search terms, filters, page numbers), get a
 * 414 and the friendly page. Form fields are not limited here: each has its own size rule
 * in its form object, and the container limits whole bodies
 * ({@code server.tomcat.max-http-form-post-size}, multipart limits).
 */
class RequestLimits extends HttpFilter {

	private final int maxUrlLength;

	private final int maxQueryValueLength;

	RequestLimits(int maxUrlLength, int maxQueryValueLength) {
		this.maxUrlLength = maxUrlLength;
		this.maxQueryValueLength = maxQueryValueLength;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String query = request.getQueryString();
		int length = request.getRequestURI().length() + ((query != null) ? query.length() + 1 : 0);
		if (length > this.maxUrlLength || (query != null && hasTooLongValue(query))) {
			response.sendError(HttpStatus.URI_TOO_LONG.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean hasTooLongValue(String query) {
		if (query.length() <= this.maxQueryValueLength) {
			return false;
		}
		for (String pair : query.split("&")) {
			// Cheap first: a value is never longer decoded than encoded.
			if (pair.length() > this.maxQueryValueLength && decodedLength(pair) > this.maxQueryValueLength) {
				return true;
			}
		}
		return false;
	}

	private static int decodedLength(String pair) {
		int equals = pair.indexOf('=');
		String value = (equals < 0) ? pair : pair.substring(equals + 1);
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8).length();
		}
		catch (IllegalArgumentException ex) {
			return value.length();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Where in the chain: see web.FilterOrder. */
		@Bean
		FilterRegistrationBean<RequestLimits> requestLimits(
				@Value("${jobboard.limits.max-url-length:4096}") int maxUrlLength,
				@Value("${jobboard.limits.max-query-value-length:500}") int maxQueryValueLength) {
			FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(
					new RequestLimits(maxUrlLength, maxQueryValueLength));
			registration.addUrlPatterns("/*");
			registration.setDispatcherTypes(DispatcherType.REQUEST);
			registration.setOrder(FilterOrder.REQUEST_LIMITS);
			return registration;
		}

	}

}
