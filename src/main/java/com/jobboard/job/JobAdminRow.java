package com.jobboard.job;

import java.time.Instant;

/**
 * A job in the admin lists.
 *
 * @param status the stored status; {@link #seenAt} turns it into the one people see
 * @param companyPublic whether the company's pages (and so its jobs' pages) are public
 */
public record JobAdminRow(long id, String title, String slug, JobStatus status, Instant postedAt, Instant expiresAt,
		Instant createdAt, long companyId, String companyName, boolean companyPublic) {

	/**
	 * This row with the status people see at the given instant: an open job past its
	 * expiry is expired.
	 */
	JobAdminRow seenAt(Instant now) {
		boolean expired = this.status == JobStatus.OPEN && !OpenNow.isOpen(this.status, this.expiresAt, now);
		return expired ? new JobAdminRow(this.id, this.title, this.slug, JobStatus.EXPIRED, this.postedAt,
				this.expiresAt, this.createdAt, this.companyId, this.companyName, this.companyPublic) : this;
	}

	public String editPath() {
		return JobPaths.edit(this.id);
	}

	public String companyJobsPath() {
		return JobPaths.companyJobs(this.companyId);
	}

	/** The public page, for published jobs of public companies; drafts have none. */
	public String publicPath() {
		boolean shown = this.companyPublic && this.postedAt != null && this.status != JobStatus.DRAFT;
		return shown ? "/jobs/" + this.id + "/" + this.slug : null;
	}

	/** The message code of the status's name, such as {@code jobStatus.OPEN}. */
	public String statusCode() {
		return "jobStatus." + this.status.name();
	}

}
