package com.jobboard.structureddata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.jobboard.address.Address;

/**
 * A schema.org {@code PostalAddress}; parts that are {@code null} are left out.
 *
 * @param addressLocality the town or the place as people wrote it
 * @param addressCountry an ISO 3166-1 alpha-2 country code
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "@type" })
public record PostalAddress(String streetAddress, String postalCode, String addressLocality, String addressRegion,
		String addressCountry) {

	public static PostalAddress of(Address address) {
		return new PostalAddress(address.streetAddress(), address.postalCode(), address.locality(), address.region(),
				address.countryCode());
	}

	@JsonProperty("@type")
	public String type() {
		return "PostalAddress";
	}

}
