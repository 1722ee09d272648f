package com.jobboard.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions, on every instance at once, by deleting their Spring Session
 * rows (the attributes go with them). Spring Session names a session's principal by the
 * signed-in user's e-mail address exactly as stored, which never changes.
 */
@Component
class UserSessions {

	private final JdbcClient jdbc;

	UserSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Signs the user out everywhere; returns the number of sessions ended. */
	int endAll(String email) {
		return this.jdbc.sql("delete from spring_session where principal_name = ?").param(email).update();
	}

	/**
	 * Signs the user out everywhere except in the given session (their own, current one).
	 */
	int endAllExcept(String email, String keptSessionId) {
		if (keptSessionId == null) {
			return endAll(email);
		}
		return this.jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
			.params(email, keptSessionId)
			.update();
	}

}
