package com.jobboard.job;

/** The addresses of the job admin pages, in one place. */
final class JobPaths {

	private JobPaths() {
	}

	static String allJobs() {
		return "/admin/jobs";
	}

	static String companyJobs(long companyId) {
		return "/admin/companies/" + companyId + "/jobs";
	}

	static String newJob(long companyId) {
		return companyJobs(companyId) + "/new";
	}

	static String edit(long jobId) {
		return "/admin/jobs/" + jobId + "/edit";
	}

}
