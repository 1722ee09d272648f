package com.jobboard.views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.jobboard.system.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Counts page views and unique visitors exactly, without a database write per view.
 *
 * <p>
 * A view is added in memory, with its visitor; every flush interval all counted views are
 * written in one statement per kind of subject that adds them to the totals and to the
 * day's row, and records the day's new visitors. The total a page shows is the stored
 * total plus what this instance has not written yet, so it includes the view being
 * counted. Several instances can count the same subject: each adds its own deltas, and
 * the database sums them.
 *
 * <p>
 * Counting and reading a total never wait for the database once the subject's stored
 * total is known (read once, at its first view since start-up): a stored total older than
 * two flush intervals, which may miss other instances' views, is read again by the next
 * flush, for all such subjects in one statement.
 *
 * <p>
 * Which requests are views is decided by {@link PageViews}.
 */
@Service
public class ViewCounter {

	private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

	private static final long FLUSH_WAIT_MILLIS = 5_000;

	private final Map<ViewSubject, Map<Long, PendingViews>> counts = new EnumMap<>(ViewSubject.class);

	private final ViewStore store;

	private final VisitorSecrets visitorSecrets;

	private final Clock clock;

	/**
	 * A stored total older than this is read again, to pick up other instances' views.
	 */
	private final long maxStoredAgeNanos;

	private final ReentrantLock flushLock = new ReentrantLock();

	private final DatabaseOutage outage;

	ViewCounter(ViewStore store, VisitorSecrets visitorSecrets, Clock clock, ViewsProperties properties,
			DatabaseOutage outage) {
		this.store = store;
		this.outage = outage;
		this.visitorSecrets = visitorSecrets;
		this.clock = clock;
		this.maxStoredAgeNanos = properties.flushInterval().multipliedBy(2).toNanos();
		for (ViewSubject subject : ViewSubject.values()) {
			this.counts.put(subject, new ConcurrentHashMap<>());
		}
	}

	/**
	 * Counts one view of a subject.
	 * @param visitor who made it: a digest of their address and user agent (see
	 * {@link PageViews})
	 * @return the subject's total views, this one included
	 */
	long countView(ViewSubject subject, long subjectId, long visitor) {
		PendingViews views = pendingViews(subject, subjectId);
		ensureStoredTotalKnown(subject, subjectId, views);
		views.add(today(), visitor);
		return views.bestEffortTotal();
	}

	/** The subject's total views, including those this instance has not written yet. */
	public long totalViews(ViewSubject subject, long subjectId) {
		PendingViews views = pendingViews(subject, subjectId);
		ensureStoredTotalKnown(subject, subjectId, views);
		return views.bestEffortTotal();
	}

	/** Views counted by this instance and not yet written, over all subjects. */
	public long pendingViews() {
		long sum = 0;
		for (Map<Long, PendingViews> bySubject : this.counts.values()) {
			for (PendingViews views : bySubject.values()) {
				sum += views.pending();
			}
		}
		return sum;
	}

	/**
	 * Writes every counted view to the database. Views that cannot be written stay in
	 * memory for the next flush.
	 * @return whether everything was written
	 */
	public boolean flush() {
		this.flushLock.lock();
		try {
			boolean allWritten = true;
			for (ViewSubject subject : ViewSubject.values()) {
				allWritten &= flush(subject);
			}
			for (ViewSubject subject : ViewSubject.values()) {
				refreshOldTotals(subject);
			}
			return allWritten;
		}
		finally {
			this.flushLock.unlock();
		}
	}

