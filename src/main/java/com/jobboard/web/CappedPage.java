package com.jobboard.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a public list (the directory, the job search, their API lists) that goes at
 * most {@link #MAX_RESULTS} deep. On a board of 500,000 jobs a list cannot be paged
 * through anyway, and both an {@code OFFSET} deep in it and an exact count of a common
 * search grow with the board: here the count stops at {@code MAX_RESULTS + 1} and pages
 * beyond the depth are empty without asking the database. The page then says there are
 * more ({@link #isCapped()}), and that narrowing the search shows them.
 */
public final class CappedPage<T> extends PageImpl<T> {

	/** How deep a public list goes: 50 pages of 20, 10 pages of 100. */
	public static final int MAX_RESULTS = 1_000;

	private final boolean capped;

	private CappedPage(List<T> content, Pageable pageable, long total, boolean capped) {
		super(content, pageable, total);
		this.capped = capped;
	}

	/**
	 * @param content reads the page's items; not called for a page beyond the depth
	 * @param countUpTo counts the matches, but none beyond the limit it is given
	 */
	public static <T> CappedPage<T> of(Pageable pageable, Function<Pageable, List<T>> content,
			LongUnaryOperator countUpTo) {
		List<T> items = (pageable.getOffset() >= MAX_RESULTS) ? List.of() : content.apply(pageable);
		long counted;
		if (pageable.getOffset() == 0 && items.size() < pageable.getPageSize()) {
			// The whole list is on the first page: no count needed.
			counted = items.size();
		}
		else {
			counted = countUpTo.applyAsLong(MAX_RESULTS + 1);
		}
		boolean capped = counted > MAX_RESULTS;
		return new CappedPage<>(items, pageable, Math.min(counted, MAX_RESULTS), capped);
	}

	/**
	 * Whether the list goes on beyond {@link #MAX_RESULTS}: the count shown is then "more
	 * than".
	 */
	public boolean isCapped() {
		return this.capped;
	}

	public int getMaxResults() {
		return MAX_RESULTS;
	}

	@Override
	public <U> CappedPage<U> map(Function<? super T, ? extends U> converter) {
		return new CappedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), getTotalElements(),
				this.capped);
	}

}
