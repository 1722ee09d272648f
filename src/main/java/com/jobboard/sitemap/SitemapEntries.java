package com.jobboard.sitemap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.jobboard.job.OpenNow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What crawlers may see, read straight from the tables in the order sitemaps list it: public
 * ({@code ACTIVE}) companies and the jobs open now at them, each with the time its page last
 * changed. "Open now" is the rule of the job pages: published ({@code OPEN}) and not past its
 * expiry.
 */
@Repository
class SitemapEntries {

	/**
	 * A company page changes with the company and with its published jobs: when one is edited, and
	 * when one expires (which happens with no write at all).
	 */
	private static final Pages COMPANY_PAGES = new Pages("'/companies/' || c.slug",
			"greatest(c.updated_at, j.jobs_updated_at, j.last_expiry)", """
					from companies c
					cross join lateral (
					    select max(updated_at) as jobs_updated_at,
					           max(expires_at) filter (where expires_at <= :now) as last_expiry
					    from jobs where company_id = c.id and status <> 'DRAFT'
					) j
					where c.status = 'ACTIVE'
					""", "c.id");

	/** A job page shows its company's name and logo too. */
	private static final Pages JOB_PAGES = new Pages("'/jobs/' || j.id || '/' || j.slug",
			"greatest(j.updated_at, c.updated_at)", """
					from jobs j join companies c on c.id = j.company_id
					where """ + OpenNow.SQL + """
					 and c.status = 'ACTIVE'
					""", "j.id");

	private final JdbcClient jdbc;

	SitemapEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long companyCount(Instant now) {
		return count(COMPANY_PAGES, now);
	}

	long openJobCount(Instant now) {
		return count(JOB_PAGES, now);
	}

	/** Public company pages in a stable order (by id), {@code limit} of them from {@code offset}. */
	List<Entry> companies(Instant now, long offset, int limit) {
		return page(COMPANY_PAGES, now, offset, limit);
	}

	/** Open job pages in a stable order (by id), {@code limit} of them from {@code offset}. */
	List<Entry> openJobs(Instant now, long offset, int limit) {
		return page(JOB_PAGES, now, offset, limit);
	}

	/** The latest change of each run of {@code size} company pages, in the order of {@link #companies}. */
	List<Instant> companyChunks(Instant now, int size) {
		return chunks(COMPANY_PAGES, now, size);
	}

	/** The latest change of each run of {@code size} job pages, in the order of {@link #openJobs}. */
	List<Instant> jobChunks(Instant now, int size) {
		return chunks(JOB_PAGES, now, size);
	}

	private long count(Pages pages, Instant now) {
		return this.jdbc.sql("select count(*) " + pages.from()).param("now", at(now)).query(Long.class).single();
	}

	private List<Entry> page(Pages pages, Instant now, long offset, int limit) {
		return this.jdbc
			.sql("select " + pages.path() + " as path, " + pages.lastModified() + " as last_modified " + pages.from()
					+ " order by " + pages.order() + " offset :offset limit :limit")
			.param("now", at(now))
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getString("path"), rs.getTimestamp("last_modified").toInstant()))
			.list();
	}

	private List<Instant> chunks(Pages pages, Instant now, int size) {
		return this.jdbc
			.sql("select chunk, max(last_modified) as last_modified from (select (row_number() over (order by "
					+ pages.order() + ") - 1) / :size as chunk, " + pages.lastModified() + " as last_modified "
					+ pages.from() + ") pages group by chunk order by chunk")
			.param("now", at(now))
			.param("size", size)
			.query((rs, row) -> rs.getTimestamp("last_modified").toInstant())
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A page's site path and when it last changed. */
	record Entry(String path, Instant lastModified) {
	}

	/** The SQL pieces that list one kind of page. */
	private record Pages(String path, String lastModified, String from, String order) {
	}

}
