package com.jobboard.api;

import java.util.Arrays;
import java.util.List;

import com.jobboard.api.ApiProblems.InvalidParam;
import com.jobboard.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns whatever goes wrong in an API controller into problem details (see
 * {@link ApiProblems}). Only for this package's controllers: the pages keep their HTML
 * error pages. Errors that never reach a controller (an unknown address, a method other
 * than GET) are {@link ApiProblemFilter}'s. First among the advice, so that a site-wide
 * handler never answers an API request with HTML.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, HttpServletRequest request) {
		return ApiProblems.response(ApiProblems.problem(404, ex.getMessage(), request.getRequestURI()), null);
	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> invalidParameter(InvalidParameterException ex, HttpServletRequest request) {
		return ApiProblems.response(ApiProblems.problem(400, ex.reason(), request.getRequestURI(),
				List.of(new InvalidParam(ex.parameter(), ex.reason()))), null);
	}

	/**
	 * Anything else is a bug: a 500 that is logged. The database being out of reach is
	 * left to go up, so that whatever watches for outages sees it;
	 * {@link ApiProblemFilter} answers it with a 503.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (ApiProblems.isUnavailable(ex)) {
			throw ex;
		}
		log.error("API request {} failed", request.getRequestURI(), ex);
		return ApiProblems.response(ApiProblems.problem(500, null, request.getRequestURI()), null);
	}

	/** {@code ?page=abc}: says which parameter and what it takes. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		String reason = name + " " + expected(ex.getRequiredType()) + ", not " + quoted(ex.getValue()) + ".";
		return ApiProblems.response(
				ApiProblems.problem(400, reason, path(request), List.of(new InvalidParam(name, reason))), headers);
	}

	/**
	 * A filter of the job search that does not bind ({@code ?type=SOMETIMES}): each
	 * parameter named.
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidParam> invalid = ex.getBindingResult().getFieldErrors().stream().map((error) -> {
			Class<?> type = ex.getBindingResult().getFieldType(error.getField());
			return new InvalidParam(error.getField(),
					error.getField() + " " + expected(type) + ", not " + quoted(error.getRejectedValue()) + ".");
		}).toList();
		String detail = invalid.isEmpty() ? null
				: String.join(" ", invalid.stream().map(InvalidParam::reason).toList());
		return ApiProblems.response(ApiProblems.problem(400, detail, path(request), invalid), headers);
	}

	/**
	 * Every other exception of Spring MVC (a missing parameter, an {@code Accept} it
	 * cannot serve...) with Spring's own detail for a 4xx, in the API's form.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String detail = null;
		if (status.is5xxServerError()) {
			log.error("API request {} failed", path(request), ex);
		}
		else if (body instanceof ProblemDetail spring) {
			detail = spring.getDetail();
		}
		return ApiProblems.response(ApiProblems.problem(status.value(), detail, path(request)), headers);
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "has an invalid value";
		}
		if (type.isEnum()) {
			return "must be one of " + String.join(", ",
					Arrays.stream(type.getEnumConstants()).map((constant) -> ((Enum<?>) constant).name()).toList());
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "must be a whole number";
		}
		return "has an invalid value";
	}

	/**
	 * The value as the client sent it, shortened: it is echoed back, so it must not be a
	 * way to grow the answer.
	 */
	private static String quoted(Object value) {
		String text = String.valueOf(value);
		return "'" + ((text.length() > 60) ? text.substring(0, 60) + "…" : text) + "'";
	}

	private static String path(WebRequest request) {
		return (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI() : null;
	}

}
