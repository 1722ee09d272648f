package com.jobboard.job;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.jobboard.address.Address;

/**
 * A published job as its own page shows it, with the company that offers it.
 *
 * @param location the town or area as the employer wrote it: the address's locality
 * @param address the postal address of the workplace (its locality and country are
 * {@code location} and {@code countryCode})
 * @param companySocialUrls the company's social profiles, in the order its profile lists
 * them
 * @param applyOnSite whether candidates apply on this site (the job page's Apply form)
 */
public record JobDetails(long id, String slug, String title, EmploymentType employmentType, String location,
		String countryCode, boolean remote, BigDecimal salaryMin, BigDecimal salaryMax, String salaryCurrency,
		SalaryPeriod salaryPeriod, String descriptionHtml, String applyUrl, String applyEmail, JobStatus status,
		Instant postedAt, Instant expiresAt, Instant updatedAt, long companyId, String companySlug, String companyName,
		Long companyLogoId, String companyWebsite, Address address, List<String> companySocialUrls,
		boolean applyOnSite) {

	public JobDetails {
		address = (address != null) ? address : new Address(null, null, location, null, countryCode);
		companySocialUrls = (companySocialUrls != null) ? List.copyOf(companySocialUrls) : List.of();
	}

	/**
	 * As the repository's queries select it: the address parts and the company's social
	 * links as columns.
	 */
	public JobDetails(long id, String slug, String title, EmploymentType employmentType, String location,
			String countryCode, boolean remote, BigDecimal salaryMin, BigDecimal salaryMax, String salaryCurrency,
			SalaryPeriod salaryPeriod, String descriptionHtml, String applyUrl, String applyEmail, JobStatus status,
			Instant postedAt, Instant expiresAt, Instant updatedAt, long companyId, String companySlug,
			String companyName, Long companyLogoId, String companyWebsite, String streetAddress, String postalCode,
			String region, String linkedinUrl, String xUrl, String facebookUrl, String instagramUrl, String githubUrl,
			String youtubeUrl, boolean applyOnSite) {
		this(id, slug, title, employmentType, location, countryCode, remote, salaryMin, salaryMax, salaryCurrency,
				salaryPeriod, descriptionHtml, applyUrl, applyEmail, status, postedAt, expiresAt, updatedAt, companyId,
				companySlug, companyName, companyLogoId, companyWebsite,
				new Address(streetAddress, postalCode, location, region, countryCode),
				Stream.of(linkedinUrl, xUrl, facebookUrl, instagramUrl, githubUrl, youtubeUrl)
					.filter((url) -> url != null && !url.isBlank())
					.toList(),
				applyOnSite);
	}

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
		return OpenNow.isOpen(this.status, this.expiresAt, now);
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
