package com.jobboard.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.security.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Per-hour limits on what one employer account does (profile saves, job posts) and on
 * sign-ups per client address, so that a self-service account cannot flood the board.
 * Admins are never limited. Counted in PostgreSQL, so the limits hold across instances.
 *
 * <p>
 * Take an action inside the transaction that saves it: when the save fails afterwards the
 * transaction rolls back and the action is not counted.
 */
@Service
public class ActionLimits {

	/** The sliding window every limit counts in. */
	public static final Duration WINDOW = Duration.ofHours(1);

	private final ActionLog log;

	private final LimitProperties properties;

	ActionLimits(ActionLog log, LimitProperties properties) {
		this.log = log;
		this.properties = properties;
	}

	/**
	 * Counts one action of the signed-in person, unless their limit for this hour is
	 * reached (never for admins).
	 */
	public Decision tryTake(SignedInUser user, LimitedAction action) {
		if (user.isAdmin()) {
			return Decision.ALLOWED;
		}
		return take("account:" + user.id(), action);
	}

	/**
	 * Counts one action for a company, whoever of its team takes it, unless the company's
	 * limit for this hour is reached (never for admins).
	 */
	public Decision tryTakeForCompany(SignedInUser user, long companyId, LimitedAction action) {
		if (user.isAdmin()) {
			return Decision.ALLOWED;
		}
		return take("company:" + companyId, action);
	}

	/**
	 * Counts one action from a client address, unless its limit for this hour is reached.
	 */
	public Decision tryTakeForAddress(String address, LimitedAction action) {
		String normalized = (address != null && !address.isBlank()) ? address.strip().toLowerCase(Locale.ROOT)
				: "unknown";
		return take("address:" + ((normalized.length() > 250) ? normalized.substring(0, 250) : normalized), action);
	}

	/** How many of the action one subject may take per hour. */
	public int limitOf(LimitedAction action) {
		return this.properties.of(action);
	}

	private Decision take(String subject, LimitedAction action) {
		int limit = limitOf(action);
		Optional<Duration> wait = this.log.tryRecord(subject, action, limit, WINDOW);
		return wait.map((retryAfter) -> new Decision(false, action, limit, retryAfter)).orElse(Decision.ALLOWED);
	}

	/**
	 * Adds the form-level error that says the limit is reached, with the limit and the
	 * minutes to wait.
	 */
	public static void reject(Errors errors, Decision decision) {
		errors.reject(decision.action().errorCode(), new Object[] { decision.limit(), decision.minutesToWait() },
				"You reached the limit of " + decision.limit() + " per hour. Nothing was saved; what you typed is "
						+ "kept below. Please try again in " + decision.minutesToWait() + " minutes.");
	}

	/**
	 * When the form was refused because a limit is reached (answer 429 then): the value
	 * of the {@code Retry-After} header, in seconds.
	 */
	public static Optional<String> retryAfter(Errors errors) {
		return errors.getGlobalErrors()
			.stream()
			.filter((error) -> error.getCode() != null && error.getCode().startsWith("limits.")
					&& error.getCode().endsWith(".exceeded"))
			.findFirst()
			.map((error) -> (error.getArguments() != null && error.getArguments().length > 1
					&& error.getArguments()[1] instanceof Long minutes) ? Long.toString(minutes * 60) : "3600");
	}

	/**
	 * Whether an action may go ahead, and if not, when it may again.
	 *
	 * @param retryAfter how long until the oldest counted action leaves the window
	 * ({@link Duration#ZERO} when allowed)
	 */
	public record Decision(boolean allowed, LimitedAction action, int limit, Duration retryAfter) {

		static final Decision ALLOWED = new Decision(true, null, 0, Duration.ZERO);

		/** Whole minutes to wait, at least one: what the message tells the person. */
		public long minutesToWait() {
			return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
		}

		/** The value of a {@code Retry-After} header, in seconds. */
		public String retryAfterSeconds() {
			return Long.toString(Math.max(1, this.retryAfter.toSeconds()));
		}

	}

}
