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
 * Publishes newly opened jobs to the alerts, a batch of jobs at a time: each job is
 * recorded once, in order, in {@code alert_publications} (what alerts test, as
 * published), and one statement flags the instant alerts that match any job of the batch,
 * never one search per alert. Each alert keeps its keywords as a {@code tsquery} (built
 * like job search's) and its filters as columns; only plausible pairs are tested: alerts
 * sharing a word with the job (a GIN index on the query's words), followers of its
 * company, and the few alerts that match without any of their words (no keywords, or only
 * excluded ones). No (alert, job) rows are written: the sender finds an alert's jobs
 * again, above its high-water mark, when it mails ({@link AlertSender}). Daily and weekly
 * alerts are not flagged at all: they look when their digest is due.
 *
 * <p>
 * Jobs come from {@code alert_job_queue}, filled by a trigger in the transaction that
 * publishes the job. Publishing runs one batch at a time across all instances (an
 * advisory lock), so publication numbers become visible in order and a mark never skips
 * one.
 */
@Component
class AlertMatcher {

	/**
	 * What an alert asks of a publication {@code nj} besides its words: confirmed, not
	 * paused, and the filters. The sender tests the same.
	 */
	static final String FILTERS = """
			a.confirmed_at is not null and not a.paused
			        and (a.query is null or nj.search_document @@ a.query)
			        and (a.company_id is null or a.company_id = nj.company_id)
			        and (a.location_pattern is null or nj.location like a.location_pattern escape '\\')
			        and (a.sector_id is null or exists (select 1 from company_sectors cs
			            where cs.company_id = nj.company_id and cs.sector_id = a.sector_id))
			        and (a.employment_type is null or a.employment_type = nj.employment_type)
			        and (not a.remote_only or nj.remote)
			        and nj.posted_at >= a.confirmed_at
			""";

	private static final String PUBLISH = """
			insert into alert_publications (job_id, company_id, employment_type, remote, location, posted_at,
			    search_document)
			select j.id, j.company_id, j.employment_type, j.remote, lower(coalesce(j.location, '')), j.posted_at,
			    j.search_document
			from jobs j
			join companies c on c.id = j.company_id
			where j.id = any(:ids) and c.status = 'ACTIVE' and """ + OpenNow.SQL + """
			order by j.posted_at, j.id
			on conflict (job_id) do nothing
			returning seq
			""";

	/**
	 * The three kinds of candidates are disjoint: alerts with words (found through the
	 * GIN index on their words), followers without words (by company), and the other
	 * alerts without words (checked against every job; few). An alert that had nothing
	 * pending has dealt with every earlier publication (mailed it or did not match it),
	 * so its mark moves up to just before this batch and the sender looks at this batch
	 * only. The update takes each alert's row lock: a sender holding it finishes first,
	 * and the flag is set again after it.
	 */
	private static final String FLAG = """
			with new_jobs as (
			    select p.seq, p.company_id, p.employment_type, p.remote, p.location, p.search_document,
			        tsvector_to_array(p.search_document) as terms, p.posted_at
			    from alert_publications p
			    where p.seq between :first and :last
			),
			matched as (
			    select a.id
			    from new_jobs nj join alerts a on a.query_terms && nj.terms
			    where not a.scan_always and a.frequency = 'INSTANT' and FILTERS
			    union
			    select a.id
			    from new_jobs nj join alerts a on a.company_id = nj.company_id
			    where a.scan_always and a.frequency = 'INSTANT' and FILTERS
			    union
			    select a.id
			    from new_jobs nj cross join alerts a
			    where a.scan_always and a.company_id is null and a.frequency = 'INSTANT' and FILTERS
			)
			update alerts set has_pending = true,
			    sent_through_publication = case when has_pending then sent_through_publication
			        else greatest(sent_through_publication, :first - 1) end
			where id in (select id from matched)
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
	 * Publishes one batch of queued jobs, flags the instant alerts they match and takes
	 * them off the queue.
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
		List<Long> published = this.jdbc.sql(PUBLISH)
			.param("ids", jobIds.toArray(Long[]::new))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.list();
		if (!published.isEmpty()) {
			// Merged now, in bulk, so that the senders' lookups do not read through GIN's
			// pending list.
			this.jdbc.sql("select gin_clean_pending_list('alert_publications_document_idx'::regclass)")
				.query((rs, row) -> 1)
				.list();
			this.jdbc.sql(FLAG)
				.param("first", published.stream().mapToLong(Long::longValue).min().orElseThrow())
				.param("last", published.stream().mapToLong(Long::longValue).max().orElseThrow())
				.update();
		}
		return jobIds.size();
	}

	/**
	 * @return how many jobs were matched
	 */
	int matchAllQueued() {
		int total = 0;
		int batch;
		while ((batch = matchNextBatch()) > 0) {
			total += batch;
		}
		return total;
	}

	/**
	 * Forgets the words of publications that every alert's mark is past (instant alerts
	 * with nothing pending have dealt with everything published so far), so that the
	 * send-time index holds only what may still be mailed. The rows stay: a job is
	 * announced once.
	 * @return how many publications were forgotten
	 */
	int forgetPublicationsNoAlertNeeds() {
		return this.jdbc.sql("""
				update alert_publications set search_document = null
				where search_document is not null and seq <= (
				    select coalesce(min(sent_through_publication), (select max(seq) from alert_publications))
				    from alerts
				    where confirmed_at is not null and not paused and (frequency <> 'INSTANT' or has_pending))
				""").update();
	}

}
