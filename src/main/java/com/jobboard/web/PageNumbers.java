package com.jobboard.web;

/** Turns the one-based {@code page} people put in URLs into a safe zero-based index. */
public final class PageNumbers {

	/**
	 * Far beyond any real list; keeps offsets well inside what the database and JPA
	 * accept.
	 */
	public static final int MAX_PAGE = 10_000;

	private PageNumbers() {
	}

	/** Page 1 (or anything below) is index 0; absurdly high pages are capped. */
	public static int toIndex(int oneBasedPage) {
		return Math.min(Math.max(oneBasedPage, 1), MAX_PAGE) - 1;
	}

}
