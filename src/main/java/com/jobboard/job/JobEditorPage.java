package com.jobboard.job;

import java.time.Instant;
import java.util.List;

import com.jobboard.company.Company;

/**
 * What the job form page shows around the form: whose job it is, where it stands and
 * which buttons it offers. {@code jobId} is {@code null} for a job not saved yet.
 *
 * @param status the status people see now (an open job past its expiry is expired)
 * @param publicPath the job's public page, or {@code null} while it has none (a draft, or
 * a company that is not public)
 */
public record JobEditorPage(Long jobId, long companyId, String companyName, String title, JobStatus status,
		Instant postedAt, Instant expiresAt, Instant updatedAt, String publicPath, List<JobAction> actions) {

	static JobEditorPage forNewJob(long companyId, String companyName) {
		return new JobEditorPage(null, companyId, companyName, null, JobStatus.DRAFT, null, null, null, null,
				JobAction.availableFor(JobStatus.DRAFT));
	}

	/** The page of a job, read with its company. */
	static JobEditorPage of(Job job, Instant now) {
		JobStatus status = job.effectiveStatusAt(now);
		Company company = job.getCompany();
		boolean shown = job.wasPublished() && company.isPublic();
		String publicPath = shown ? "/jobs/" + job.getId() + "/" + job.getSlug() : null;
		return new JobEditorPage(job.getId(), company.getId(), company.getName(), job.getTitle(), status,
				job.getPostedAt(), job.getExpiresAt(), job.getUpdatedAt(), publicPath, JobAction.availableFor(status));
	}

	public boolean isNew() {
		return this.jobId == null;
	}

	/** Where the form posts. */
	public String formPath() {
		return isNew() ? JobPaths.newJob(this.companyId) : JobPaths.edit(this.jobId);
	}

	public String companyJobsPath() {
		return JobPaths.companyJobs(this.companyId);
	}

	/** The message code of the status's name, such as {@code jobStatus.OPEN}. */
	public String statusCode() {
		return "jobStatus." + this.status.name();
	}

}
