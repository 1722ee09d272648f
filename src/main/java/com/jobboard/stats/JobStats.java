package com.jobboard.stats;

import java.sql.Date;
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
 * One job's page views and applications per day: the views and unique visitors as the
 * view counter stores them, the applications received on the site that day (counted once
 * per application, never lowered when one is withdrawn or deleted), and the share of the
 * day's unique visitors who applied.
 */
@Service
@Transactional(readOnly = true)
class JobStats {

	private final JdbcClient jdbc;

	JobStats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The job's figures for the period, every day listed (days without anything as
	 * zeros); empty for no job.
	 */
	Optional<JobFigures> of(long jobId, StatsPeriod period) {
		Optional<JobName> job = this.jdbc.sql("select id, title, company_id from jobs where id = ?")
			.param(jobId)
			.query((rs, row) -> new JobName(rs.getLong("id"), rs.getString("title"), rs.getLong("company_id")))
			.optional();
		return job.map((name) -> {
			Map<LocalDate, long[]> byDay = new HashMap<>();
			this.jdbc.sql("""
					select day, views, unique_visitors from job_daily_views where job_id = ? and day between ? and ?
					""").params(jobId, Date.valueOf(period.from()), Date.valueOf(period.to())).query((rs) -> {
				long[] figures = byDay.computeIfAbsent(rs.getDate("day").toLocalDate(), (day) -> new long[3]);
				figures[0] = rs.getLong("views");
				figures[1] = rs.getLong("unique_visitors");
			});
			this.jdbc.sql("""
					select day, applications from job_daily_applications where job_id = ? and day between ? and ?
					""").params(jobId, Date.valueOf(period.from()), Date.valueOf(period.to())).query((rs) -> {
				byDay.computeIfAbsent(rs.getDate("day").toLocalDate(), (day) -> new long[3])[2] = rs
					.getLong("applications");
			});
			List<JobDay> days = new ArrayList<>();
			long views = 0;
			long visitors = 0;
			long applications = 0;
			for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
				long[] figures = byDay.getOrDefault(day, new long[3]);
				days.add(new JobDay(day, figures[0], figures[1], figures[2]));
				views += figures[0];
				visitors += figures[1];
				applications += figures[2];
			}
			return new JobFigures(name, period, days, new JobDay(null, views, visitors, applications));
		});
	}

	record JobName(long id, String title, long companyId) {
	}

	/**
	 * One day's figures (or, with no day, the period's sums; unique visitors summed per
	 * day).
	 */
	record JobDay(LocalDate day, long views, long uniqueVisitors, long applications) {

		/**
		 * The share of unique visitors who applied, in per cent, or {@code null} when
		 * nobody visited.
		 */
		public Double appliedShare() {
			return (this.uniqueVisitors == 0) ? null : 100.0 * this.applications / this.uniqueVisitors;
		}

	}

	record JobFigures(JobName job, StatsPeriod period, List<JobDay> days, JobDay totals) {
	}

}
