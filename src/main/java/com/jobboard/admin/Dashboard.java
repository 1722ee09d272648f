package com.jobboard.admin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers on the admin dashboard, read straight from the company, job and view tables in a
 * few statements: two for an admin, one for an employer. View totals are the stored ones, which
 * the view counter brings up to date every second.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

	static final int MOST_VIEWED = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	Dashboard(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the whole board looks like: how many companies and jobs, and which companies people read. */
	AdminOverview forAdmin() {
		OffsetDateTime now = now();
		AdminOverview.Counts counts = this.jdbc.sql("""
				select
				    (select count(*) from companies where status = 'ACTIVE') as public_companies,
				    (select count(*) from companies where status = 'PENDING') as pending_companies,
				    (select count(*) from users where approval = 'PENDING') as waiting_sign_ups,
				    (select count(*) from jobs
				     where status = 'OPEN' and (expires_at is null or expires_at > :now)) as open_jobs
				""")
			.param("now", now)
			.query((rs, row) -> new AdminOverview.Counts(rs.getLong("public_companies"),
					rs.getLong("pending_companies"), rs.getLong("waiting_sign_ups"), rs.getLong("open_jobs")))
			.single();
		List<MostViewedCompany> mostViewed = this.jdbc.sql("""
				select c.id, c.slug, c.name, c.status, t.views
				from company_view_totals t join companies c on c.id = t.company_id
				where t.views > 0
				order by t.views desc, c.id
				limit :limit
				""")
			.param("limit", MOST_VIEWED)
			.query((rs, row) -> new MostViewedCompany(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					"ACTIVE".equals(rs.getString("status")), rs.getLong("views")))
			.list();
		return new AdminOverview(counts, mostViewed);
	}

	/** The employer's own company: its views and the jobs open now; empty if the company is gone. */
	Optional<CompanyOverview> forCompany(long companyId) {
		return this.jdbc.sql("""
				select c.id, c.slug, c.name, c.status, coalesce(t.views, 0) as views,
				    (select count(*) from jobs j
				     where j.company_id = c.id and j.status = 'OPEN'
				         and (j.expires_at is null or j.expires_at > :now)) as open_jobs
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
	record AdminOverview(Counts counts, List<MostViewedCompany> mostViewed) {

		/**
		 * Public and pending companies, employer sign-ups waiting for approval, and jobs open now
		 * (published, not past their expiry).
		 */
		record Counts(long publicCompanies, long pendingCompanies, long waitingSignUps, long openJobs) {
		}

	}

	/** A company among the most viewed; only public ones have a page to link to. */
	record MostViewedCompany(long id, String slug, String name, boolean publicProfile, long views) {
	}

	/** An employer's company at a glance. */
	record CompanyOverview(long id, String slug, String name, boolean publicProfile, long views, long openJobs) {
	}

}
