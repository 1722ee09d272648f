package com.jobboard.applications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many applications wait with status NEW: the dashboards show it (as
 * {@code @newApplications}).
 */
@Component("newApplications")
public class NewApplications {

	private final JdbcClient jdbc;

	NewApplications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** On the whole board, for admins. */
	public long total() {
		return this.jdbc.sql("select count(*) from job_applications where status = 'NEW'").query(Long.class).single();
	}

	/** Of one company, for its team. */
	public long ofCompany(long companyId) {
		return this.jdbc.sql("select count(*) from job_applications where status = 'NEW' and company_id = ?")
			.param(companyId)
			.query(Long.class)
			.single();
	}

}
