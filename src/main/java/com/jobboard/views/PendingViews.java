package com.jobboard.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The views of one subject (a company, say) as this instance knows them: the total last
 * read from or written to the database, the views on their way there, and those not yet
 * written, with the visitors who made them.
 *
 * <p>
 * Counting a view only adds to a per-day adder and set and takes no lock. Reading the
 * total and moving views into a flush take this object's monitor, so that a reader never
 * sees a view twice or not at all while it travels from memory to the database.
 */
final class PendingViews {

	static final long UNKNOWN = -1;

	private final Map<LocalDate, Day> pendingByDay = new ConcurrentHashMap<>();

	/**
	 * Total in the database when last read or written by this instance, or
	 * {@link #UNKNOWN}.
	 */
	private long stored = UNKNOWN;

	/** When {@link #stored} was last read or written, from {@link System#nanoTime()}. */
	private long storedAtNanos;

	/** Views taken out of {@link #pendingByDay} for a flush that has not finished yet. */
	private long inFlight;

	/**
	 * Counts flushes begun, so that a read of the database can tell whether one
	 * overlapped it.
	 */
	private long flushGeneration;

	/**
	 * A reader found {@link #stored} older than allowed: the next flush reads it again,
	 * in the background.
	 */
	private boolean refreshWanted;

	/**
	 * Counts one view.
	 * @param visitor who made it (a digest of their address and user agent), to count
	 * them once on the day however often they come back
	 */
	void add(LocalDate day, long visitor) {
		Day pending = this.pendingByDay.computeIfAbsent(day, (key) -> new Day());
		pending.visitors.add(visitor);
		pending.views.increment();
	}

	/**
	 * The live total, or {@link #UNKNOWN} when the stored part is missing or older than
	 * allowed.
	 */
	synchronized long total(long maxStoredAgeNanos, long nowNanos) {
		if (this.stored == UNKNOWN || nowNanos - this.storedAtNanos > maxStoredAgeNanos) {
			return UNKNOWN;
		}
		return liveTotal();
	}

	/**
	 * The live total with the stored part however old, or {@link #UNKNOWN} when it was
	 * never read; when it is older than allowed, asks for it to be read again in the
	 * background (see {@link #takeRefreshWanted}).
	 */
	synchronized long totalWithoutWaiting(long maxStoredAgeNanos, long nowNanos) {
		if (this.stored == UNKNOWN) {
			return UNKNOWN;
		}
		if (nowNanos - this.storedAtNanos > maxStoredAgeNanos) {
			this.refreshWanted = true;
		}
		return liveTotal();
	}

	/**
	 * Whether a reader asked for the stored total to be read again; asking once is
	 * answered once.
	 */
	synchronized boolean takeRefreshWanted() {
		boolean wanted = this.refreshWanted;
		this.refreshWanted = false;
		return wanted;
	}

	/**
	 * The total with whatever stored value is known, for when the database cannot tell
	 * better.
	 */
	synchronized long bestEffortTotal() {
		return liveTotal();
	}

	/**
	 * Taken before reading the stored total; {@link #UNKNOWN} while a flush is under way.
	 */
	synchronized long readTicket() {
		return (this.inFlight == 0) ? this.flushGeneration : UNKNOWN;
	}

	/**
	 * Records a stored total read from the database after {@link #readTicket()}.
	 * @return the live total, or {@link #UNKNOWN} if a flush overlapped the read (then
	 * the read may or may not include that flush, and must be repeated)
	 */
	synchronized long acceptStored(long ticket, long storedTotal, long nowNanos) {
		if (ticket == UNKNOWN || ticket != this.flushGeneration || this.inFlight != 0) {
			return UNKNOWN;
		}
		this.stored = storedTotal;
		this.storedAtNanos = nowNanos;
		this.refreshWanted = false;
		return liveTotal();
	}

	/** Waits, briefly, for a flush under way to finish. */
	synchronized void awaitFlush(long timeoutMillis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (this.inFlight != 0) {
			long left = deadline - System.currentTimeMillis();
			if (left <= 0) {
				return;
			}
			wait(left);
		}
	}

	/**
	 * Moves the pending views into a flush: each day's count and visitors, and the views'
	 * sum in flight.
	 */
	synchronized List<DayCount> beginFlush(LocalDate today) {
		List<DayCount> drained = new ArrayList<>();
		long sum = 0;
		for (Map.Entry<LocalDate, Day> entry : this.pendingByDay.entrySet()) {
			long views = entry.getValue().views.sumThenReset();
			long[] visitors = entry.getValue().drainVisitors();
			if (views > 0 || visitors.length > 0) {
				drained.add(new DayCount(entry.getKey(), views, visitors));
				sum += views;
			}
		}
		// Forget days long gone so the map does not grow; no view can still be counted on
		// them.
		this.pendingByDay.keySet().removeIf((day) -> day.isBefore(today.minusDays(1)));
		if (sum > 0) {
			this.inFlight = sum;
			this.flushGeneration++;
		}
		return drained;
	}

	/** The flush is committed, and the database now holds {@code storedTotal} in all. */
	synchronized void flushSucceeded(long storedTotal, long nowNanos) {
		this.stored = storedTotal;
		this.storedAtNanos = nowNanos;
		this.refreshWanted = false;
		this.inFlight = 0;
		notifyAll();
	}

	/**
	 * The flush failed: its views and visitors go back to pending, to be written by the
	 * next one.
	 */
	synchronized void flushFailed(List<DayCount> drained) {
		for (DayCount count : drained) {
			Day pending = this.pendingByDay.computeIfAbsent(count.day(), (key) -> new Day());
			for (long visitor : count.visitors()) {
				pending.visitors.add(visitor);
			}
			pending.views.add(count.views());
		}
		this.inFlight = 0;
		notifyAll();
	}

	synchronized long pending() {
		return pendingSum();
	}

	private long liveTotal() {
		return Math.max(this.stored, 0) + this.inFlight + pendingSum();
	}

	private long pendingSum() {
		long sum = 0;
		for (Day pending : this.pendingByDay.values()) {
			sum += pending.views.sum();
		}
		return sum;
	}

	/**
	 * A day's views and visitors drained for a flush.
	 *
	 * @param visitors each visitor once, as counted by {@link #add}
	 */
	record DayCount(LocalDate day, long views, long[] visitors) {
	}

	/** One day's views not yet in a flush, and the visitors who made them. */
	private static final class Day {

		final LongAdder views = new LongAdder();

		final Set<Long> visitors = ConcurrentHashMap.newKeySet();

		/**
		 * Takes the visitors out one by one: a visitor added meanwhile is either taken
		 * now or left for the next flush, never lost (and the database counts a visitor
		 * once whatever comes twice).
		 */
		long[] drainVisitors() {
			List<Long> drained = new ArrayList<>();
			for (Iterator<Long> iterator = this.visitors.iterator(); iterator.hasNext();) {
				drained.add(iterator.next());
				iterator.remove();
			}
			long[] visitors = new long[drained.size()];
			for (int i = 0; i < visitors.length; i++) {
				visitors[i] = drained.get(i);
			}
			return visitors;
		}

	}

}
