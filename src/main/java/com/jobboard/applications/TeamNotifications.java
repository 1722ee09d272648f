package com.jobboard.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the company's team about new applications, as each member chose: a mail for each
 * one (the default), a daily digest, or nothing. The digest goes out once a day; several
 * instances may run it at the same moment, since each member's digest is claimed under a
 * row lock before it is written.
 */
@Component
class TeamNotifications {

	/**
	 * A digest is sent at most this often per member (a little under a day, so the daily
	 * run never skips one).
	 */
	static final Duration DIGEST_GAP = Duration.ofHours(20);

	private final TeamMembers team;

	private final ApplicationMails mails;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	TeamNotifications(TeamMembers team, ApplicationMails mails, JdbcClient jdbc, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.team = team;
		this.mails = mails;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * A new application (not an update of one): mails the members who want to hear of
	 * each.
	 */
	void applicationReceived(ApplyTarget target, long applicationId, String candidateName) {
		for (TeamMembers.Member member : this.team.of(target.companyId())) {
			if (member.frequency() == NotificationFrequency.EACH) {
				this.mails.newApplication(member.email(), member.locale(), target, applicationId, candidateName);
			}
		}
	}

	/** The member's choice, or every one when they never chose. */
	NotificationFrequency frequencyOf(long userId) {
		return this.jdbc.sql("select frequency from application_notification_settings where user_id = ?")
			.param(userId)
			.query((rs, row) -> NotificationFrequency.valueOf(rs.getString(1)))
			.optional()
			.orElse(NotificationFrequency.EACH);
	}

	/** Stores the member's choice, and the language their mails are written in. */
	void choose(long userId, NotificationFrequency frequency, Locale locale) {
		this.jdbc.sql("""
				insert into application_notification_settings (user_id, frequency, locale) values (?, ?, ?)
				on conflict (user_id) do update set frequency = excluded.frequency, locale = excluded.locale
				""").params(userId, frequency.name(), locale.getLanguage()).update();
	}

	/**
	 * Mails each member who chose the daily digest the applications that came in since
	 * their last one (or in the last day); none when there were none. Runs every morning;
	 * tests call it directly.
	 * @return how many digests were written
	 */
	@Scheduled(cron = "${jobboard.applications.digest-cron:0 0 7 * * *}", zone = "UTC")
	int sendDailyDigests() {
		int sent = 0;
		for (TeamMembers.DigestReader reader : this.team.dailyReaders()) {
			Boolean written = this.transactions.execute((tx) -> digest(reader));
			if (Boolean.TRUE.equals(written)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean digest(TeamMembers.DigestReader reader) {
		Instant now = this.clock.instant();
		Optional<Optional<Instant>> claimed = this.jdbc
			.sql("select last_digest_at from application_notification_settings where user_id = ? for update")
			.param(reader.member().userId())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional();
		if (claimed.isEmpty()) {
			return false;
		}
		Optional<Instant> last = claimed.get();
		if (last.isPresent() && last.get().isAfter(now.minus(DIGEST_GAP))) {
			return false;
		}
		Instant since = last.orElse(now.minus(Duration.ofDays(1)));
		List<ApplicationMails.DigestLine> lines = this.jdbc.sql("""
				select a.id, a.name, j.title, a.created_at from job_applications a join jobs j on j.id = a.job_id
				where a.company_id = ? and a.created_at > ? and a.created_at <= ?
				order by a.created_at, a.id
				""")
			.params(reader.companyId(), Timestamp.from(since), Timestamp.from(now))
			.query((rs, row) -> new ApplicationMails.DigestLine(rs.getLong("id"), rs.getString("name"),
					rs.getString("title")))
			.list();
		this.jdbc.sql("update application_notification_settings set last_digest_at = ? where user_id = ?")
			.params(Timestamp.from(now), reader.member().userId())
			.update();
		if (lines.isEmpty()) {
			return false;
		}
		this.mails.digest(reader.member().email(), reader.member().locale(), reader.companyId(), lines);
		return true;
	}

}
