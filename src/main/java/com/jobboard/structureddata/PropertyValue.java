package com.jobboard.structureddata;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schema.org {@code PropertyValue}: a named value, such as an identifier and who issued
 * it.
 */
@JsonPropertyOrder({ "@type" })
public record PropertyValue(String name, String value) {

	@JsonProperty("@type")
	public String type() {
		return "PropertyValue";
	}

}
