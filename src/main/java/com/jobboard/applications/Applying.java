package com.jobboard.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.job.OpenNow;
import com.jobboard.limits.ActionLimits;
import com.jobboard.limits.LimitedAction;
import com.jobboard.web.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Candidates applying to an open job that takes applications on the site. A valid
 * application is stored with its CV (or updates the candidate's earlier application to
 * the same job), the candidate is mailed a private link to their applications, and the
 * team hears of a new one. A bot (the honeypot is filled in) gets the same answer and
 * nothing is stored; applications per client address are limited per hour.
 */
@Service
class Applying {

	private static final Logger logger = LoggerFactory.getLogger(Applying.class);

	private final JdbcClient jdbc;

	private final ApplicationRepository applications;

	private final CvCheck cvCheck;

	private final ApplicationHistory history;

	private final CandidateLinks links;

	private final ApplicationMails mails;

	private final TeamNotifications notifications;

	private final ActionLimits limits;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Applying(JdbcClient jdbc, ApplicationRepository applications, CvCheck cvCheck, ApplicationHistory history,
			CandidateLinks links, ApplicationMails mails, TeamNotifications notifications, ActionLimits limits,
			Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.cvCheck = cvCheck;
		this.history = history;
		this.links = links;
		this.mails = mails;
		this.notifications = notifications;
		this.limits = limits;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * A published job of a public company (open or not), or empty for drafts, hidden
	 * companies and unknown ids.
	 */
	Optional<ApplyTarget> target(long jobId) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select j.id, j.slug, j.title, c.id as company_id, c.name as company_name, j.apply_on_site,
				    (""" + OpenNow.SQL + """
				) as open
				from jobs j join companies c on c.id = j.company_id
				where j.id = :id and j.status <> 'DRAFT' and c.status = 'ACTIVE'
				""")
			.param("now", Timestamp.from(now))
			.param("id", jobId)
			.query((rs, row) -> new ApplyTarget(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					rs.getLong("company_id"), rs.getString("company_name"), rs.getBoolean("open"),
					rs.getBoolean("apply_on_site")))
			.optional();
	}

	/**
	 * Takes an application, or says why not (form errors are added to {@code errors}).
	 * @param address the client's address, for the per-address limit
	 */
	Outcome apply(long jobId, ApplyForm form, Errors errors, String address) {
		Optional<ApplyTarget> found = target(jobId);
		if (found.isEmpty() || !found.get().takesApplications()) {
			return Outcome.CLOSED;
		}
		ApplyTarget target = found.get();
		Optional<CvCheck.CheckedCv> cv = this.cvCheck.check(form.getCv(), errors);
		if (form.getEmail() != null && !errors.hasFieldErrors("email")
				&& !ApplicationMails.isDeliverable(form.getEmail())) {
			errors.rejectValue("email", "applications.error.email.invalid");
		}
		if (!form.isFromBot() && errors.hasErrors()) {
			return Outcome.INVALID;
		}
		Locale locale = Messages.locale();
		return this.transactions.execute((tx) -> {
			ActionLimits.Decision decision = this.limits.tryTakeForAddress(address, LimitedAction.APPLICATION);
			if (!decision.allowed()) {
				ActionLimits.reject(errors, decision);
				return new Outcome(Result.LIMITED, decision);
			}
			if (form.isFromBot() || cv.isEmpty()) {
				logger.info("Ignored an application from {}: the honeypot field was filled in", address);
				return Outcome.ACCEPTED;
			}
			store(target, form, cv.get(), locale);
			return Outcome.ACCEPTED;
		});
	}

	private void store(ApplyTarget target, ApplyForm form, CvCheck.CheckedCv cv, Locale locale) {
		Instant now = this.clock.instant();
		String emailKey = CandidateLinks.emailKey(form.getEmail());
		// Two sends of one application at once (a double click, two tabs, two client
		// addresses) wait for each
		// other here, so the second updates what the first made instead of failing on the
		// unique key.
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params((int) target.jobId(), emailKey)
			.query((rs, row) -> 1)
			.list();
		Optional<JobApplication> earlier = this.applications.findByJobIdAndEmailKey(target.jobId(), emailKey);
		JobApplication application = earlier
			.orElseGet(() -> new JobApplication(target.jobId(), target.companyId(), form.getEmail(), now));
		application.fill(form, locale.getLanguage(), now);
		application = this.applications.saveAndFlush(application);
		long id = application.getId();
		this.jdbc.sql("""
				insert into application_cvs (application_id, file_name, content_type, bytes, sha256)
				values (?, ?, ?, ?, ?)
				on conflict (application_id) do update set file_name = excluded.file_name,
				    content_type = excluded.content_type, bytes = excluded.bytes, sha256 = excluded.sha256
				""").params(id, cv.fileName(), cv.contentType(), cv.bytes(), sha256(cv.bytes())).update();
		if (earlier.isPresent()) {
			this.history.updated(id, now);
		}
		else {
			this.history.received(id, now);
			this.jdbc.sql("""
					insert into job_daily_applications (job_id, day, applications) values (?, ?, 1)
					on conflict (job_id, day) do update set applications = job_daily_applications.applications + 1
					""").params(target.jobId(), LocalDate.ofInstant(now, ZoneOffset.UTC)).update();
			this.notifications.applicationReceived(target, id, application.getName());
		}
		String token = this.links.create(form.getEmail(), now);
		this.mails.confirmation(form.getEmail(), locale, form.getName(), target, token, earlier.isPresent());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	enum Result {

		/** The form has errors: show it again. */
		INVALID,
		/** Too many applications from this address this hour. */
		LIMITED,
		/**
		 * The job does not take applications (closed, filled, expired, or not on this
		 * site).
		 */
		CLOSED,
		/** Received (or ignored, for a bot: the same answer). */
		ACCEPTED

	}

	record Outcome(Result result, ActionLimits.Decision decision) {

		static final Outcome INVALID = new Outcome(Result.INVALID, null);

		static final Outcome CLOSED = new Outcome(Result.CLOSED, null);

		static final Outcome ACCEPTED = new Outcome(Result.ACCEPTED, null);

	}

}
