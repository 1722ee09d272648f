package com.jobboard.stats;

import java.util.Locale;

/**
 * How a figure compares with the period before: up or down by a whole percentage, the
 * same, new (nothing before to compare with), or nothing in either period.
 */
record Change(Kind kind, long percent) {

	enum Kind {

		UP, DOWN, SAME, NEW, NONE

	}

	static Change between(long previous, long current) {
		if (previous == current) {
			return new Change((current == 0) ? Kind.NONE : Kind.SAME, 0);
		}
		if (previous == 0) {
			return new Change(Kind.NEW, 0);
		}
		long percent = Math.round(Math.abs(current - previous) * 100.0 / previous);
		return new Change((current > previous) ? Kind.UP : Kind.DOWN, percent);
	}

	/**
	 * The message that says it (stats.change.up and so on), with the percentage and the
	 * days as arguments.
	 */
	public String messageKey() {
		return "stats.change." + this.kind.name().toLowerCase(Locale.ROOT);
	}

}
