package com.jobboard.job;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import com.jobboard.address.Address;
import com.jobboard.structureddata.Country;
import com.jobboard.structureddata.MonetaryAmount;
import com.jobboard.structureddata.Organization;
import com.jobboard.structureddata.Place;
import com.jobboard.structureddata.PostalAddress;
import com.jobboard.structureddata.PropertyValue;
import com.jobboard.structureddata.QuantitativeValue;
import com.jobboard.web.SiteUrls;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes a job's {@link JobPosting} for search engines (Google's job search), from what
 * the job page shows. Closed jobs get none: a posting must only be marked up while people
 * can apply.
 */
@Component
class JobPostings {

	private final SiteUrls siteUrls;

	JobPostings(SiteUrls siteUrls) {
		this.siteUrls = siteUrls;
	}

	/** The posting of a job open at the given instant; empty for a closed one. */
	Optional<JobPosting> of(JobDetails job, Instant now) {
		if (!job.isOpenAt(now) || job.postedAt() == null) {
			return Optional.empty();
		}
		return Optional.of(new JobPosting(job.title(), description(job), utc(job.postedAt()), utc(job.expiresAt()),
				job.employmentType(), hiringOrganization(job), jobLocation(job),
				job.remote() ? JobPosting.TELECOMMUTE : null, applicantLocation(job), baseSalary(job),
				new PropertyValue(job.companyName(), Long.toString(job.id())), job.applyOnSite(),
				this.siteUrls.absolute(job.path())));
	}

	/**
	 * Google requires a description: a job without one is described by its title and
	 * company.
	 */
	private static String description(JobDetails job) {
		if (job.descriptionHtml() != null && !job.descriptionHtml().isBlank()) {
			return job.descriptionHtml();
		}
		return "<p>" + HtmlUtils.htmlEscape(job.title() + " – " + job.companyName(), "UTF-8") + "</p>";
	}

	/**
	 * The company with its logo and {@code sameAs}: its own site, then its social
	 * profiles. A company without any of these is named by its profile here.
	 */
	private Organization hiringOrganization(JobDetails job) {
		String profile = this.siteUrls.absolute(job.companyPath());
		String logo = (job.companyLogoPath() != null) ? this.siteUrls.absolute(job.companyLogoPath()) : null;
		List<String> sameAs = new ArrayList<>();
		if (job.companyWebsite() != null && !job.companyWebsite().isBlank()) {
			sameAs.add(job.companyWebsite());
		}
		sameAs.addAll(job.companySocialUrls());
		return Organization.nested(job.companyName(), profile, logo, sameAs.isEmpty() ? List.of(profile) : sameAs);
	}

	/**
	 * Where the work is done, with every address part the job gives. A remote job with no
	 * more than a country is fully remote: its country is where applicants must live, not
	 * an office, so it gets no location (Google reads a location next to TELECOMMUTE as a
	 * place people may also work at).
	 */
	private static Place jobLocation(JobDetails job) {
		Address address = job.address();
		boolean onlyCountry = address.locality() == null && !address.hasDetails();
		if (address.isEmpty() || (onlyCountry && job.remote())) {
			return null;
		}
		return new Place(PostalAddress.of(address));
	}

	private static Country applicantLocation(JobDetails job) {
		return (job.remote() && job.countryCode() != null) ? new Country(job.countryCode()) : null;
	}

	/**
	 * Only with a salary, a known ISO 4217 currency and a period: anything less would be
	 * wrong data.
	 */
	private static MonetaryAmount baseSalary(JobDetails job) {
		if ((job.salaryMin() == null && job.salaryMax() == null) || job.salaryPeriod() == null) {
			return null;
		}
		Optional<Currency> currency = currency(job.salaryCurrency());
		if (currency.isEmpty()) {
			return null;
		}
		return new MonetaryAmount(currency.get(),
				QuantitativeValue.between(job.salaryMin(), job.salaryMax(), job.salaryPeriod().name()));
	}

	private static Optional<Currency> currency(String code) {
		if (code == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Currency.getInstance(code));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC) : null;
	}

}
