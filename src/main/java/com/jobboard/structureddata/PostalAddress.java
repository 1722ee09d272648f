package com.jobboard.structureddata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schema.org {@code PostalAddress}.
 *
 * @param addressLocality the town or the place as people wrote it
 * @param addressCountry an ISO 3166-1 alpha-2 country code
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "@type" })
public record PostalAddress(String addressLocality, String addressCountry) {

	@JsonProperty("@type")
	public String type() {
		return "PostalAddress";
	}

}
