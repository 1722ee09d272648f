package com.jobboard.views;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database holds for a page's views, read straight from the tables. */
record StoredViews(JdbcClient jdbc) {

	long total(ViewSubject subject, long id) {
		return this.jdbc
			.sql("select coalesce(max(views), 0) from " + subject.totalsTable + " where " + subject.idColumn + " = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	/**
	 * The views of today (UTC), summed over the daily rows: the same as the total for a
	 * page made today.
	 */
	long today(ViewSubject subject, long id) {
		return daily(subject, id, "views");
	}

	long uniqueVisitorsToday(ViewSubject subject, long id) {
		return daily(subject, id, "unique_visitors");
	}

	long visitorHashesToday(ViewSubject subject, long id) {
		return this.jdbc
			.sql("select count(*) from " + subject.visitorsTable + " where " + subject.idColumn + " = ? and day = ?")
			.params(id, LocalDate.now(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private long daily(ViewSubject subject, long id, String column) {
		return this.jdbc
			.sql("select coalesce(sum(" + column + "), 0) from " + subject.dailyTable + " where " + subject.idColumn
					+ " = ? and day = ?")
			.params(id, LocalDate.now(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
