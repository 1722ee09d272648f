package com.jobboard.structureddata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A schema.org {@code Place}, known by its address. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "@type" })
public record Place(PostalAddress address) {

	@JsonProperty("@type")
	public String type() {
		return "Place";
	}

}
