package com.jobboard.company;

import java.time.LocalDate;
import java.util.List;

import com.jobboard.address.Address;
import com.jobboard.markdown.Article;
import com.jobboard.web.PageMeta;
import com.jobboard.web.SiteUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile page's Organization JSON-LD and head meta, with every optional field set and
 * with none.
 */
class ProfileMetaTests {

	private static final JsonMapper PARSER = JsonMapper.builder().build();

	private final ProfileMeta profileMeta = new ProfileMeta(new SiteUrls("https://jobs.example.com/"));

	@Test
	void aFullProfileHasEveryOrganizationProperty() {
		PageMeta meta = this.profileMeta.of(fullProfile());
		JsonNode organization = PARSER.readTree(meta.jsonLd());

		assertThat(organization.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(organization.get("@type").asString()).isEqualTo("Organization");
		assertThat(organization.get("name").asString()).isEqualTo("Northwind Robotics");
		assertThat(organization.get("url").asString()).isEqualTo("https://northwind.example");
		assertThat(organization.get("logo").asString()).isEqualTo("https://jobs.example.com/logos/42");
		assertThat(organization.get("sameAs").valueStream().map(JsonNode::asString).toList())
			.containsExactly("https://www.linkedin.com/company/northwind", "https://github.com/northwind");
		assertThat(organization.get("description").asString()).isEqualTo("We build robots for warehouses.");
		assertThat(LocalDate.parse(organization.get("foundingDate").asString())).isEqualTo(LocalDate.of(2014, 3, 1));
		assertThat(organization.get("address").get("@type").asString()).isEqualTo("PostalAddress");
		JsonNode address = organization.get("address");
		assertThat(address.get("streetAddress").asString()).isEqualTo("Hafenstraße 1");
		assertThat(address.get("postalCode").asString()).isEqualTo("20095");
		assertThat(address.get("addressLocality").asString()).isEqualTo("Hamburg");
		assertThat(address.get("addressRegion").asString()).isEqualTo("Hamburg");
		assertThat(address.get("addressCountry").asString()).isEqualTo("DE");
		JsonNode employees = organization.get("numberOfEmployees");
		assertThat(employees.get("@type").asString()).isEqualTo("QuantitativeValue");
		assertThat(employees.get("minValue").intValue()).isEqualTo(51);
		assertThat(employees.get("maxValue").intValue()).isEqualTo(200);
		assertThat(organization.get("email").asString()).isEqualTo("jobs@northwind.example");
		assertThat(organization.get("telephone").asString()).isEqualTo("+49 40 123456");
		assertThat(meta.canonicalUrl()).isEqualTo("https://jobs.example.com/companies/northwind");
		assertThat(meta.imageUrl()).isEqualTo("https://jobs.example.com/logos/42");
		assertThat(meta.type()).isEqualTo("website");
	}

	@Test
	void aBareProfileHasOnlyNameAndItsProfileAddress() {
		PageMeta meta = this.profileMeta.of(bareProfile());
		JsonNode organization = PARSER.readTree(meta.jsonLd());

		assertThat(organization.propertyNames()).containsExactlyInAnyOrder("@context", "@type", "name", "url");
		assertThat(organization.get("url").asString()).isEqualTo("https://jobs.example.com/companies/bare");
		assertThat(meta.imageUrl()).isNull();
	}

	@Test
	void withoutPostalAddressTheHeadquartersLineIsTheLocality() {
		CompanyProfile full = fullProfile();
		CompanyProfile profile = new CompanyProfile(full.id(), full.slug(), full.name(), null, null, null, null,
				"Hamburg, Germany", null, null, null, List.of(), List.of(), Article.EMPTY, "", List.of(), null, null);

		JsonNode address = PARSER.readTree(this.profileMeta.of(profile).jsonLd()).get("address");

		assertThat(address.propertyNames()).containsExactlyInAnyOrder("@type", "addressLocality");
		assertThat(address.get("addressLocality").asString()).isEqualTo("Hamburg, Germany");
	}

	@ParameterizedTest
	@EnumSource(SizeBand.class)
	void everySizeBandIsANumberOfEmployeesRange(SizeBand band) {
		CompanyProfile profile = fullProfile();
		profile = new CompanyProfile(profile.id(), profile.slug(), profile.name(), null, null, null, band, null, null,
				null, null, List.of(), List.of(), Article.EMPTY, "", List.of(), null, null);

		JsonNode employees = PARSER.readTree(this.profileMeta.of(profile).jsonLd()).get("numberOfEmployees");

		assertThat(employees.get("minValue").intValue()).isEqualTo(band.minEmployees());
		if (band.maxEmployees() == null) {
			assertThat(employees.has("maxValue")).isFalse();
		}
		else {
			assertThat(employees.get("maxValue").intValue()).isEqualTo(band.maxEmployees());
		}
	}

	@Test
	void companyTextCannotEndTheScriptElement() {
		CompanyProfile profile = new CompanyProfile(1, "hostile", "</script><script>alert(1)</script>", null, null,
				null, null, "<!-- x", null, null, null, List.of(), List.of(), Article.EMPTY, "a </SCRIPT> b", List.of(),
				null, null);

		String json = this.profileMeta.of(profile).jsonLd();

		assertThat(json).doesNotContain("<", ">");
		assertThat(PARSER.readTree(json).get("name").asString()).isEqualTo("</script><script>alert(1)</script>");
		assertThat(PARSER.readTree(json).get("description").asString()).isEqualTo("a </SCRIPT> b");
	}

	private static CompanyProfile fullProfile() {
		return new CompanyProfile(1, "northwind", "Northwind Robotics", "Robots", 42L, LocalDate.of(2014, 3, 1),
				SizeBand.SIZE_51_200, "Hamburg, Germany", "https://northwind.example", "jobs@northwind.example",
				"+49 40 123456",
				List.of(new SocialLink(SocialNetwork.LINKEDIN, "https://www.linkedin.com/company/northwind"),
						new SocialLink(SocialNetwork.GITHUB, "https://github.com/northwind")),
				List.of("Robotics"), new Article("<p>We build robots for warehouses.</p>", List.of(), 5),
				"We build robots for warehouses.", List.of(), null,
				new Address("Hafenstraße 1", "20095", "Hamburg", "Hamburg", "DE"));
	}

	private static CompanyProfile bareProfile() {
		return new CompanyProfile(2, "bare", "Bare", null, null, null, null, null, null, null, null, List.of(),
				List.of(), Article.EMPTY, "", List.of(), null, null);
	}

}
