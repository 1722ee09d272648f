package com.jobboard.job;

import java.math.BigDecimal;
import java.time.Instant;

/** A published job as its own page shows it, with the company that offers it. */
public record JobDetails(long id, String slug, String title, EmploymentType employmentType, String location,
		String countryCode, boolean remote, BigDecimal salaryMin, BigDecimal salaryMax, String salaryCurrency,
		SalaryPeriod salaryPeriod, String descriptionHtml, String applyUrl, String applyEmail, JobStatus status,
		Instant postedAt, Instant expiresAt, Instant updatedAt, long companyId, String companySlug,
		String companyName, Long companyLogoId, String companyWebsite, boolean applyOnSite) {

	public String path() {
		return "/jobs/" + this.id + "/" + this.slug;
	}

	public String companyPath() {
		return "/companies/" + this.companySlug;
	}

	public String companyLogoPath() {
		return (this.companyLogoId != null) ? "/logos/" + this.companyLogoId : null;
	}

	/** Open to applicants at the given instant. */
	public boolean isOpenAt(Instant now) {
		return this.status == JobStatus.OPEN && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

	/** Whether the job's page has the Apply form now. */
	public boolean takesApplicationsHereAt(Instant now) {
		return this.applyOnSite && isOpenAt(now);
	}

	public String salaryText() {
		return JobSummary.formatSalary(this.salaryMin, this.salaryMax, this.salaryCurrency, this.salaryPeriod);
	}

	public String where() {
		return JobSummary.describePlace(this.location, this.countryCode, this.remote);
	}

}
