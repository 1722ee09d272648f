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
 * Keywords go through {@code websearch_to_tsquery}, which accepts anything people type
 * (quotes for phrases, {@code or}, {@code -word}) and never fails on the rest: stray
 * operators, quotes and SQL are just words or nothing. They are matched against each
 * job's {@code search_document} (title, company name, description; see
 * V6__job_search.sql) with both the English configuration (stems: "engineers" finds
 * "Engineer") and the simple one (words as written). The SQL is assembled from fixed
 * pieces only; every value is a bind parameter.
 */
@Repository
class JobSearchQuery {

	private static final String COLUMNS = """
			j.id, j.company_id, j.title, j.slug, j.employment_type, j.location, j.country_code, j.remote,
			j.salary_min, j.salary_max, j.salary_currency, j.salary_period, j.posted_at, j.expires_at,
			c.name as company_name, c.slug as company_slug, c.logo_id as company_logo_id
			""";

	/**
	 * How many of the newest open jobs a keyword search looks at first (see
	 * {@link #keywordMatches}).
	 */
	static final int NEWEST_WINDOW = 20 * CappedPage.MAX_RESULTS;

	private static final String KEYWORDS = """
			cross join (select websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q) as query) k
			""";

	private final JdbcClient jdbc;

	JobSearchQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The page of matches, at most {@link CappedPage#MAX_RESULTS} deep, counted no
	 * further than that.
	 */
	Page<JobListing> find(JobSearch search, Instant now, Pageable pageable) {
		Conditions conditions = new Conditions(search, now);
		if (conditions.hasKeywords()) {
			return keywordMatches(conditions, search.sort() == JobSort.RELEVANCE, pageable);
		}
		String newest = "select " + COLUMNS + conditions.from() + conditions.where()
				+ " order by j.posted_at desc, j.id desc limit :limit offset :offset";
		return CappedPage.of(pageable,
				(page) -> this.jdbc.sql(newest)
					.params(conditions.params())
					.param("limit", page.getPageSize())
					.param("offset", page.getOffset())
					.query(JobSearchQuery::listing)
					.list(),
				(limit) -> this.jdbc
					.sql("select count(*) from (select 1" + conditions.from() + conditions.where()
							+ " limit :countLimit) found")
					.params(conditions.params())
					.param("countLimit", limit)
					.query(Long.class)
					.single());
	}

	/**
	 * A keyword search lists the newest {@link CappedPage#MAX_RESULTS} matches (as deep
	 * as the list goes), newest first or ranked by their title and company name
	 * ({@code job_search_heading}, V19_1); a match in the description only ranks after
	 * those, newest first. On a large board a very common word matches tens of thousands
	 * of jobs: ranking each by its whole {@code search_document} read every one's
	 * description vector (stored out of line, TOAST), and so did walking the newest jobs
	 * to test each one's document. Here the matches come from the text index as one
	 * bitmap, and only the title and company name of the newest thousand are ranked.
	 * Every page ranks the same jobs, so paging neither repeats nor skips one.
	 *
	 * <p>
	 * The newest matches are looked for among the newest {@link #NEWEST_WINDOW} open jobs
	 * first (one bitmap of {@code jobs_open_search_idx}, V19, reads only those): for a
	 * common word that holds enough of them. Otherwise among all open jobs: a rarer word,
	 * with few matches to read anyway. The count comes with the page.
	 */
	private Page<JobListing> keywordMatches(Conditions conditions, boolean byRank, Pageable pageable) {
		long[] matched = { -1 };
		return CappedPage.of(pageable, (page) -> {
			List<Match> found = newestMatches(conditions, byRank, page, true);
			if (found.isEmpty() || found.get(0).matched() <= CappedPage.MAX_RESULTS) {
				found = newestMatches(conditions, byRank, page, false);
				matched[0] = found.isEmpty() ? -1 : found.get(0).matched();
			}
			else {
				matched[0] = found.get(0).matched();
			}
			return found.stream().map(Match::listing).toList();
		}, (limit) -> (matched[0] >= 0) ? Math.min(matched[0], limit) : this.jdbc
			// Materialized: planned as a whole, the matches come from the text index, not
			// from testing job by job.
			.sql("with found as materialized (select 1" + conditions.from() + conditions.where()
					+ ") select count(*) from (select 1 from found limit :countLimit) capped")
			.params(conditions.params())
			.param("countLimit", limit)
			.query(Long.class)
			.single());
	}

	private List<Match> newestMatches(Conditions conditions, boolean byRank, Pageable page, boolean newestWindow) {
		// Materialized, so that the matches are planned as a whole (a bitmap of the text
		// index, and of the window),
		// not found by walking the newest jobs and reading each one's document to test
		// it.
		String sql = "with matches as materialized (select j.id, j.posted_at" + conditions.from() + conditions.where()
				+ (newestWindow ? " and j.posted_at >= (select posted_at from jobs where status = 'OPEN'"
						+ " order by posted_at desc, id desc offset :window limit 1)" : "")
				+ ") select " + COLUMNS + ", (select count(*) from matches) as matched from (select id from matches"
				+ " order by posted_at desc, id desc limit :depth) newest join jobs j on j.id = newest.id"
				+ " join companies c on c.id = j.company_id " + KEYWORDS + " order by "
				+ (byRank ? "ts_rank(job_search_heading(j.title, c.name), k.query) desc, " : "")
				+ "j.posted_at desc, j.id desc limit :limit offset :offset";
		return this.jdbc.sql(sql)
			.params(conditions.params())
			.param("window", NEWEST_WINDOW)
			.param("depth", CappedPage.MAX_RESULTS)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, row) -> new Match(listing(rs, row), rs.getLong("matched")))
			.list();
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

	/**
	 * A job of a keyword search, and how many jobs matched: among the newest
	 * {@link #NEWEST_WINDOW} open ones, or among all.
	 */
	private record Match(JobListing listing, long matched) {
	}

	/**
	 * The FROM and WHERE of a search, shared by the page and its count, with their
	 * parameters.
	 */
	private static final class Conditions {

		private final Map<String, Object> params = new LinkedHashMap<>();

		private final List<String> clauses = new ArrayList<>();

		private final boolean keywords;

		Conditions(JobSearch search, Instant now) {
			// Open now: published, not filled, not past its expiry (checked here, so no
			// job waits for a rewrite).
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
