package com.jobboard.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happened to each application, oldest first: received, updated by the candidate,
 * status changes.
 */
@Component
class ApplicationHistory {

	private final JdbcClient jdbc;

	ApplicationHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void received(long applicationId, Instant at) {
		record(applicationId, "RECEIVED", ApplicationStatus.NEW, null, "", false, at);
	}

	void updated(long applicationId, Instant at) {
		record(applicationId, "UPDATED", null, null, "", false, at);
	}

	void statusChanged(long applicationId, ApplicationStatus status, long userId, String note, boolean candidateMailed,
			Instant at) {
		record(applicationId, "STATUS", status, userId, note, candidateMailed, at);
	}

	private void record(long applicationId, String kind, ApplicationStatus status, Long userId, String note,
			boolean candidateMailed, Instant at) {
		this.jdbc.sql("""
				insert into application_events (application_id, at, kind, status, actor_user_id, note, candidate_mailed)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(applicationId, Timestamp.from(at), kind, (status != null) ? status.name() : null, userId,
					(note != null) ? note : "", candidateMailed)
			.update();
	}

	List<Event> of(long applicationId) {
		return this.jdbc.sql("""
				select e.at, e.kind, e.status, u.email as actor, e.note, e.candidate_mailed
				from application_events e left join users u on u.id = e.actor_user_id
				where e.application_id = ?
				order by e.at, e.id
				""")
			.param(applicationId)
			.query((rs, row) -> new Event(rs.getTimestamp("at").toInstant(), rs.getString("kind"),
					(rs.getString("status") != null) ? ApplicationStatus.valueOf(rs.getString("status")) : null,
					rs.getString("actor"), rs.getString("note"), rs.getBoolean("candidate_mailed")))
			.list();
	}

	/**
	 * One entry of the history; {@code actor} is the team member's address for status
	 * changes.
	 */
	record Event(Instant at, String kind, ApplicationStatus status, String actor, String note,
			boolean candidateMailed) {
	}

}
