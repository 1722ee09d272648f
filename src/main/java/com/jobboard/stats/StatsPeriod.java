package com.jobboard.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The days a statistics page covers: the last 30, 90 or 365 UTC days, today included, and
 * the same number of days before them to compare with.
 */
record StatsPeriod(int days, LocalDate from, LocalDate to) {

	/** The lengths offered. */
	static final List<Integer> LENGTHS = List.of(30, 90, 365);

	static final int DEFAULT_LENGTH = 30;

	/**
	 * The period of the given length ending today, or empty when that length is not
	 * offered.
	 */
	static Optional<StatsPeriod> ending(LocalDate today, int days) {
		if (!LENGTHS.contains(days)) {
			return Optional.empty();
		}
		return Optional.of(new StatsPeriod(days, today.minusDays(days - 1L), today));
	}

	/** The same number of days just before this period. */
	StatsPeriod previous() {
		return new StatsPeriod(this.days, this.from.minusDays(this.days), this.from.minusDays(1));
	}

	boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

}
