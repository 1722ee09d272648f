package com.jobboard.applications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a candidate sees through their private link: every application sent from that
 * address, with its status, and withdrawing one, which deletes it (and its CV and
 * history) at once.
 */
@Service
class CandidateApplications {

	private final JdbcClient jdbc;

	private final CandidateLinks links;

	CandidateApplications(JdbcClient jdbc, CandidateLinks links) {
		this.jdbc = jdbc;
		this.links = links;
	}

	/**
	 * The applications of the address the token stands for; empty for an unknown token.
	 */
	@Transactional(readOnly = true)
	public Optional<List<Row>> of(String token) {
		return this.links.emailKeyOf(token).map(this::applicationsOf);
	}

	private List<Row> applicationsOf(String emailKey) {
		return this.jdbc.sql("""
				select a.id, a.name, a.status, a.created_at, a.updated_at, j.id as job_id, j.slug, j.title,
				    c.name as company_name
				from job_applications a join jobs j on j.id = a.job_id join companies c on c.id = a.company_id
				where a.email_key = ?
				order by a.created_at desc, a.id desc
				""")
			.param(emailKey)
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getString("name"),
					ApplicationStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("updated_at")),
					"/jobs/" + rs.getLong("job_id") + "/" + rs.getString("slug"), rs.getString("title"),
					rs.getString("company_name")))
			.list();
	}

	/**
	 * Deletes the application if it is one of the token's address.
	 * @return whether the address still has applications (and so the link still opens
	 * something); empty when the token or the application is not known
	 */
	@Transactional
	public Optional<Boolean> withdraw(String token, long applicationId) {
		Optional<String> emailKey = this.links.emailKeyOf(token);
		if (emailKey.isEmpty()) {
			return Optional.empty();
		}
		int deleted = this.jdbc.sql("delete from job_applications where id = ? and email_key = ?")
			.params(applicationId, emailKey.get())
			.update();
		if (deleted == 0) {
			return Optional.empty();
		}
		this.links.forgetUnused(emailKey.get());
		return Optional.of(!applicationsOf(emailKey.get()).isEmpty());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	/** One application as its candidate sees it. */
	record Row(long id, String name, ApplicationStatus status, Instant sentAt, Instant updatedAt, String jobPath,
			String jobTitle, String companyName) {
	}

}
