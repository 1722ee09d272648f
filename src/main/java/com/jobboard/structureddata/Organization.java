package com.jobboard.structureddata;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schema.org {@code Organization}: on its own as a company page's document, or inside
 * another (a job posting's {@code hiringOrganization}). Properties that are {@code null}
 * or empty are left out.
 *
 * @param context {@code https://schema.org} for a document of its own, {@code null}
 * inside another
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "@context", "@type" })
public record Organization(@JsonProperty("@context") String context, String name, String url, String logo,
		List<String> sameAs, String description, LocalDate foundingDate, PostalAddress address,
		QuantitativeValue numberOfEmployees, String email, String telephone) {

	public Organization {
		sameAs = (sameAs != null) ? List.copyOf(sameAs) : List.of();
	}

	@JsonProperty("@type")
	public String type() {
		return "Organization";
	}

	/** The organization as one part of another document. */
	public static Organization nested(String name, String url, String logo, List<String> sameAs) {
		return new Organization(null, name, url, logo, sameAs, null, null, null, null, null, null);
	}

}
