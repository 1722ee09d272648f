package com.jobboard.api;

import java.util.List;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * One page of a list: the items, where the page is in the list, and links to its
 * neighbours.
 *
 * @param items the items of this page, possibly none
 * @param page where this page is in the list
 * @param links absolute addresses of this and the neighbouring pages, with the same
 * filters and size
 */
record ApiPage<T>(List<T> items, Pagination page, Links links) {

	static <T> ApiPage<T> of(Page<T> found, ApiPaging paging, IntFunction<String> pageUrl) {
		int totalPages = Math.min(found.getTotalPages(), ApiPaging.MAX_PAGE);
		int last = Math.max(totalPages, 1);
		int number = paging.page();
		String prev = (number > 1) ? pageUrl.apply(Math.min(number - 1, last)) : null;
		String next = (number < totalPages) ? pageUrl.apply(number + 1) : null;
		return new ApiPage<>(found.getContent(),
				new Pagination(number, paging.size(), found.getTotalElements(), found.getTotalPages()),
				new Links(pageUrl.apply(number), pageUrl.apply(1), prev, next, pageUrl.apply(last)));
	}

	/**
	 * @param number this page's number, one-based
	 * @param size the most items a page holds
	 * @param totalItems the items in the whole list
	 * @param totalPages the pages of the whole list (0 when it is empty)
	 */
	record Pagination(int number, int size, long totalItems, int totalPages) {
	}

	/**
	 * @param self this page
	 * @param first the first page
	 * @param prev the page before, or {@code null} on the first
	 * @param next the page after, or {@code null} on the last
	 * @param last the last page (the first when the list is empty)
	 */
	record Links(String self, String first, String prev, String next, String last) {
	}

}
