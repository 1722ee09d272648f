package com.jobboard.transfer;

import java.util.List;

/**
 * The columns of our CSV files, the same for export and import (README, "Import and
 * export"). Several sectors in one cell are separated by {@link #LIST_SEPARATOR}.
 */
final class CsvColumns {

	static final String LIST_SEPARATOR = "|";

	/**
	 * The last column of both files: the key of the board the rows come from (their ids
	 * are that board's). Files without it are read too.
	 */
	static final String SITE = "site";

	static final List<String> COMPANIES = List.of("id", "slug", "name", "status", "tagline", "founded_date",
			"size_band", "headquarters", "website", "email", "phone", "linkedin_url", "x_url", "facebook_url",
			"instagram_url", "github_url", "youtube_url", "sectors", "description_markdown");

	static final List<String> JOBS = List.of("id", "company_slug", "title", "slug", "employment_type", "status",
			"location", "country_code", "remote", "salary_min", "salary_max", "salary_currency", "salary_period",
			"apply_url", "apply_email", "posted_at", "expires_on", "description_markdown");

	private CsvColumns() {
	}

	/**
	 * A cell as a spreadsheet may open it: a value starting with {@code = + - @} (or a
	 * tab or carriage return) gets a leading apostrophe, so it is never run as a formula.
	 */
	static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	/** The value {@link #neutralise} was given. */
	static String restore(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'') {
			char second = cell.charAt(1);
			if (second == '=' || second == '+' || second == '-' || second == '@' || second == '\t' || second == '\r') {
				return cell.substring(1);
			}
		}
		return cell;
	}

}
