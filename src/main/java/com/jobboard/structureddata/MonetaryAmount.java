package com.jobboard.structureddata;

import java.util.Currency;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schema.org {@code MonetaryAmount}, such as a salary.
 *
 * @param currency written as its ISO 4217 code
 */
@JsonPropertyOrder({ "@type" })
public record MonetaryAmount(Currency currency, QuantitativeValue value) {

	@JsonProperty("@type")
	public String type() {
		return "MonetaryAmount";
	}

}
