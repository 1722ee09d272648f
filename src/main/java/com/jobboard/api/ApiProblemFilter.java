package com.jobboard.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Problem details for the API's errors that no controller sees: an unknown address under
 * {@code /api} (404), a method other than GET (405), an {@code Accept} the API cannot serve
 * (406), anything a filter refuses, and failures that escape everything else (500, or 503 when
 * the database is out of reach). Spring answers those with {@code sendError}, which would end
 * in the site's HTML error page; here such a {@code sendError} is caught and answered with
 * {@code application/problem+json} instead. Errors of the API's controllers are already
 * problem details ({@link ApiExceptionHandler}) and pass through untouched.
 */
class ApiProblemFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemFilter.class);

	private final JsonMapper json;

	ApiProblemFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ErrorCatchingResponse catching = new ErrorCatchingResponse(response);
		try {
			chain.doFilter(request, catching);
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
		if (catching.error != null && !response.isCommitted()) {
			writeProblem(request, response, catching.error);
		}
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response, int status)
			throws IOException {
		byte[] body = this.json.writeValueAsBytes(ApiProblems.problem(status, null, request.getRequestURI()));
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(ApiProblems.PROBLEM_JSON.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (status == 503) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(ApiProblems.RETRY_AFTER_SECONDS));
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	/**
	 * Keeps a {@code sendError} from reaching the servlet container's error page: the status is
	 * noted, the headers already set stay (a 405's {@code Allow}), and anything written after it
	 * is dropped, as it would be after a real {@code sendError}.
	 */
	private static final class ErrorCatchingResponse extends HttpServletResponseWrapper {

		private Integer error;

		ErrorCatchingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status) {
			catchError(status);
		}

		@Override
		public void sendError(int status, String message) {
			// The message is not passed on: it may describe the server's insides.
			catchError(status);
		}

		private void catchError(int status) {
			if (isCommitted()) {
				throw new IllegalStateException("Cannot send an error after the response was committed");
			}
			this.error = status;
			super.setStatus(status);
		}

		@Override
		public boolean isCommitted() {
			return this.error != null || super.isCommitted();
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			return (this.error != null) ? new DiscardingOutputStream() : super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			return (this.error != null) ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
		}

	}

	private static final class DiscardingOutputStream extends ServletOutputStream {

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
		}

		@Override
		public void write(int b) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Outside everything else that may answer an API request, the ETag filter and Spring Security included. */
		@Bean
		FilterRegistrationBean<ApiProblemFilter> apiProblemFilter(JsonMapper json) {
			FilterRegistrationBean<ApiProblemFilter> registration = new FilterRegistrationBean<>(
					new ApiProblemFilter(json));
			registration.addUrlPatterns("/api/*");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
			return registration;
		}

	}

}
