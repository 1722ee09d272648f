package com.jobboard.views;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored view figures, for the features that show them (the admin dashboard): the
 * view tables are this feature's, so others ask here. Stored figures are those the view
 * counter has written, which it brings up to date every second; pages that must count the
 * visit itself use {@link PageViews}.
 */
@Service
@Transactional(readOnly = true)
public class ViewTotals {

	private final JdbcClient jdbc;

	ViewTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored total of one page; 0 when it has none. */
	public long total(ViewSubject subject, long subjectId) {
		return this.jdbc
			.sql("select coalesce(max(views), 0) from " + subject.totalsTable + " where " + subject.idColumn + " = ?")
			.param(subjectId)
			.query(Long.class)
			.single();
	}

	/**
	 * The pages with the most views from {@code from} to {@code to} (both included), most
	 * first, then by id.
	 */
	public List<Viewed> mostViewed(ViewSubject subject, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("""
				select %1$s as id, sum(views) as views from %2$s
				where day between :from and :to
				group by %1$s
				having sum(views) > 0
				order by views desc, id
				limit :limit
				""".formatted(subject.idColumn, subject.dailyTable))
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, row) -> new Viewed(rs.getLong("id"), rs.getLong("views")))
			.list();
	}

	/**
	 * The days from {@code from} to {@code to} on which a page's views jumped: more than
	 * {@code factor} times its average daily views over the {@code baselineDays} days
	 * before that day (days without views count as 0), an average under
	 * {@code minimumAverage} counting as that. Latest first, then most views, then by id.
	 */
	public List<Jump> jumps(ViewSubject subject, LocalDate from, LocalDate to, int factor, int baselineDays,
			int minimumAverage, int limit) {
		return this.jdbc.sql("""
				select d.%1$s as id, d.day, d.views, b.views as baseline_views
				from %2$s d
				cross join lateral (
				    select coalesce(sum(p.views), 0) as views from %2$s p
				    where p.%1$s = d.%1$s and p.day >= d.day - :baselineDays and p.day < d.day
				) b
				where d.day between :from and :to
				    and d.views > :factor * greatest(b.views / cast(:baselineDays as numeric), :minimumAverage)
				order by d.day desc, d.views desc, d.%1$s
				limit :limit
				""".formatted(subject.idColumn, subject.dailyTable))
			.param("baselineDays", baselineDays)
			.param("from", from)
			.param("to", to)
			.param("factor", factor)
			.param("minimumAverage", minimumAverage)
			.param("limit", limit)
			.query((rs, row) -> new Jump(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getLong("views"),
					rs.getLong("baseline_views")))
			.list();
	}

	/** A page and its views over some days. */
	public record Viewed(long subjectId, long views) {
	}

	/**
	 * A day's views of a page, and the sum of its views over the days before that it was
	 * compared with.
	 */
	public record Jump(long subjectId, LocalDate day, long views, long baselineViews) {
	}

}
