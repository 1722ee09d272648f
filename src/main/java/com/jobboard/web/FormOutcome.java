package com.jobboard.web;

/**
 * What became of a submitted form, the same four ways in every feature;
 * {@link FormAnswers} turns it into the HTTP answer. It carries message codes
 * ({@link Notice}), never words in a language, and the errors of an invalid form stay in
 * the form's binding result.
 *
 * @param <T> what the form page is about, to show it again (a summary of the company, the
 * saved job's id...); may be {@code null}
 */
public sealed interface FormOutcome<T> {

	/** What the form page is about. */
	T subject();

	static <T> FormOutcome<T> saved(T subject, Notice notice) {
		return new Saved<>(subject, notice);
	}

	static <T> FormOutcome<T> invalid(T subject) {
		return new Invalid<>(subject);
	}

	static <T> FormOutcome<T> conflict(T subject, Object details, Notice notice) {
		return new Conflict<>(subject, details, notice);
	}

	static <T> FormOutcome<T> limited(T subject, long retryAfterSeconds) {
		return new Limited<>(subject, retryAfterSeconds);
	}

	/**
	 * Saved, or there was nothing to save: the notice says which. Answered 303 with a
	 * flash message.
	 */
	record Saved<T>(T subject, Notice notice) implements FormOutcome<T> {
	}

	/**
	 * Not saved, the form has errors (in its binding result). Answered 422 with the form
	 * again.
	 */
	record Invalid<T>(T subject) implements FormOutcome<T> {
	}

	/**
	 * Not saved: the thing changed since the form was filled in, or is in a state the
	 * action does not apply to. Answered 409 with the form again.
	 *
	 * @param details what the form page shows about the conflict (its model's
	 * {@code conflict}), or {@code null}
	 * @param notice what to say when the answer is a redirect rather than the form, or
	 * {@code null}
	 */
	record Conflict<T>(T subject, Object details, Notice notice) implements FormOutcome<T> {
	}

	/**
	 * Not saved: the person reached a limit (the form's binding result says so). Answered
	 * 429 with the form again and {@code Retry-After}.
	 */
	record Limited<T>(T subject, long retryAfterSeconds) implements FormOutcome<T> {

		public Limited {
			retryAfterSeconds = Math.max(1, retryAfterSeconds);
		}

	}

}