	private boolean flush(ViewSubject subject) {
		LocalDate today = today();
		Map<Long, List<PendingViews.DayCount>> drained = new ConcurrentHashMap<>();
		this.counts.get(subject).forEach((subjectId, views) -> {
			List<PendingViews.DayCount> dayCounts = views.beginFlush(today);
			if (!dayCounts.isEmpty()) {
				drained.put(subjectId, dayCounts);
			}
		});
		if (drained.isEmpty()) {
			return true;
		}
		try {
			// Hashing may read or create the day's secret: if that fails, it fails the
			// flush like a write.
			List<ViewStore.Row> rows = new ArrayList<>();
			List<ViewStore.VisitorRow> visitors = new ArrayList<>();
			drained.forEach((subjectId, dayCounts) -> {
				for (PendingViews.DayCount count : dayCounts) {
					rows.add(new ViewStore.Row(subjectId, count.day(), count.views()));
					for (long hash : this.visitorSecrets.hash(count.day(), count.visitors())) {
						visitors.add(new ViewStore.VisitorRow(subjectId, count.day(), hash));
					}
				}
			});
			rows.sort(Comparator.comparingLong(ViewStore.Row::subjectId).thenComparing(ViewStore.Row::day));
			visitors.sort(Comparator.comparingLong(ViewStore.VisitorRow::subjectId)
				.thenComparing(ViewStore.VisitorRow::day)
				.thenComparingLong(ViewStore.VisitorRow::hash));
			Map<Long, Long> totals = this.store.add(subject, rows, visitors.stream().distinct().toList());
			long now = System.nanoTime();
			drained.forEach((subjectId, dayCounts) -> this.counts.get(subject)
				.get(subjectId)
				.flushSucceeded(totals.getOrDefault(subjectId, PendingViews.UNKNOWN), now));
			return true;
		}
		catch (RuntimeException ex) {
			// With pages served from memory, the view writer may be the first to find the
			// database gone.
			this.outage.recordFailure(ex);
			log.warn("Could not write the views of {} {} subjects; keeping them for the next flush: {}", drained.size(),
					subject, ex.getMessage());
			drained.forEach((subjectId, dayCounts) -> this.counts.get(subject).get(subjectId).flushFailed(dayCounts));
			return false;
		}
	}

	/**
	 * Reads again, in one statement, the stored totals that readers found too old (see
	 * {@link PendingViews}).
	 */
	private void refreshOldTotals(ViewSubject subject) {
		Map<Long, Long> tickets = new HashMap<>();
		this.counts.get(subject).forEach((subjectId, views) -> {
			if (views.takeRefreshWanted()) {
				tickets.put(subjectId, views.readTicket());
			}
		});
		if (tickets.isEmpty()) {
			return;
		}
		try {
			Map<Long, Long> stored = this.store.loadTotals(subject, tickets.keySet());
			long now = System.nanoTime();
			// A ticket is never UNKNOWN here (no flush is under way while this holds the
			// flush lock).
			tickets.forEach((subjectId, ticket) -> this.counts.get(subject)
				.get(subjectId)
				.acceptStored(ticket, stored.getOrDefault(subjectId, 0L), now));
		}
		catch (RuntimeException ex) {
			this.outage.recordFailure(ex);
			log.warn("Could not read the stored views of {} {} subjects; showing the older totals: {}", tickets.size(),
					subject, ex.getMessage());
		}
	}

	/**
	 * Reads the stored total only when this instance never knew it: after that, see
	 * {@link #refreshOldTotals}.
	 */
	private void ensureStoredTotalKnown(ViewSubject subject, long subjectId, PendingViews views) {
		if (views.totalWithoutWaiting(this.maxStoredAgeNanos, System.nanoTime()) != PendingViews.UNKNOWN) {
			return;
		}
		long ticket = views.readTicket();
		if (ticket == PendingViews.UNKNOWN) {
			// A flush of this subject is under way; when it ends it has stored a fresh
			// total.
			awaitFlush(views);
			if (views.total(this.maxStoredAgeNanos, System.nanoTime()) != PendingViews.UNKNOWN) {
				return;
			}
			ticket = views.readTicket();
		}
		long stored = this.store.loadTotal(subject, subjectId);
		if (views.acceptStored(ticket, stored, System.nanoTime()) == PendingViews.UNKNOWN) {
			// A flush overlapped the read; the flush itself leaves the fresh total
			// behind.
			awaitFlush(views);
		}
	}

	private static void awaitFlush(PendingViews views) {
		try {
			views.awaitFlush(FLUSH_WAIT_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private PendingViews pendingViews(ViewSubject subject, long subjectId) {
		return this.counts.get(subject).computeIfAbsent(subjectId, (id) -> new PendingViews());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
