package com.jobboard.applications;

/**
 * A published job of a public company, as the Apply form needs it.
 *
 * @param open open to applicants now (published, not filled, not past its expiry)
 * @param onSite whether the job takes applications on this site
 */
record ApplyTarget(long jobId, String slug, String title, long companyId, String companyName, boolean open,
		boolean onSite) {

	public String jobPath() {
		return "/jobs/" + this.jobId + "/" + this.slug;
	}

	public boolean takesApplications() {
		return this.open && this.onSite;
	}

}
