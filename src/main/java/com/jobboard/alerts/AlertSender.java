package com.jobboard.alerts;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jobboard.job.EmploymentType;
import com.jobboard.job.JobSummary;
import com.jobboard.job.JobTexts;
import com.jobboard.job.OpenNow;
import com.jobboard.job.SalaryPeriod;
import com.jobboard.mail.MailOutbox;
import com.jobboard.mail.OutgoingMail;
import com.jobboard.web.SiteUrls;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what alerts have found: instant alerts as soon as they have a match, daily and weekly
 * digests when due. Works in batches: one transaction claims up to
 * {@link AlertProperties#sendBatch()} alerts ({@code FOR UPDATE SKIP LOCKED}, so another instance
 * takes other alerts), reads all their new matches in one statement, enqueues one mail per alert
 * that has new open jobs in the outbox, and moves each alert's high-water mark past everything it
 * read, all in that transaction: a mail is queued exactly when its matches are marked sent, and a
 * restart or a second instance can neither lose nor repeat one.
 *
 * <p>
 * A mail lists only jobs matched since the last mail (above the mark) that are still open when it
 * is built; matches of jobs closed meanwhile are passed over. Nothing new and open: no mail.
 */
@Component
class AlertSender {

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

	AlertSender(JdbcClient jdbc, JdbcTemplate batchJdbc, Clock clock, AlertProperties properties, PlatformTransactionManager transactions,
			MailOutbox outbox, AlertLinks links, AlertTitles titles, JobTexts jobTexts, SiteUrls siteUrls) {
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

	/** Sends every alert that is due, batch after batch. @return how many mails were queued */
	int sendAllDue() {
		int mails = 0;
		while (true) {
			Batch batch = this.transaction.execute((tx) -> sendNextBatch());
			if (batch == null || batch.claimed() == 0) {
				return mails;
			}
			mails += batch.mails();
		}
	}

	/** One transaction: claims due alerts, queues their mails, marks their matches dealt with. */
	Batch sendNextBatch() {
		Instant now = this.clock.instant();
		List<StoredAlert> claimed = this.jdbc.sql("""
				select a.id, a.address_id, e.email, a.kind, a.frequency, a.locale, a.keywords, a.location,
				    s.name as sector_name, a.employment_type, a.remote_only, a.company_id, c.name as company_name,
				    c.slug as company_slug, a.created_at, a.confirmed_at, a.paused
				from alerts a
				join alert_addresses e on e.id = a.address_id
				left join sectors s on s.id = a.sector_id
				left join companies c on c.id = a.company_id
				where a.confirmed_at is not null and not a.paused
				    and ((a.frequency = 'INSTANT' and a.has_pending)
				        or (a.frequency <> 'INSTANT' and a.next_digest_at <= :now))
				order by a.id
				limit :batch
				for update of a skip locked
				""")
			.param("now", Timestamp.from(now))
			.param("batch", this.properties.sendBatch())
			.query(AlertSender::claimedAlert)
			.list();
		if (claimed.isEmpty()) {
			return new Batch(0, 0);
		}
		Map<Long, Pending> pending = pendingMatches(claimed, now);
		int mails = 0;
		List<Object[]> marks = new ArrayList<>();
		for (StoredAlert alert : claimed) {
			Pending found = pending.getOrDefault(alert.id(), new Pending());
			boolean mailed = !found.open.isEmpty();
			if (mailed) {
				this.outbox.enqueue(mail(alert, found));
				mails++;
			}
			marks.add(new Object[] { found.highestMatch, mailed ? Timestamp.from(now) : null, Timestamp.from(now),
					Timestamp.from(now), alert.id() });
		}
		this.batchJdbc.batchUpdate("""
				update alerts set sent_through_match = greatest(sent_through_match, ?), has_pending = false,
				    last_mail_at = coalesce(?, last_mail_at),
				    next_digest_at = case frequency
				        when 'INSTANT' then null
				        when 'DAILY' then case when next_digest_at + interval '1 day' > ? then next_digest_at + interval '1 day'
				            else cast(? as timestamptz) + interval '1 day' end
				        else case when next_digest_at + interval '7 days' > ? then next_digest_at + interval '7 days'
				            else cast(? as timestamptz) + interval '7 days' end
				    end
				where id = ?
				""", expand(marks));
		return new Batch(claimed.size(), mails);
	}

	private static List<Object[]> expand(List<Object[]> marks) {
		List<Object[]> rows = new ArrayList<>(marks.size());
		for (Object[] mark : marks) {
			rows.add(new Object[] { mark[0], mark[1], mark[2], mark[2], mark[3], mark[3], mark[4] });
		}
		return rows;
	}

	/** The claimed alerts' matches above their marks, each with whether its job is open now, newest job first. */
	private Map<Long, Pending> pendingMatches(List<StoredAlert> alerts, Instant now) {
		Map<Long, Pending> pending = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.alert_id, m.id as match_id, j.id, j.company_id, j.title, j.slug, j.employment_type, j.location,
				    j.country_code, j.remote, j.salary_min, j.salary_max, j.salary_currency, j.salary_period,
				    j.posted_at, j.expires_at, c.name as company_name,
				    (""" + OpenNow.SQL + """
				 and c.status = 'ACTIVE') as open
				from alert_matches m
				join alerts a on a.id = m.alert_id
				join jobs j on j.id = m.job_id
				join companies c on c.id = j.company_id
				where m.alert_id = any(:ids) and m.id > a.sent_through_match
				order by m.alert_id, j.posted_at desc, j.id desc
				""")
			.param("ids", alerts.stream().map(StoredAlert::id).toArray(Long[]::new))
			.param("now", Timestamp.from(now))
			.query((rs) -> {
				Pending forAlert = pending.computeIfAbsent(rs.getLong("alert_id"), (id) -> new Pending());
				forAlert.highestMatch = Math.max(forAlert.highestMatch, rs.getLong("match_id"));
				if (rs.getBoolean("open")) {
					forAlert.open.add(new MailedJob(job(rs), rs.getString("company_name")));
				}
			});
		return pending;
	}

	private OutgoingMail mail(StoredAlert alert, Pending found) {
		Locale locale = alert.locale();
		List<MailedJob> listed = found.open.subList(0, Math.min(found.open.size(), this.properties.jobsPerMail()));
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
			.with("total", found.open.size())
			.with("more", found.open.size() - listed.size())
			.with("manageUrl", this.links.manageUrl(alert.addressId()))
			.subject(found.open.size(), title)
			.unsubscribe(URI.create(unsubscribe))
			.build();
	}

	private static StoredAlert claimedAlert(ResultSet rs, int row) throws SQLException {
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

	/** What one batch did. */
	record Batch(int claimed, int mails) {
	}

	private record MailedJob(JobSummary job, String companyName) {
	}

	/** An alert's new matches: the highest match id read, and the jobs still open. */
	private static final class Pending {

		long highestMatch;

		final List<MailedJob> open = new ArrayList<>();

	}

}
