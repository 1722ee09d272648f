package com.jobboard.job;

/**
 * A job in the search results, with the company that offers it.
 *
 * @param companyLogoId the company's logo, or {@code null} when it has none
 */
public record JobListing(JobSummary job, String companyName, String companySlug, Long companyLogoId) {

	public String companyPath() {
		return "/companies/" + this.companySlug;
	}

	public String companyLogoPath() {
		return (this.companyLogoId != null) ? "/logos/" + this.companyLogoId : null;
	}

}
