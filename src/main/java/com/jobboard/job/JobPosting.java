package com.jobboard.job;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.jobboard.structureddata.Country;
import com.jobboard.structureddata.MonetaryAmount;
import com.jobboard.structureddata.Organization;
import com.jobboard.structureddata.Place;
import com.jobboard.structureddata.PropertyValue;

/**
 * A schema.org {@code JobPosting} with the properties Google asks for, built by
 * {@link JobPostings}. Absent properties ({@code null}) are left out of the JSON.
 *
 * @param description the job's description as HTML
 * @param datePosted when the job was published, in UTC, to the second
 * @param validThrough when applications close, or {@code null} for no set date
 * @param employmentType named as Google's enum (FULL_TIME, PART_TIME, CONTRACTOR, ...)
 * @param jobLocation where the work is done, when a location or country is given
 * @param jobLocationType {@code TELECOMMUTE} for remote jobs, else {@code null}
 * @param applicantLocationRequirements the country remote applicants must live in, when
 * given
 * @param baseSalary only when the job gives a salary
 * @param directApply whether people apply on this site (jobs that take applications here)
 * rather than only on the company's site or by e-mail
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "@type" })
record JobPosting(String title, String description, OffsetDateTime datePosted, OffsetDateTime validThrough,
		EmploymentType employmentType, Organization hiringOrganization, Place jobLocation, String jobLocationType,
		Country applicantLocationRequirements, MonetaryAmount baseSalary, PropertyValue identifier, boolean directApply,
		String url) {

	static final String TELECOMMUTE = "TELECOMMUTE";

	@JsonProperty("@context")
	public String context() {
		return "https://schema.org";
	}

	@JsonProperty("@type")
	public String type() {
		return "JobPosting";
	}

}
