package com.jobboard.views;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The views and visitors one instance holds for a page until they are written. */
class PendingViewsTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 14);

	@Test
	void aFlushTakesEachDaysViewsAndEachVisitorOnce() {
		PendingViews pending = new PendingViews();
		pending.add(TODAY, 1);
		pending.add(TODAY, 1);
		pending.add(TODAY, 2);
		pending.add(TODAY.minusDays(1), 1);

		List<PendingViews.DayCount> flush = pending.beginFlush(TODAY);

		assertThat(flush).hasSize(2);
		PendingViews.DayCount today = dayOf(flush, TODAY);
		assertThat(today.views()).isEqualTo(3);
		assertThat(today.visitors()).containsExactlyInAnyOrder(1L, 2L);
		assertThat(dayOf(flush, TODAY.minusDays(1)).visitors()).containsExactly(1L);
		assertThat(pending.pending()).isZero();
		assertThat(pending.bestEffortTotal()).as("in flight still shows").isEqualTo(4);
	}

	@Test
	void aFailedFlushKeepsItsViewsAndVisitorsForTheNextOne() {
		PendingViews pending = new PendingViews();
		pending.add(TODAY, 1);
		pending.add(TODAY, 2);
		List<PendingViews.DayCount> failed = pending.beginFlush(TODAY);
		pending.add(TODAY, 3);

		pending.flushFailed(failed);

		assertThat(pending.pending()).isEqualTo(3);
		assertThat(pending.bestEffortTotal()).isEqualTo(3);
		List<PendingViews.DayCount> retry = pending.beginFlush(TODAY);
		assertThat(retry).hasSize(1);
		assertThat(retry.get(0).views()).isEqualTo(3);
		assertThat(retry.get(0).visitors()).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	@Test
	void aSucceededFlushLeavesTheStoredTotalPlusWhatCameSince() {
		PendingViews pending = new PendingViews();
		pending.add(TODAY, 1);
		pending.beginFlush(TODAY);
		pending.add(TODAY, 1);

		pending.flushSucceeded(101, System.nanoTime());

		assertThat(pending.bestEffortTotal()).isEqualTo(102);
		assertThat(pending.beginFlush(TODAY).get(0).visitors()).containsExactly(1L);
	}

	private static PendingViews.DayCount dayOf(List<PendingViews.DayCount> counts, LocalDate day) {
		return counts.stream().filter((count) -> count.day().equals(day)).findFirst().orElseThrow();
	}

}
