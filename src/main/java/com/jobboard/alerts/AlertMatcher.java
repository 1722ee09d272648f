package com.jobboard.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import com.jobboard.job.OpenNow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches newly published jobs against every confirmed alert, a batch of jobs per statement,
 * never one search per alert: each alert keeps its keywords as a {@code tsquery} (built like job
 * search's) and its filters as columns, so PostgreSQL pairs jobs and alerts in one join. Only
 * plausible pairs are tested: alerts sharing a word with the job (a GIN index on the query's
 * words), followers of its company, and the few alerts that match without any of their words
 * (no keywords, or only excluded ones).
 *
 * <p>
 * Jobs come from {@code alert_job_queue}, filled by a trigger in the transaction that publishes the
 * job. Matching runs one batch at a time across all instances (an advisory lock), so match ids
 * become visible in order and the senders' per-alert high-water mark never skips a match.
 */
@Component
class AlertMatcher {

	/** What an alert asks of a job besides its words: confirmed, not paused, and the filters. */
	private static final String FILTERS = """
			a.confirmed_at is not null and not a.paused
			        and (a.query is null or a.query @@ nj.search_document)
			        and (a.company_id is null or a.company_id = nj.company_id)
			        and (a.location_pattern is null or nj.location like a.location_pattern escape '\\')
			        and (a.sector_id is null or exists (select 1 from company_sectors cs
			            where cs.company_id = nj.company_id and cs.sector_id = a.sector_id))
			        and (a.employment_type is null or a.employment_type = nj.employment_type)
			        and (not a.remote_only or nj.remote)
			        and nj.posted_at >= a.confirmed_at
			""";

	/**
	 * The three kinds of candidates are disjoint: alerts with words (found through the GIN index on
	 * their words), followers without words (by company), and the other alerts without words
	 * (checked against every job; few).
	 */
	private static final String MATCH = """
			with new_jobs as (
			    select j.id, j.company_id, j.employment_type, j.remote, lower(coalesce(j.location, '')) as location,
			        j.search_document, tsvector_to_array(j.search_document) as terms, j.posted_at
			    from jobs j
			    join companies c on c.id = j.company_id
			    where j.id = any(:ids) and c.status = 'ACTIVE' and """ + OpenNow.SQL + """
			),
			matched as (
			    insert into alert_matches (alert_id, job_id, matched_at)
			    select pairs.alert_id, pairs.job_id, :now
			    from (
			        select a.id as alert_id, nj.id as job_id
			        from new_jobs nj join alerts a on a.query_terms && nj.terms
			        where not a.scan_always and FILTERS
			        union all
			        select a.id, nj.id
			        from new_jobs nj join alerts a on a.company_id = nj.company_id
			        where a.scan_always and FILTERS
			        union all
			        select a.id, nj.id
			        from new_jobs nj cross join alerts a
			        where a.scan_always and a.company_id is null and FILTERS
			    ) pairs
			    on conflict (alert_id, job_id) do nothing
			    returning alert_id
			)
			update alerts set has_pending = true
			where id in (select alert_id from matched) and not has_pending
			""".replace("FILTERS", FILTERS);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AlertProperties properties;

	private final TransactionTemplate transaction;

	AlertMatcher(JdbcClient jdbc, Clock clock, AlertProperties properties, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Matches one batch of queued jobs against all alerts and takes them off the queue.
	 * @return how many jobs were taken (0 when the queue is empty)
	 */
	int matchNextBatch() {
		Integer taken = this.transaction.execute((tx) -> matchInTransaction());
		return (taken != null) ? taken : 0;
	}

	private int matchInTransaction() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended('jobboard.alerts.matcher', 0))")
			.query((rs, row) -> 1)
			.list();
		List<Long> jobIds = this.jdbc.sql("""
				delete from alert_job_queue where job_id in (
				    select job_id from alert_job_queue order by queued_at, job_id limit ?)
				returning job_id
				""").param(this.properties.matchBatch()).query(Long.class).list();
		if (jobIds.isEmpty()) {
			return 0;
		}
		this.jdbc.sql(MATCH)
			.param("ids", jobIds.toArray(Long[]::new))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return jobIds.size();
	}

	/** @return how many jobs were matched */
	int matchAllQueued() {
		int total = 0;
		int batch;
		while ((batch = matchNextBatch()) > 0) {
			total += batch;
		}
		return total;
	}

}
