package com.jobboard.team;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A company's activity log: who did what, and when. Written in the transaction of the
 * change it describes, so that a change that rolls back leaves no line.
 */
@Component
class ActivityLog {

	/** How many lines the team page shows, newest first. */
	static final int SHOWN = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param actorId who did it ({@code null} for nobody signed in, such as a new member
	 * accepting)
	 * @param subject what it was done to: a member's address, a job's title ({@code null}
	 * for the profile)
	 */
	void record(long companyId, ActivityKind kind, Long actorId, String actorEmail, String subject) {
		this.jdbc.sql("""
				insert into company_activity (company_id, kind, actor_id, actor_email, subject, at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(companyId, kind.name(), actorId, actorEmail, shorten(subject),
					OffsetDateTime.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC))
			.update();
	}

	List<Entry> recent(long companyId) {
		return this.jdbc.sql("""
				select kind, actor_email, subject, at from company_activity
				where company_id = ?
				order by at desc, id desc
				limit ?
				""")
			.params(companyId, SHOWN)
			.query((rs, row) -> new Entry(ActivityKind.valueOf(rs.getString("kind")), rs.getString("actor_email"),
					rs.getString("subject"), rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static String shorten(String subject) {
		return (subject != null && subject.length() > 300) ? subject.substring(0, 300) : subject;
	}

	/** One line of the log. */
	record Entry(ActivityKind kind, String actorEmail, String subject, Instant at) {

		/** The message key of the line's text. */
		public String messageKey() {
			return "team.activity." + this.kind.name();
		}

	}

}
