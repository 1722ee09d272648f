package com.jobboard.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jobboard.web.CappedPage;
import com.jobboard.web.SearchTerms;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the jobs open now that match a {@link JobSearch}, in PostgreSQL.
 *
 * <p>
 * Keywords go through {@code websearch_to_tsquery}, which accepts anything people type (quotes
 * for phrases, {@code or}, {@code -word}) and never fails on the rest: stray operators, quotes
 * and SQL are just words or nothing. They are matched against each job's
 * {@code search_document} (title, company name, description; see V6__job_search.sql) with both
 * the English configuration (stems: "engineers" finds "Engineer") and the simple one (words as
 * written). The SQL is assembled from fixed pieces only; every value is a bind parameter.
 */
@Repository
class JobSearchQuery {

	private static final String COLUMNS = """
			j.id, j.company_id, j.title, j.slug, j.employment_type, j.location, j.country_code, j.remote,
			j.salary_min, j.salary_max, j.salary_currency, j.salary_period, j.posted_at, j.expires_at,
			c.name as company_name, c.slug as company_slug, c.logo_id as company_logo_id
			""";

	private static final String KEYWORDS = """
			cross join (select websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q) as query) k
			""";

	private final JdbcClient jdbc;

	JobSearchQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page of matches, at most {@link CappedPage#MAX_RESULTS} deep, counted no further than that. */
	Page<JobListing> find(JobSearch search, Instant now, Pageable pageable) {
		Conditions conditions = new Conditions(search, now);
		boolean byRank = conditions.hasKeywords() && search.sort() == JobSort.RELEVANCE;
		String sql = "select " + COLUMNS + conditions.from() + conditions.where() + " order by "
				+ (byRank ? "ts_rank(j.search_document, k.query) desc, " : "") + "j.posted_at desc, j.id desc"
				+ " limit :limit offset :offset";
		return CappedPage.of(pageable, (page) -> this.jdbc.sql(sql)
			.params(conditions.params())
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(JobSearchQuery::listing)
			.list(), (limit) -> this.jdbc
				.sql("select count(*) from (select 1" + conditions.from() + conditions.where()
						+ " limit :countLimit) found")
				.params(conditions.params())
				.param("countLimit", limit)
				.query(Long.class)
				.single());
	}

	private static JobListing listing(ResultSet rs, int row) throws SQLException {
		String period = rs.getString("salary_period");
		long logoId = rs.getLong("company_logo_id");
		Long companyLogoId = rs.wasNull() ? null : logoId;
		JobSummary job = new JobSummary(rs.getLong("id"), rs.getLong("company_id"), rs.getString("title"),
				rs.getString("slug"), EmploymentType.valueOf(rs.getString("employment_type")), rs.getString("location"),
				rs.getString("country_code"), rs.getBoolean("remote"), rs.getBigDecimal("salary_min"),
				rs.getBigDecimal("salary_max"), rs.getString("salary_currency"),
				(period != null) ? SalaryPeriod.valueOf(period) : null, instant(rs.getTimestamp("posted_at")),
				instant(rs.getTimestamp("expires_at")));
		return new JobListing(job, rs.getString("company_name"), rs.getString("company_slug"), companyLogoId);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** The FROM and WHERE of a search, shared by the page and its count, with their parameters. */
	private static final class Conditions {

		private final Map<String, Object> params = new LinkedHashMap<>();

		private final List<String> clauses = new ArrayList<>();

		private final boolean keywords;

		Conditions(JobSearch search, Instant now) {
			// Open now: published, not filled, not past its expiry (checked here, so no job waits for a rewrite).
			this.clauses.add(OpenNow.SQL);
			this.clauses.add("c.status = 'ACTIVE'");
			this.params.put("now", Timestamp.from(now));
			String q = SearchTerms.normalize(search.q());
			this.keywords = !q.isEmpty();
			if (this.keywords) {
				this.clauses.add("j.search_document @@ k.query");
				this.params.put("q", q);
			}
			String location = SearchTerms.normalize(search.location());
			if (!location.isEmpty()) {
				this.clauses.add("lower(j.location) like :location escape '\\'");
				this.params.put("location", SearchTerms.containsPattern(location));
			}
			String sector = SearchTerms.normalize(search.sector());
			if (!sector.isEmpty()) {
				this.clauses.add("""
						exists (select 1 from company_sectors cs join sectors s on s.id = cs.sector_id
						        where cs.company_id = j.company_id and s.slug = :sector)""");
				this.params.put("sector", sector);
			}
			if (search.type() != null) {
				this.clauses.add("j.employment_type = :type");
				this.params.put("type", search.type().name());
			}
			if (search.remoteOnly()) {
				this.clauses.add("j.remote");
			}
		}

		boolean hasKeywords() {
			return this.keywords;
		}

		String from() {
			return " from jobs j join companies c on c.id = j.company_id " + (this.keywords ? KEYWORDS : "");
		}

		String where() {
			return " where " + String.join("\n and ", this.clauses);
		}

		Map<String, Object> params() {
			return this.params;
		}

	}

}
