package com.jobboard.structureddata;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schema.org {@code Country}.
 *
 * @param name an ISO 3166-1 alpha-2 country code
 */
@JsonPropertyOrder({ "@type" })
public record Country(String name) {

	@JsonProperty("@type")
	public String type() {
		return "Country";
	}

}
