package com.jobboard.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.jobboard.web.FilterOrder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every error under {@code /api} problem details, whoever answers it. The API's
 * controllers already answer with problem details ({@link ApiExceptionHandler});
 * everything else that can answer an API request would answer in the site's way: Spring's
 * {@code sendError} for an unknown address (404), a method other than GET (405) or an
 * {@code Accept} without JSON (406), which ends in the HTML error page; a filter refusing
 * the request; the site's error pages and outage page; a failure that escapes everything
 * (500, or 503 when the database is out of reach). So the answer is kept back until it is
 * complete: an error that is not already {@code application/problem+json} is replaced by
 * problem details with the same status, keeping its headers ({@code Allow},
 * {@code Retry-After}); {@code sendError} and forwards to the error page never reach the
 * servlet container.
 */
class ApiProblemFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemFilter.class);

	private final JsonMapper json;

	private final String errorPath;

	/**
	 * @param json writes the problem details
	 * @param errorPath the site's error page ({@code server.error.path}), which API
	 * requests are never forwarded to
	 */
	ApiProblemFilter(JsonMapper json, String errorPath) {
		this.json = json;
		this.errorPath = errorPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HeldBackResponse held = new HeldBackResponse(response);
		try {
			chain.doFilter(new WithoutErrorPage(request, this.errorPath, held), held);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			boolean unavailable = ApiProblems.isUnavailable(ex);
			if (unavailable) {
				log.warn("API request {} failed, database unavailable: {}", request.getRequestURI(), ex.toString());
			}
			else {
				log.error("API request {} failed", request.getRequestURI(), ex);
			}
			writeProblem(request, response, unavailable ? 503 : 500);
			return;
		}
		int status = response.getStatus();
		if (status >= 400 && !isProblem(response.getContentType()) && !response.isCommitted()) {
			writeProblem(request, response, status);
		}
		else {
			held.copyBodyToResponse();
		}
	}

	private static boolean isProblem(String contentType) {
		try {
			return contentType != null
					&& MediaType.parseMediaType(contentType).isCompatibleWith(ApiProblems.PROBLEM_JSON);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Answers with problem details instead of whatever body was held back. */
	private void writeProblem(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		byte[] body = this.json.writeValueAsBytes(ApiProblems.problem(status, null, request.getRequestURI()));
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(ApiProblems.PROBLEM_JSON.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (status == 503) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(ApiProblems.RETRY_AFTER_SECONDS));
		}
		if (status >= 400) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	/**
	 * Holds the body back until the request is done, and keeps a {@code sendError} from
	 * reaching the servlet container's error page: the status is set and the headers
	 * already set stay (a 405's {@code Allow}); the problem details are written
	 * afterwards.
	 */
	private static final class HeldBackResponse extends ContentCachingResponseWrapper {

		HeldBackResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status) {
			resetBuffer();
			setStatus(status);
		}

		@Override
		public void sendError(int status, String message) {
			// The message is not passed on: it may tell about the server's insides.
			sendError(status);
		}

	}

	/**
	 * Keeps an API request from being forwarded to the site's error page (as the outage
	 * page does): a forward ends the response, so nothing could replace the page
	 * afterwards. The status set before the forward stays, and the problem details are
	 * written afterwards.
	 */
	private static final class WithoutErrorPage extends HttpServletRequestWrapper {

		private final String errorPath;

		private final HeldBackResponse response;

		WithoutErrorPage(HttpServletRequest request, String errorPath, HeldBackResponse response) {
			super(request);
			this.errorPath = errorPath;
			this.response = response;
		}

		@Override
		public RequestDispatcher getRequestDispatcher(String path) {
			if (path == null || !(path.equals(this.errorPath) || path.startsWith(this.errorPath + "?"))) {
				return super.getRequestDispatcher(path);
			}
			return new RequestDispatcher() {

				@Override
				public void forward(ServletRequest request, ServletResponse response) {
					showErrorPage();
				}

				@Override
				public void include(ServletRequest request, ServletResponse response) {
					showErrorPage();
				}

			};
		}

		private void showErrorPage() {
			this.response.resetBuffer();
			if (this.response.getStatus() < 400) {
				this.response.setStatus(500);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * Outside everything that may answer an API request (request limits, the outage
		 * page, the ETag filter, Spring Session and Security, MVC); only the character
		 * encoding and the request metrics come before it.
		 */
		@Bean
		FilterRegistrationBean<ApiProblemFilter> apiProblemFilter(JsonMapper json,
				@Value("${server.error.path:/error}") String errorPath) {
			FilterRegistrationBean<ApiProblemFilter> registration = new FilterRegistrationBean<>(
					new ApiProblemFilter(json, errorPath));
			registration.addUrlPatterns("/api/*");
			registration.setOrder(FilterOrder.API_PROBLEMS);
			return registration;
		}

	}

}
