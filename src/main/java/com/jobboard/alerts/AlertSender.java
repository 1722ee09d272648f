package com.jobboard.alerts;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.jobboard.job.EmploymentType;
import com.jobboard.job.JobSummary;
import com.jobboard.job.JobTexts;
import com.jobboard.job.OpenNow;
import com.jobboard.job.SalaryPeriod;
import com.jobboard.mail.MailOutbox;
import com.jobboard.mail.MailRenderer;
import com.jobboard.mail.OutgoingMail;
import com.jobboard.mail.RenderedMail;
import com.jobboard.web.SiteUrls;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what alerts have found: instant alerts as soon as the matcher flags them, daily
 * and weekly digests when due. Works in batches of {@link AlertProperties#sendBatch()}
 * alerts, in two steps: first, without any lock, it reads the due alerts with their
 * high-water marks, finds each one's jobs above its mark (one statement for the batch)
 * and renders their mails; then one short transaction takes the alerts
 * ({@code FOR UPDATE SKIP LOCKED}) whose marks are still the ones it read, stores their
 * mails in the outbox and moves their marks, all in that transaction. A mail is stored
 * exactly when its jobs are marked sent; an alert another instance (or this one) sent
 * meanwhile has another mark and is left to it, so a restart or a second instance can
 * neither lose nor repeat one.
 *
 * <p>
 * A mail lists only jobs published since the last mail (above the mark) that are still
 * open when it is built; jobs closed meanwhile are passed over. Nothing new and open: no
 * mail. Mails with the same jobs, language and frequency are rendered once
 * ({@link MailRenderer}).
 */
@Component
class AlertSender {

	/** What a due alert is read with: the stored alert and its mark. */
	private static final String DUE = """
			select a.id, a.address_id, e.email, a.kind, a.frequency, a.locale, a.keywords, a.location,
			    s.name as sector_name, a.employment_type, a.remote_only, a.company_id, c.name as company_name,
			    c.slug as company_slug, a.created_at, a.confirmed_at, a.paused, a.sent_through_publication
			from alerts a
			join alert_addresses e on e.id = a.address_id
			left join sectors s on s.id = a.sector_id
			left join companies c on c.id = a.company_id
			where a.confirmed_at is not null and not a.paused and a.id > :after
			    and ((a.frequency = 'INSTANT' and a.has_pending)
			        or (a.frequency <> 'INSTANT' and a.next_digest_at <= :now))
			order by a.id
			limit :batch
			""";

	/**
	 * The jobs of a batch of alerts, each alert looking up its candidates the way that
	 * suits it: by its words, by the followed company, or (few alerts without words)
	 * every publication above its mark.
	 */
	private static final String PENDING_JOBS = ("""
			with batch as (
			    select a.*, b.mark
			    from alerts a
			    join unnest(cast(:ids as bigint[]), cast(:marks as bigint[])) as b(id, mark) on b.id = a.id
			    where a.id = any(cast(:ids as bigint[]))
			),
			candidates as (
			    select a.id as alert_id, nj.job_id
			    from batch a join alert_publications nj on nj.search_document @@ a.query
			    where not a.scan_always and nj.seq > a.mark and nj.seq <= :high and FILTERS
			    union all
			    select a.id, nj.job_id
			    from batch a join alert_publications nj on nj.company_id = a.company_id
			        and nj.seq > a.mark and nj.seq <= :high and nj.search_document is not null
			    where a.scan_always and FILTERS
			    union all
			    select a.id, nj.job_id
			    from batch a join alert_publications nj on nj.seq > a.mark and nj.seq <= :high
			        and nj.search_document is not null
			    where a.scan_always and a.company_id is null and FILTERS
			),
			open_jobs as (
			    select m.alert_id, j.id, j.company_id, j.title, j.slug, j.employment_type, j.location, j.country_code,
			        j.remote, j.salary_min, j.salary_max, j.salary_currency, j.salary_period, j.posted_at, j.expires_at,
			        c.name as company_name,
			        count(*) over (partition by m.alert_id) as total,
			        row_number() over (partition by m.alert_id order by j.posted_at desc, j.id desc) as position
			    from candidates m
			    join jobs j on j.id = m.job_id
			    join companies c on c.id = j.company_id
			    where c.status = 'ACTIVE' and """ + OpenNow.SQL + """
			)
			select * from open_jobs where position <= :listed order by alert_id, position
			""").replace("FILTERS", AlertMatcher.FILTERS);

	private static final Set<String> PERSONAL = Set.of("alertTitle", "manageUrl");

	private final JdbcClient jdbc;

	private final JdbcTemplate batchJdbc;

	private final Clock clock;

	private final AlertProperties properties;

	private final TransactionTemplate transaction;

	private final MailOutbox outbox;

	private final AlertLinks links;

	private final AlertTitles titles;

	private final JobTexts jobTexts;

	private final SiteUrls siteUrls;

	AlertSender(JdbcClient jdbc, JdbcTemplate batchJdbc, Clock clock, AlertProperties properties,
			PlatformTransactionManager transactions, MailOutbox outbox, AlertLinks links, AlertTitles titles,
			JobTexts jobTexts, SiteUrls siteUrls) {
		this.jdbc = jdbc;
		this.batchJdbc = batchJdbc;
		this.clock = clock;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.outbox = outbox;
		this.links = links;
		this.titles = titles;
		this.jobTexts = jobTexts;
		this.siteUrls = siteUrls;
	}

	/**
	 * Sends every alert that is due, batch after batch. @return how many mails were
	 * queued
	 */
	int sendAllDue() {
		MailRenderer renderer = this.outbox.renderer();
		int mails = 0;
		long after = 0;
		while (true) {
			Batch batch = sendNextBatch(after, renderer);
			if (batch.read() == 0) {
				return mails;
			}
			mails += batch.mails();
			after = batch.lastAlert();
		}
	}

	/**
	 * Reads and renders the next due alerts after the given id without locks, then stores
	 * the mails of those whose marks did not move meanwhile and moves their marks, in one
	 * transaction.
	 */
	Batch sendNextBatch(long after, MailRenderer renderer) {
		Instant now = this.clock.instant();
		Map<Long, Long> marks = new LinkedHashMap<>();
		List<StoredAlert> due = this.jdbc.sql(DUE)
			.param("now", Timestamp.from(now))
			.param("after", after)
			.param("batch", this.properties.sendBatch())
			.query((rs, row) -> {
				StoredAlert alert = dueAlert(rs);
				marks.put(alert.id(), rs.getLong("sent_through_publication"));
				return alert;
			})
			.list();
		if (due.isEmpty()) {
			return new Batch(0, after, 0);
		}
		// Everything up to this publication is visible: publications are numbered one
		// batch at a time.
		long high = this.jdbc.sql("select coalesce(max(seq), 0) from alert_publications").query(Long.class).single();
		Map<Long, Pending> pending = pendingJobs(due, marks, high, now);
		Map<Long, RenderedMail> mails = new HashMap<>();
		for (StoredAlert alert : due) {
			Pending found = pending.get(alert.id());
			if (found != null) {
				mails.put(alert.id(), renderer.render(mail(alert, found), PERSONAL));
			}
		}
		Integer stored = this.transaction.execute((tx) -> store(due, marks, mails, high, now));
		return new Batch(due.size(), due.get(due.size() - 1).id(), (stored != null) ? stored : 0);
	}

	/**
	 * Takes the alerts still as read, stores their mails and moves their marks. @return
	 * how many mails
	 */
	private int store(List<StoredAlert> due, Map<Long, Long> marks, Map<Long, RenderedMail> mails, long high,
			Instant now) {
		List<Long> taken = this.jdbc.sql("""
				select a.id from alerts a
				join unnest(cast(:ids as bigint[]), cast(:marks as bigint[])) as b(id, mark) on b.id = a.id
				where a.sent_through_publication = b.mark and a.confirmed_at is not null and not a.paused
				    and ((a.frequency = 'INSTANT' and a.has_pending)
				        or (a.frequency <> 'INSTANT' and a.next_digest_at <= :now))
				order by a.id
				for update of a skip locked
				""")
			.param("ids", marks.keySet().toArray(Long[]::new))
			.param("marks", marks.values().toArray(Long[]::new))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
		List<RenderedMail> stored = new ArrayList<>();
		List<Object[]> moves = new ArrayList<>();
		for (Long id : taken) {
			RenderedMail mail = mails.get(id);
			if (mail != null) {
				stored.add(mail);
			}
			Timestamp at = Timestamp.from(now);
			moves.add(new Object[] { high, (mail != null) ? at : null, at, at, at, at, id });
		}
		this.outbox.enqueueAll(stored);
		this.batchJdbc.batchUpdate(
				"""
						update alerts set sent_through_publication = greatest(sent_through_publication, ?), has_pending = false,
						    last_mail_at = coalesce(?, last_mail_at),
						    next_digest_at = case frequency
						        when 'INSTANT' then null
						        when 'DAILY' then case when next_digest_at + interval '1 day' > ? then next_digest_at + interval '1 day'
						            else cast(? as timestamptz) + interval '1 day' end
						        else case when next_digest_at + interval '7 days' > ? then next_digest_at + interval '7 days'
						            else cast(? as timestamptz) + interval '7 days' end
						    end
						where id = ?
						""",
				moves);
		return stored.size();
	}

	/**
	 * The claimed alerts' jobs: publications above each alert's mark and up to
	 * {@code high} that match it, and are still open now; the newest
	 * {@link AlertProperties#jobsPerMail()} of each with how many there are. One
	 * statement for the whole batch, each alert looking its jobs up the way that suits
	 * it: by its words (the GIN index on the published words), by the followed company,
	 * or, for the few alerts without words, through the publications above its mark.
	 */
	private Map<Long, Pending> pendingJobs(List<StoredAlert> alerts, Map<Long, Long> marks, long high, Instant now) {
		Map<Long, Pending> pending = new LinkedHashMap<>();
		this.jdbc.sql(PENDING_JOBS)
			.param("ids", alerts.stream().map(StoredAlert::id).toArray(Long[]::new))
			.param("marks", alerts.stream().map((alert) -> marks.get(alert.id())).toArray(Long[]::new))
			.param("high", high)
			.param("now", Timestamp.from(now))
			.param("listed", this.properties.jobsPerMail())
			.query((rs) -> {
				Pending forAlert = pending.computeIfAbsent(rs.getLong("alert_id"), (id) -> new Pending());
				forAlert.total = rs.getInt("total");
				forAlert.listed.add(new MailedJob(job(rs), rs.getString("company_name")));
			});
		return pending;
	}

	private OutgoingMail mail(StoredAlert alert, Pending found) {
		Locale locale = alert.locale();
		List<MailedJob> listed = found.listed;
		String title = this.titles.of(alert, locale);
		List<Map<String, String>> jobs = new ArrayList<>();
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			for (MailedJob job : listed) {
				jobs.add(Map.of("title", job.job().title(), "company", job.companyName(), "place",
						this.jobTexts.where(job.job()), "salary", this.jobTexts.salary(job.job()), "url",
						this.siteUrls.absolute(job.job().path())));
			}
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
		String unsubscribe = this.links.unsubscribeUrl(alert.id());
		return OutgoingMail.to(alert.email(), locale)
			.template("alerts/digest")
			.with("alertTitle", title)
			.with("frequency", alert.frequency().name())
			.with("jobs", jobs)
			.with("total", found.total)
			.with("more", found.total - listed.size())
			.with("manageUrl", this.links.manageUrl(alert.addressId()))
			.subject(found.total, title)
			.unsubscribe(URI.create(unsubscribe))
			.build();
	}

	private static StoredAlert dueAlert(ResultSet rs) throws SQLException {
		String type = rs.getString("employment_type");
		long companyId = rs.getLong("company_id");
		Long company = rs.wasNull() ? null : companyId;
		return new StoredAlert(rs.getLong("id"), rs.getLong("address_id"), rs.getString("email"),
				AlertKind.valueOf(rs.getString("kind")), AlertFrequency.valueOf(rs.getString("frequency")),
				Locale.forLanguageTag(rs.getString("locale")), rs.getString("keywords"), rs.getString("location"),
				rs.getString("sector_name"), (type != null) ? EmploymentType.valueOf(type) : null,
				rs.getBoolean("remote_only"), company, rs.getString("company_name"), rs.getString("company_slug"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("confirmed_at").toInstant(),
				rs.getBoolean("paused"));
	}

	private static JobSummary job(ResultSet rs) throws SQLException {
		String period = rs.getString("salary_period");
		Timestamp expires = rs.getTimestamp("expires_at");
		BigDecimal min = rs.getBigDecimal("salary_min");
		BigDecimal max = rs.getBigDecimal("salary_max");
		return new JobSummary(rs.getLong("id"), rs.getLong("company_id"), rs.getString("title"), rs.getString("slug"),
				EmploymentType.valueOf(rs.getString("employment_type")), rs.getString("location"),
				rs.getString("country_code"), rs.getBoolean("remote"), min, max, rs.getString("salary_currency"),
				(period != null) ? SalaryPeriod.valueOf(period) : null, rs.getTimestamp("posted_at").toInstant(),
				(expires != null) ? expires.toInstant() : null);
	}

	/**
	 * What one batch did.
	 *
	 * @param read how many due alerts it read
	 * @param lastAlert the highest alert id it read: the next batch starts after it
	 * @param mails how many mails it stored
	 */
	record Batch(int read, long lastAlert, int mails) {
	}

	private record MailedJob(JobSummary job, String companyName) {
	}

	/** An alert's new jobs still open: how many, and the newest of them to list. */
	private static final class Pending {

		int total;

		final List<MailedJob> listed = new ArrayList<>();

	}

}
