package com.jobboard.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's view figures for a period, read from the daily rows the view counter keeps
 * (for ever): its profile's views and unique visitors per day, the same for the period
 * before, and its jobs' views, and its followers trend. Five statements.
 */
@Service
@Transactional(readOnly = true)
class CompanyStats {

	private final JdbcClient jdbc;

	private final Clock clock;

	CompanyStats(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The company's figures for the period, or empty when there is no such company. */
	Optional<CompanyViews> of(long companyId, StatsPeriod period) {
		Optional<CompanyName> company = this.jdbc.sql("select id, slug, name, status from companies where id = ?")
			.param(companyId)
			.query((rs, row) -> new CompanyName(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					"ACTIVE".equals(rs.getString("status"))))
			.optional();
		if (company.isEmpty()) {
			return Optional.empty();
		}
		StatsPeriod previous = period.previous();
		Map<LocalDate, DayFigures> stored = new HashMap<>();
		this.jdbc.sql("""
				select day, views, unique_visitors from company_daily_views
				where company_id = ? and day between ? and ?
				""")
			.params(companyId, previous.from(), period.to())
			.query((rs, row) -> new DayFigures(rs.getObject("day", LocalDate.class), rs.getLong("views"),
					rs.getLong("unique_visitors")))
			.list()
			.forEach((figures) -> stored.put(figures.day(), figures));
		List<DayFigures> days = everyDay(period, stored);
		Totals current = Totals.of(days);
		Totals before = Totals.of(everyDay(previous, stored));
		List<JobViews> jobs = this.jdbc.sql("""
				select j.id, j.slug, j.title,
				    coalesce(sum(d.views), 0) as views, coalesce(sum(d.unique_visitors), 0) as unique_visitors
				from jobs j left join job_daily_views d on d.job_id = j.id and d.day between ? and ?
				where j.company_id = ? and j.status <> 'DRAFT'
				group by j.id
				order by views desc, j.posted_at desc, j.id desc
				""")
			.params(period.from(), period.to(), companyId)
			.query((rs, row) -> new JobViews(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					rs.getLong("views"), rs.getLong("unique_visitors")))
			.list();
		return Optional.of(new CompanyViews(company.get(), period, days, current, before,
				Change.between(before.views(), current.views()),
				Change.between(before.uniqueVisitors(), current.uniqueVisitors()), jobs, followers(companyId, period)));
	}

	/**
	 * The company's followers now (the exact count the profile shows) and, for each day
	 * of the period with follows or unfollows, those and the count at the end of that day
	 * (worked back from now). The daily rows are kept by the same trigger that keeps the
	 * count.
	 */
	private Followers followers(long companyId, StatsPeriod period) {
		long now = this.jdbc.sql("select coalesce(max(followers), 0) from company_follower_counts where company_id = ?")
			.param(companyId)
			.query(Long.class)
			.single();
		List<FollowerDay> changes = this.jdbc.sql("""
				select day, gained, lost from company_daily_followers
				where company_id = ? and day >= ? order by day desc
				""")
			.params(companyId, period.from())
			.query((rs, row) -> new FollowerDay(rs.getObject("day", LocalDate.class), rs.getLong("gained"),
					rs.getLong("lost"), 0))
			.list();
		List<FollowerDay> days = new ArrayList<>();
		long atEndOfDay = now;
		long gained = 0;
		long lost = 0;
		for (FollowerDay day : changes) {
			if (!day.day().isAfter(period.to())) {
				days.add(0, new FollowerDay(day.day(), day.gained(), day.lost(), atEndOfDay));
				gained += day.gained();
				lost += day.lost();
			}
			atEndOfDay -= day.gained() - day.lost();
		}
		return new Followers(now, gained, lost, days);
	}

	/** Every day of the period in order, with zeros for days without views. */
	private static List<DayFigures> everyDay(StatsPeriod period, Map<LocalDate, DayFigures> stored) {
		List<DayFigures> days = new ArrayList<>(period.days());
		for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
			DayFigures figures = stored.get(day);
			days.add((figures != null) ? figures : new DayFigures(day, 0, 0));
		}
		return days;
	}

	/** The company a page is about. */
	record CompanyName(long id, String slug, String name, boolean publicProfile) {
	}

	/**
	 * The sums of a period's days. Unique visitors are counted per day, so their sum
	 * counts a person once for each day they came.
	 */
	record Totals(long views, long uniqueVisitors) {

		static Totals of(List<DayFigures> days) {
			long views = 0;
			long uniqueVisitors = 0;
			for (DayFigures day : days) {
				views += day.views();
				uniqueVisitors += day.uniqueVisitors();
			}
			return new Totals(views, uniqueVisitors);
		}

	}

	/** A published job's views in the period (drafts have no page to view). */
	record JobViews(long id, String slug, String title, long views, long uniqueVisitors) {

		public String path() {
			return "/jobs/" + this.id + "/" + this.slug;
		}

	}

	/** A day with follows or unfollows, and the followers at its end. */
	record FollowerDay(LocalDate day, long gained, long lost, long followersAtEnd) {
	}

	/**
	 * The followers trend: the count now, follows and unfollows in the period, and its
	 * days with changes.
	 */
	record Followers(long now, long gained, long lost, List<FollowerDay> days) {
	}

	/** Everything the statistics page and the CSV show. */
	record CompanyViews(CompanyName company, StatsPeriod period, List<DayFigures> days, Totals current, Totals previous,
			Change viewsChange, Change uniqueVisitorsChange, List<JobViews> jobs, Followers followers) {

		public boolean anyViews() {
			return this.current.views() > 0;
		}

	}

}
