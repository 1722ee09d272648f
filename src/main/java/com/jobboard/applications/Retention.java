package com.jobboard.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps applications no longer than the privacy notice says: they (with their CVs and
 * history) are deleted {@code jobboard.applications.retention} after their job closed. A
 * job closed when it passed its expiry, or, when it was marked filled, at its last change
 * (a later edit of a filled job only keeps them longer). The candidates' links that open
 * nothing any more go too. Admins can also erase everything about one address.
 */
@Component
class Retention {

	private static final Logger logger = LoggerFactory.getLogger(Retention.class);

	private final JdbcClient jdbc;

	private final ApplicationSettings settings;

	private final Clock clock;

	Retention(JdbcClient jdbc, ApplicationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Deletes what is past its time; runs every hour on every instance (deleting twice
	 * does no harm).
	 */
	@Scheduled(fixedDelayString = "${jobboard.applications.retention-check:PT1H}", initialDelayString = "PT2M")
	@Transactional
	public int deleteExpired() {
		Instant now = this.clock.instant();
		Timestamp cutoff = Timestamp.from(now.minus(this.settings.retention()));
		List<String> emailKeys = this.jdbc.sql("""
				delete from job_applications a using jobs j
				where j.id = a.job_id and (
				    (j.status in ('OPEN', 'EXPIRED') and j.expires_at is not null and j.expires_at <= ?)
				    or (j.status = 'FILLED' and j.updated_at <= ?))
				returning a.email_key
				""").params(cutoff, cutoff).query(String.class).list();
		forgetLinks();
		if (!emailKeys.isEmpty()) {
			logger.info("Deleted {} applications whose job closed more than {} ago", emailKeys.size(),
					this.settings.retention());
		}
		return emailKeys.size();
	}

	/**
	 * Erases everything stored about one address: its applications (CVs, history), its
	 * private links and the mails written to it. The daily counts keep their numbers,
	 * which name nobody.
	 * @return how many applications were deleted
	 */
	@Transactional
	public int erase(String email) {
		String key = CandidateLinks.emailKey(email);
		int deleted = this.jdbc.sql("delete from job_applications where email_key = ?").param(key).update();
		this.jdbc.sql("delete from candidate_links where email_key = ?").param(key).update();
		this.jdbc.sql("delete from mail_outbox where lower(to_address) = ? or lower(reply_to) = ?")
			.params(key, key)
			.update();
		logger.info("Erased the data of one e-mail address on request: {} applications", deleted);
		return deleted;
	}

	private void forgetLinks() {
		this.jdbc.sql("""
				delete from candidate_links l
				where not exists (select 1 from job_applications a where a.email_key = l.email_key)
				""").update();
	}

}
