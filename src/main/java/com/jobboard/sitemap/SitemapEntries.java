package com.jobboard.sitemap;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.jobboard.job.OpenNow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What crawlers may see, read straight from the tables in the order sitemaps list it:
 * public ({@code ACTIVE}) companies and the jobs open now at them, each with the time its
 * page last changed. "Open now" is the rule of the job pages: published ({@code OPEN})
 * and not past its expiry.
 *
 * <p>
 * Pages are read by id ranges (the sitemap parts, see {@link Sitemaps}): a part costs the
 * same wherever it is, and its rows are streamed (a cursor, {@value #FETCH_SIZE} rows at
 * a time), never all held at once.
 */
@Repository
class SitemapEntries {

	/** Rows fetched per round trip while a sitemap is streamed. */
	static final int FETCH_SIZE = 1_000;

	/**
	 * A company page changes with the company and with its published jobs: when one is
	 * edited, and when one expires (which happens with no write at all). The jobs are
	 * aggregated for the whole id range in one pass over
	 * {@code jobs_published_company_idx} (V19), in company order.
	 */
	private static final Pages COMPANY_PAGES = new Pages("c.id", "'/companies/' || c.slug",
			"greatest(c.updated_at, j.jobs_updated_at, j.last_expiry)", """
					from companies c
					left join (
					    select company_id, max(updated_at) as jobs_updated_at,
					           max(expires_at) filter (where expires_at <= :now) as last_expiry
					    from jobs where status <> 'DRAFT' and company_id between :from and :to
					    group by company_id
					) j on j.company_id = c.id
					where c.status = 'ACTIVE' and c.id between :from and :to
					""");

	/** A job page shows its company's name and logo too. */
	private static final Pages JOB_PAGES = new Pages("j.id", "'/jobs/' || j.id || '/' || j.slug",
			"greatest(j.updated_at, c.updated_at)", """
					from jobs j join companies c on c.id = j.company_id
					where """ + OpenNow.SQL + """
					 and c.status = 'ACTIVE' and j.id between :from and :to
					""");

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	SitemapEntries(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(cursor);
		this.readOnly = new TransactionTemplate(transactions);
		// PostgreSQL's driver fetches FETCH_SIZE rows at a time only outside autocommit.
		this.readOnly.setReadOnly(true);
	}

	/** Public company pages, but none beyond {@code limit}. */
	long companyCount(Instant now, long limit) {
		return cappedCount(COMPANY_PAGES, now, limit);
	}

	/** Open job pages, but none beyond {@code limit}. */
	long openJobCount(Instant now, long limit) {
		return cappedCount(JOB_PAGES, now, limit);
	}

	/**
	 * How many company pages have ids in the range, and when the latest of them changed.
	 */
	Version companyVersion(Instant now, IdRange ids) {
		return version(COMPANY_PAGES, now, ids);
	}

	/**
	 * How many open job pages have ids in the range, and when the latest of them changed.
	 */
	Version jobVersion(Instant now, IdRange ids) {
		return version(JOB_PAGES, now, ids);
	}

	/**
	 * Public company pages with ids in the range, by id, at most {@code limit} of them,
	 * one at a time.
	 */
	void companies(Instant now, IdRange ids, long limit, Consumer<Entry> each) {
		stream(COMPANY_PAGES, now, ids, limit, each);
	}

	/**
	 * Open job pages with ids in the range, by id, at most {@code limit} of them, one at
	 * a time.
	 */
	void openJobs(Instant now, IdRange ids, long limit, Consumer<Entry> each) {
		stream(JOB_PAGES, now, ids, limit, each);
	}

	/**
	 * The latest change of the company pages in each range of {@code width} ids that has
	 * any, by range.
	 */
	List<Chunk> companyChunks(Instant now, int width) {
		return chunks(COMPANY_PAGES, now, width);
	}

	/**
	 * The latest change of the job pages in each range of {@code width} ids that has any,
	 * by range.
	 */
	List<Chunk> jobChunks(Instant now, int width) {
		return chunks(JOB_PAGES, now, width);
	}

	private long cappedCount(Pages pages, Instant now, long limit) {
		return this.jdbc.sql("select count(*) from (select 1 " + pages.from() + " limit :limit) found")
			.params(params(now, IdRange.ALL))
			.param("limit", limit)
			.query(Long.class)
			.single();
	}

	private Version version(Pages pages, Instant now, IdRange ids) {
		// The sum of the ids tells a part whose pages were swapped for others (one
		// closed, one opened) from before.
		return this.jdbc
			.sql("select count(*) as pages, coalesce(sum(" + pages.id() + "), 0) as ids, max(" + pages.lastModified()
					+ ") as last_modified " + pages.from())
			.params(params(now, ids))
			.query((rs, row) -> new Version(rs.getLong("pages"), rs.getLong("ids"),
					instant(rs.getTimestamp("last_modified"))))
			.single();
	}

	private void stream(Pages pages, Instant now, IdRange ids, long limit, Consumer<Entry> each) {
		Map<String, Object> params = params(now, ids);
		params.put("limit", limit);
		String sql = "select " + pages.path() + " as path, " + pages.lastModified() + " as last_modified "
				+ pages.from() + " order by " + pages.id() + " limit :limit";
		RowCallbackHandler row = (rs) -> each
			.accept(new Entry(rs.getString("path"), rs.getTimestamp("last_modified").toInstant()));
		this.readOnly.executeWithoutResult((transaction) -> this.streaming.query(sql, params, row));
	}

	private List<Chunk> chunks(Pages pages, Instant now, int width) {
		return this.jdbc
			.sql("select (" + pages.id() + " - 1) / :width + 1 as chunk, max(" + pages.lastModified()
					+ ") as last_modified " + pages.from() + " group by 1 order by 1")
			.params(params(now, IdRange.ALL))
			.param("width", width)
			.query((rs, row) -> new Chunk(rs.getInt("chunk"), rs.getTimestamp("last_modified").toInstant()))
			.list();
	}

	private static Map<String, Object> params(Instant now, IdRange ids) {
		return new HashMap<>(Map.of("now", at(now), "from", ids.first(), "to", ids.last()));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A page's site path and when it last changed. */
	record Entry(String path, Instant lastModified) {
	}

	/** Ids from {@code first} to {@code last}, both included. */
	record IdRange(long first, long last) {

		static final IdRange ALL = new IdRange(1, Long.MAX_VALUE);

		/**
		 * The {@code number}th range (one-based) of {@code width} ids: 1 to width, width
		 * + 1 to 2 width...
		 */
		static IdRange numbered(int number, int width) {
			long first = (long) (number - 1) * width + 1;
			return new IdRange(first, first + width - 1);
		}

	}

	/**
	 * What a sitemap's content depends on, to tell its versions apart without reading it.
	 *
	 * @param lastModified the latest change, {@code null} when there are no pages
	 */
	record Version(long pages, long idSum, Instant lastModified) {
	}

	/**
	 * A numbered range of ids (see {@link IdRange#numbered}) and the latest change of its
	 * pages.
	 */
	record Chunk(int number, Instant lastModified) {
	}

	/** The SQL pieces that list one kind of page. */
	private record Pages(String id, String path, String lastModified, String from) {
	}

}
