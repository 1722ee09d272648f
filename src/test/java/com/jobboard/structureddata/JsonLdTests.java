package com.jobboard.structureddata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdTests {

	private static final JsonMapper PARSER = JsonMapper.builder().build();

	@Test
	void markupCharactersAreEscapedAndTheJsonStaysEqual() {
		String hostile = "</script><script>alert('x')</script> <!-- & > \u2028\u2029";
		Organization organization = Organization.nested(hostile, "https://example.com/?a=1&b=2", null, List.of());

		String json = JsonLd.toScriptContent(organization);

		assertThat(json).doesNotContain("<", ">", "&", "'", "\u2028", "\u2029");
		assertThat(json.toLowerCase()).contains("\\u003c/script\\u003e");
		JsonNode parsed = PARSER.readTree(json);
		assertThat(parsed.get("name").asString()).isEqualTo(hostile);
		assertThat(parsed.get("url").asString()).isEqualTo("https://example.com/?a=1&b=2");
	}

	@Test
	void typesComeFirstAndAbsentPropertiesAreLeftOut() {
		String json = JsonLd.toScriptContent(Organization.nested("Acme", null, null, null));

		assertThat(json).isEqualTo("{\"@type\":\"Organization\",\"name\":\"Acme\"}");
	}

	@Test
	void datesAreIsoDatesAndNumbersArePlain() {
		Organization organization = new Organization("https://schema.org", "Acme", null, null, List.of(), null,
				LocalDate.of(2014, 3, 1), null, QuantitativeValue.between(new BigDecimal("1E+1"), null, null), null,
				null);

		JsonNode parsed = PARSER.readTree(JsonLd.toScriptContent(organization));

		assertThat(parsed.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(parsed.get("foundingDate").asString()).isEqualTo("2014-03-01");
		assertThat(parsed.get("numberOfEmployees").get("minValue").toString()).isEqualTo("10");
		assertThat(parsed.get("numberOfEmployees").has("maxValue")).isFalse();
	}

	@Test
	void aRangeWithEqualEndsIsOneValue() {
		QuantitativeValue value = QuantitativeValue.between(new BigDecimal("50000.00"), new BigDecimal("50000"),
				"YEAR");

		assertThat(JsonLd.toScriptContent(value))
			.isEqualTo("{\"@type\":\"QuantitativeValue\",\"value\":50000,\"unitText\":\"YEAR\"}");
	}

	@Test
	void fractionsKeepTheirDigits() {
		QuantitativeValue value = QuantitativeValue.between(new BigDecimal("20.50"), new BigDecimal("80000.50"),
				"HOUR");

		assertThat(JsonLd.toScriptContent(value)).isEqualTo(
				"{\"@type\":\"QuantitativeValue\",\"minValue\":20.5,\"maxValue\":80000.5,\"unitText\":\"HOUR\"}");
	}

}
