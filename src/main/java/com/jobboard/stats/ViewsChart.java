package com.jobboard.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The layout of the chart of a period's daily views and unique visitors, drawn as SVG by
 * the template (stats/company.html): the plot area, the two lines, and the ticks of both
 * axes, in the coordinates of the SVG's view box. Texts (title, axis labels, legend, tick
 * labels) are the template's, in the reader's language.
 */
record ViewsChart(int width, int height, Box plot, String viewsPoints, String uniqueVisitorsPoints,
		List<ValueTick> valueTicks, List<DayTick> dayTicks, boolean monthTicks, long maximum) {

	static final int WIDTH = 720;

	static final int HEIGHT = 330;

	/**
	 * Room for the legend above, the value labels on the left and the day labels below
	 * and on the right.
	 */
	private static final Box PLOT = new Box(72, 44, WIDTH - 40, HEIGHT - 62);

	/**
	 * Longer periods are labelled by month (the first day of some months) rather than by
	 * day.
	 */
	private static final int MONTH_TICKS_AFTER_DAYS = 92;

	/**
	 * About this many labelled values on the vertical axis, and days on the horizontal
	 * one.
	 */
	private static final int VALUE_TICKS = 5;

	private static final int DAY_TICKS = 6;

	static ViewsChart of(List<DayFigures> days) {
		if (days.isEmpty()) {
			throw new IllegalArgumentException("A chart needs at least one day");
		}
		long highest = 0;
		for (DayFigures day : days) {
			highest = Math.max(highest, Math.max(day.views(), day.uniqueVisitors()));
		}
		long step = niceStep(Math.max(highest, 1));
		long maximum = ((Math.max(highest, 1) + step - 1) / step) * step;
		Scale scale = new Scale(days.size(), maximum);
		StringBuilder views = new StringBuilder();
		StringBuilder uniqueVisitors = new StringBuilder();
		for (int i = 0; i < days.size(); i++) {
			String x = coordinate(scale.x(i));
			views.append((i > 0) ? " " : "").append(x).append(',').append(coordinate(scale.y(days.get(i).views())));
			uniqueVisitors.append((i > 0) ? " " : "")
				.append(x)
				.append(',')
				.append(coordinate(scale.y(days.get(i).uniqueVisitors())));
		}
		List<ValueTick> valueTicks = new ArrayList<>();
		for (long value = 0; value <= maximum; value += step) {
			valueTicks.add(new ValueTick(value, coordinate(scale.y(value))));
		}
		boolean monthTicks = days.size() > MONTH_TICKS_AFTER_DAYS;
		List<DayTick> dayTicks = monthTicks ? monthTicks(days, scale) : dayTicks(days, scale);
		return new ViewsChart(WIDTH, HEIGHT, PLOT, views.toString(), uniqueVisitors.toString(), valueTicks, dayTicks,
				monthTicks, maximum);
	}

	/**
	 * Evenly spaced days, counted back from the last so that today is always labelled.
	 */
	private static List<DayTick> dayTicks(List<DayFigures> days, Scale scale) {
		List<DayTick> ticks = new ArrayList<>();
		int step = Math.max(1, (int) Math.ceil((days.size() - 1) / (double) DAY_TICKS));
		for (int i = days.size() - 1; i >= 0; i -= step) {
			ticks.add(new DayTick(days.get(i).day(), coordinate(scale.x(i))));
		}
		Collections.reverse(ticks);
		return ticks;
	}

	/**
	 * The first days of months, every so many months counted back from the latest, to
	 * label with month and year.
	 */
	private static List<DayTick> monthTicks(List<DayFigures> days, Scale scale) {
		List<Integer> firsts = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			if (days.get(i).day().getDayOfMonth() == 1) {
				firsts.add(i);
			}
		}
		int step = Math.max(1, (int) Math.ceil(firsts.size() / (double) DAY_TICKS));
		List<DayTick> ticks = new ArrayList<>();
		for (int k = firsts.size() - 1; k >= 0; k -= step) {
			int i = firsts.get(k);
			ticks.add(new DayTick(days.get(i).day(), coordinate(scale.x(i))));
		}
		Collections.reverse(ticks);
		return ticks;
	}

	/**
	 * A step of 1, 2 or 5 times a power of ten that cuts 0..highest into about
	 * {@link #VALUE_TICKS} parts.
	 */
	static long niceStep(long highest) {
		double rough = highest / (double) VALUE_TICKS;
		long magnitude = 1;
		while (magnitude * 10 <= rough) {
			magnitude *= 10;
		}
		for (long multiple : new long[] { 1, 2, 5, 10 }) {
			if (multiple * magnitude >= rough) {
				return multiple * magnitude;
			}
		}
		return 10 * magnitude;
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	private static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** A rectangle of the view box, by its edges. */
	record Box(int left, int top, int right, int bottom) {

		public int centreX() {
			return (this.left + this.right) / 2;
		}

		public int centreY() {
			return (this.top + this.bottom) / 2;
		}

	}

	/** A labelled value on the vertical axis, and the height of its grid line. */
	record ValueTick(long value, String y) {
	}

	/** A labelled day on the horizontal axis. */
	record DayTick(LocalDate day, String x) {
	}

	private record Scale(int days, long maximum) {

		double x(int index) {
			int width = PLOT.right() - PLOT.left();
			return (this.days == 1) ? PLOT.left() + width / 2.0
					: PLOT.left() + index * (double) width / (this.days - 1);
		}

		double y(long value) {
			return PLOT.bottom() - value * (double) (PLOT.bottom() - PLOT.top()) / this.maximum;
		}

	}

}
