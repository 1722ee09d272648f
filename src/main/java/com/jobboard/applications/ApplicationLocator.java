package com.jobboard.applications;

import com.jobboard.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which company a job or an application belongs to, so that the inbox can ask
 * {@code companyAccess} about that company. Says nothing else about them; an unknown id
 * is a 404.
 */
@Component
class ApplicationLocator {

	private final JdbcClient jdbc;

	ApplicationLocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long companyOfJob(long jobId) {
		return this.jdbc.sql("select company_id from jobs where id = ?")
			.param(jobId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No job " + jobId));
	}

	long companyOfApplication(long applicationId) {
		return this.jdbc.sql("select company_id from job_applications where id = ?")
			.param(applicationId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No application " + applicationId));
	}

	long companyExists(long companyId) {
		return this.jdbc.sql("select id from companies where id = ?")
			.param(companyId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No company " + companyId));
	}

}
