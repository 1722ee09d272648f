package com.jobboard.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.jobboard.job.OpenNow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers on the admin dashboard, read straight from the company, job and view tables in a
 * few statements: four for an admin (the counts, the most viewed companies and jobs of the last 7
 * days, the jumps in views), one for an employer. View figures are the stored ones, which the view
 * counter brings up to date every second.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

	static final int MOST_VIEWED = 10;

	/** The most viewed pages and the jumps in views are those of the last this many days, today included. */
	static final int RECENT_DAYS = 7;

	/** A day's views jump when they are more than this many times the average of the days before... */
	static final int SPIKE_FACTOR = 10;

	/** ...over this many days (days without views count as 0)... */
	static final int SPIKE_BASELINE_DAYS = 30;

	/** ...where an average under one view a day counts as one, so that a handful of views on a quiet profile is no jump. */
	static final int SPIKE_MINIMUM_AVERAGE = 1;

	static final int MOST_SPIKES = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	Dashboard(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the whole board looks like: how many companies and jobs, which pages people read, and what jumped. */
	AdminOverview forAdmin() {
		OffsetDateTime now = now();
		LocalDate today = now.toLocalDate();
		LocalDate firstRecentDay = today.minusDays(RECENT_DAYS - 1);
		AdminOverview.Counts counts = this.jdbc.sql("""
				select
				    (select count(*) from companies where status = 'ACTIVE') as public_companies,
				    (select count(*) from companies where status = 'PENDING') as pending_companies,
				    (select count(*) from users where approval = 'PENDING') as waiting_sign_ups,
				    (select count(*) from jobs j where """ + OpenNow.SQL + """
				) as open_jobs
				""")
			.param("now", now)
			.query((rs, row) -> new AdminOverview.Counts(rs.getLong("public_companies"),
					rs.getLong("pending_companies"), rs.getLong("waiting_sign_ups"), rs.getLong("open_jobs")))
			.single();
		List<MostViewedCompany> mostViewed = this.jdbc.sql("""
				select c.id, c.slug, c.name, c.status, r.views
				from (select company_id, sum(views) as views from company_daily_views
				      where day between :from and :today group by company_id) r
				join companies c on c.id = r.company_id
				where r.views > 0
				order by r.views desc, c.id
				limit :limit
				""")
			.param("from", firstRecentDay)
			.param("today", today)
			.param("limit", MOST_VIEWED)
			.query((rs, row) -> new MostViewedCompany(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					"ACTIVE".equals(rs.getString("status")), rs.getLong("views")))
			.list();
		List<MostViewedJob> mostViewedJobs = this.jdbc.sql("""
				select j.id, j.slug, j.title, j.status, c.id as company_id, c.name as company_name,
				    c.status as company_status, r.views
				from (select job_id, sum(views) as views from job_daily_views
				      where day between :from and :today group by job_id) r
				join jobs j on j.id = r.job_id
				join companies c on c.id = j.company_id
				where r.views > 0
				order by r.views desc, j.id
				limit :limit
				""")
			.param("from", firstRecentDay)
			.param("today", today)
			.param("limit", MOST_VIEWED)
			.query((rs, row) -> new MostViewedJob(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					rs.getLong("company_id"), rs.getString("company_name"),
					!"DRAFT".equals(rs.getString("status")) && "ACTIVE".equals(rs.getString("company_status")),
					rs.getLong("views")))
			.list();
		return new AdminOverview(counts, mostViewed, mostViewedJobs, spikes(firstRecentDay, today));
	}

	/**
	 * The days from {@code from} to {@code today} on which a company's profile views jumped: more
	 * than {@link #SPIKE_FACTOR} times its average daily views over the {@link #SPIKE_BASELINE_DAYS}
	 * days before that day (at least {@link #SPIKE_MINIMUM_AVERAGE}). Latest first.
	 */
	List<Spike> spikes(LocalDate from, LocalDate today) {
		return this.jdbc.sql("""
				select c.id, c.slug, c.name, c.status, d.day, d.views, b.views as baseline_views
				from company_daily_views d
				join companies c on c.id = d.company_id
				cross join lateral (
				    select coalesce(sum(p.views), 0) as views from company_daily_views p
				    where p.company_id = d.company_id and p.day >= d.day - :baselineDays and p.day < d.day
				) b
				where d.day between :from and :today
				    and d.views > :factor * greatest(b.views / cast(:baselineDays as numeric), :minimumAverage)
				order by d.day desc, d.views desc, c.id
				limit :limit
				""")
			.param("baselineDays", SPIKE_BASELINE_DAYS)
			.param("from", from)
			.param("today", today)
			.param("factor", SPIKE_FACTOR)
			.param("minimumAverage", SPIKE_MINIMUM_AVERAGE)
			.param("limit", MOST_SPIKES)
			.query((rs, row) -> new Spike(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					"ACTIVE".equals(rs.getString("status")), rs.getObject("day", LocalDate.class), rs.getLong("views"),
					rs.getLong("baseline_views") / (double) SPIKE_BASELINE_DAYS))
			.list();
	}

	/** The employer's own company: its views and the jobs open now; empty if the company is gone. */
	Optional<CompanyOverview> forCompany(long companyId) {
		return this.jdbc.sql("""
				select c.id, c.slug, c.name, c.status, coalesce(t.views, 0) as views,
				    (select count(*) from jobs j
				     where j.company_id = c.id and """ + OpenNow.SQL + """
				) as open_jobs
				from companies c left join company_view_totals t on t.company_id = c.id
				where c.id = :id
				""")
			.param("now", now())
			.param("id", companyId)
			.query((rs, row) -> new CompanyOverview(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					"ACTIVE".equals(rs.getString("status")), rs.getLong("views"), rs.getLong("open_jobs")))
			.optional();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** The admin's view of the board. */
	record AdminOverview(Counts counts, List<MostViewedCompany> mostViewed, List<MostViewedJob> mostViewedJobs,
			List<Spike> spikes) {

		/**
		 * Public and pending companies, employer sign-ups waiting for approval, and jobs open now
		 * (published, not past their expiry).
		 */
		record Counts(long publicCompanies, long pendingCompanies, long waitingSignUps, long openJobs) {
		}

	}

	/** A company among the most viewed of the last days; only public ones have a page to link to. */
	record MostViewedCompany(long id, String slug, String name, boolean publicProfile, long views) {
	}

	/** A job among the most viewed of the last days, and whether its page can be seen now. */
	record MostViewedJob(long id, String slug, String title, long companyId, String companyName, boolean publicPage,
			long views) {

		public String path() {
			return "/jobs/" + this.id + "/" + this.slug;
		}

	}

	/** A day on which a company's profile views jumped, against its daily average of the days before. */
	record Spike(long companyId, String slug, String name, boolean publicProfile, LocalDate day, long views,
			double baselineAverage) {
	}

	/** An employer's company at a glance. */
	record CompanyOverview(long id, String slug, String name, boolean publicProfile, long views, long openJobs) {
	}

}
