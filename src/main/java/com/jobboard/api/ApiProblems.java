package com.jobboard.api;

import java.sql.SQLTransientConnectionException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The API's errors as RFC 9457 problem details: {@code type} (always {@code about:blank}:
 * the status says what kind of problem it is), {@code title} (the status's reason
 * phrase), {@code status}, {@code detail} (a sentence for the client's developer, never a
 * class name or a stack trace) and {@code instance} (the path asked for).
 */
final class ApiProblems {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	/** Seconds a client should wait before trying again after a 503. */
	static final int RETRY_AFTER_SECONDS = 10;

	private ApiProblems() {
	}

	static Problem problem(int status, String detail, String path) {
		return problem(status, detail, path, null);
	}

	static Problem problem(int status, String detail, String path, List<InvalidParam> invalidParams) {
		return new Problem("about:blank", title(status), status, (detail != null) ? detail : defaultDetail(status),
				path, invalidParams);
	}

	/** The answer for a problem, with {@code Retry-After} on a 503. */
	static ResponseEntity<Object> response(Problem problem, HttpHeaders headers) {
		HttpHeaders all = new HttpHeaders();
		if (headers != null) {
			all.addAll(headers);
		}
		if (problem.status() == 503) {
			all.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		}
		all.setContentType(PROBLEM_JSON);
		return ResponseEntity.status(problem.status()).headers(all).body(problem);
	}

	static String title(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	/** What to tell about a status when nothing more specific is known. */
	static String defaultDetail(int status) {
		return switch (status) {
			case 400 -> "The request is not valid.";
			case 401, 403 -> "This resource is not available to you.";
			case 404 -> "There is no resource at this address. The README's JSON API section lists the addresses.";
			case 405 -> "This resource can only be read: use GET (or HEAD).";
			case 406 -> "This resource is only available as application/json.";
			case 414 -> "The address is too long: shorten the search terms.";
			case 429 -> "Too many requests: slow down and try again later.";
			case 503 -> "The service is unavailable for a moment. Try again in a few seconds.";
			default -> (status >= 500) ? "Something went wrong on our side. It has been logged." : title(status) + ".";
		};
	}

	/**
	 * Problem details as the API writes them, in this order.
	 *
	 * @param type always {@code about:blank}
	 * @param title the status's reason phrase
	 * @param status the HTTP status
	 * @param detail what went wrong, for the client's developer
	 * @param instance the path that was asked for
	 * @param invalidParams on a 400, the parameters that could not be used; absent
	 * otherwise
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Problem(String type, String title, int status, String detail, String instance,
			List<InvalidParam> invalidParams) {
	}

	/**
	 * A parameter the API could not use.
	 *
	 * @param name the parameter
	 * @param reason what is wrong with it, for people
	 */
	record InvalidParam(String name, String reason) {
	}

	/**
	 * Whether the failure is the database being out of reach or overloaded, which passes:
	 * a 503, not a 500.
	 */
	static boolean isUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof QueryTimeoutException || cause instanceof TransientDataAccessException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
