package com.jobboard.structureddata;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schema.org {@code QuantitativeValue}: one value, or a range open at either end.
 *
 * @param unitText for salaries one of HOUR, DAY, WEEK, MONTH, YEAR; otherwise
 * {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@type" })
public record QuantitativeValue(BigDecimal value, BigDecimal minValue, BigDecimal maxValue, String unitText) {

	@JsonProperty("@type")
	public String type() {
		return "QuantitativeValue";
	}

	/**
	 * A range, or a single value when both ends are the same.
	 * @param min the lower end, or {@code null} when open
	 * @param max the upper end, or {@code null} when open
	 */
	public static QuantitativeValue between(BigDecimal min, BigDecimal max, String unitText) {
		if (min != null && max != null && min.compareTo(max) == 0) {
			return new QuantitativeValue(plain(min), null, null, unitText);
		}
		return new QuantitativeValue(null, plain(min), plain(max), unitText);
	}

	/**
	 * 65000.00 as 65000, 80000.50 as 80000.5: the number, not how the database stores it.
	 */
	private static BigDecimal plain(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
