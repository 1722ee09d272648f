package com.jobboard.job;

/** A job as lists name and link it, whatever its status. */
public record JobHeadline(long id, String slug, String title, long companyId, JobStatus status) {

	/** Whether it was ever published (drafts have no public page). */
	public boolean published() {
		return this.status != JobStatus.DRAFT;
	}

	public String path() {
		return "/jobs/" + this.id + "/" + this.slug;
	}

}
