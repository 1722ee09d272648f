package com.jobboard.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import com.jobboard.web.FilterOrder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Answers 503 while PostgreSQL is unreachable, quickly and with the site's own page.
 *
 * <p>
 * It sits ahead of the profile fast lane, the session and security filters, and MVC, so
 * it sees every failure to reach the database (a session lookup, a page's query) and can
 * answer before any of them waits for a connection again. The 503 page is rendered by the
 * error controller on a forward that carries no cookies, so rendering it never looks for
 * a session in the database. Static assets and the actuator (whose readiness must tell
 * the truth) pass through.
 */
class DatabaseOutageFilter extends HttpFilter {

	/**
	 * Seconds a client is asked to wait; the database is checked every second meanwhile.
	 */
	static final String RETRY_AFTER_SECONDS = "10";

	private final DatabaseOutage outage;

	DatabaseOutageFilter(DatabaseOutage outage) {
		this.outage = outage;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (passesThrough(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (this.outage.isDown()) {
			answerUnavailable(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!this.outage.recordFailure(ex) || response.isCommitted()) {
				throw ex;
			}
			answerUnavailable(request, response);
		}
	}

	private static boolean passesThrough(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/actuator/") || path.equals("/favicon.ico");
	}

	private static void answerUnavailable(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		// What the container would set for an error dispatch, so that the error
		// controller renders
		// error/503 (or JSON for clients that ask for it) as for any other error.
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.setAttribute(RequestDispatcher.ERROR_SERVLET_NAME, "dispatcherServlet");
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
		request.getRequestDispatcher("/error").forward(new WithoutCookies(request), response);
	}

	/**
	 * The request as if it carried no cookies: the error page is shown as to a visitor
	 * who is not signed in, and nothing looks up a session (which lives in the
	 * unreachable database).
	 */
	private static final class WithoutCookies extends HttpServletRequestWrapper {

		WithoutCookies(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Cookie[] getCookies() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return "Cookie".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return "Cookie".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public String getRequestedSessionId() {
			return null;
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			return false;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Where in the chain: see web.FilterOrder. */
		@Bean
		FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseOutage outage) {
			FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
					new DatabaseOutageFilter(outage));
			registration.addUrlPatterns("/*");
			registration.setDispatcherTypes(DispatcherType.REQUEST);
			registration.setOrder(FilterOrder.DATABASE_OUTAGE);
			return registration;
		}

	}

}
