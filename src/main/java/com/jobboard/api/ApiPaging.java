package com.jobboard.api;

import com.jobboard.web.PageNumbers;

/**
 * Which page of a list a client asks for: {@code page} is one-based, {@code size} items
 * per page. Out-of-range values are refused (400) rather than silently changed, so a
 * client never gets something it did not ask for.
 */
record ApiPaging(int page, int size) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	static final int MAX_PAGE = PageNumbers.MAX_PAGE;

	ApiPaging {
		if (page < 1 || page > MAX_PAGE) {
			throw new InvalidParameterException("page", "page must be between 1 and " + MAX_PAGE + ".");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidParameterException("size", "size must be between 1 and " + MAX_SIZE + ".");
		}
	}

	/** The zero-based index services take. */
	int index() {
		return this.page - 1;
	}

}
