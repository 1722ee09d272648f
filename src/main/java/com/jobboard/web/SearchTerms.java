package com.jobboard.web;

import java.util.Locale;

/** Cleans what people type into search boxes before it reaches a query. */
public final class SearchTerms {

	public static final int MAX_LENGTH = 200;

	private SearchTerms() {
	}

	/** Trims, drops control characters (PostgreSQL refuses NUL) and caps the length. */
	public static String normalize(String value) {
		if (value == null) {
			return "";
		}
		String cleaned = value.replaceAll("\\p{Cntrl}", "").strip();
		return (cleaned.length() > MAX_LENGTH) ? cleaned.substring(0, MAX_LENGTH) : cleaned;
	}

	/**
	 * A case-insensitive "contains" LIKE pattern, lower-cased, in which the user's own
	 * {@code %}, {@code _} and backslash match literally (use with {@code escape '\'}).
	 */
	public static String containsPattern(String value) {
		String escaped = normalize(value).toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
