package com.jobboard.job;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.jobboard.structureddata.JsonLd;
import com.jobboard.web.SiteUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The JobPosting JSON-LD of job pages, property by property, present and absent. */
class JobPostingsTests {

	private static final Set<String> GOOGLE_EMPLOYMENT_TYPES = Set.of("FULL_TIME", "PART_TIME", "CONTRACTOR",
			"TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER");

	private static final Set<String> UNIT_TEXTS = Set.of("HOUR", "DAY", "WEEK", "MONTH", "YEAR");

	private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	private static final JsonMapper PARSER = JsonMapper.builder().build();

	private final JobPostings postings = new JobPostings(new SiteUrls("https://jobs.example.com"));

	@Test
	void anOpenJobWithEverythingSetHasEveryProperty() {
		JsonNode posting = postingOf(job((j) -> j));

		assertThat(posting.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
		assertThat(posting.get("title").asString()).isEqualTo("Robot Engineer");
		assertThat(posting.get("description").asString()).isEqualTo("<p>We <strong>build</strong> robots.</p>");
		assertThat(OffsetDateTime.parse(posting.get("datePosted").asString()).toInstant())
			.isEqualTo(Instant.parse("2026-06-01T09:30:00Z"));
		assertThat(posting.get("datePosted").asString()).isEqualTo("2026-06-01T09:30:00Z");
		assertThat(OffsetDateTime.parse(posting.get("validThrough").asString()).toInstant())
			.isEqualTo(Instant.parse("2026-07-01T23:59:59Z"));
		assertThat(posting.get("employmentType").asString()).isEqualTo("FULL_TIME").isIn(GOOGLE_EMPLOYMENT_TYPES);
		JsonNode organization = posting.get("hiringOrganization");
		assertThat(organization.get("@type").asString()).isEqualTo("Organization");
		assertThat(organization.get("name").asString()).isEqualTo("Northwind Robotics");
		assertThat(organization.get("sameAs").valueStream().map(JsonNode::asString).toList()).containsExactly(
				"https://northwind.example", "https://www.linkedin.com/company/northwind",
				"https://github.com/northwind");
		assertThat(organization.get("url").asString()).isEqualTo("https://jobs.example.com/companies/northwind");
		assertThat(organization.get("logo").asString()).isEqualTo("https://jobs.example.com/logos/42");
		JsonNode address = posting.get("jobLocation").get("address");
		assertThat(posting.get("jobLocation").get("@type").asString()).isEqualTo("Place");
		assertThat(address.get("@type").asString()).isEqualTo("PostalAddress");
		assertThat(address.get("streetAddress").asString()).isEqualTo("Invalidenstraße 10");
		assertThat(address.get("postalCode").asString()).isEqualTo("10115");
		assertThat(address.get("addressLocality").asString()).isEqualTo("Berlin");
		assertThat(address.get("addressRegion").asString()).isEqualTo("Berlin");
		assertThat(address.get("addressCountry").asString()).isEqualTo("DE")
			.isIn(Arrays.asList(Locale.getISOCountries()));
		assertThat(posting.has("jobLocationType")).isFalse();
		assertThat(posting.has("applicantLocationRequirements")).isFalse();
		JsonNode salary = posting.get("baseSalary");
		assertThat(salary.get("@type").asString()).isEqualTo("MonetaryAmount");
		assertThat(Currency.getInstance(salary.get("currency").asString()).getCurrencyCode()).isEqualTo("EUR");
		assertThat(salary.get("value").get("@type").asString()).isEqualTo("QuantitativeValue");
		assertThat(salary.get("value").get("minValue").decimalValue()).isEqualByComparingTo("65000");
		assertThat(salary.get("value").get("maxValue").decimalValue()).isEqualByComparingTo("80000.50");
		assertThat(salary.get("value").get("unitText").asString()).isEqualTo("YEAR").isIn(UNIT_TEXTS);
		assertThat(posting.get("identifier").get("@type").asString()).isEqualTo("PropertyValue");
		assertThat(posting.get("identifier").get("name").asString()).isEqualTo("Northwind Robotics");
		assertThat(posting.get("identifier").get("value").asString()).isEqualTo("7");
		assertThat(posting.get("directApply").isBoolean()).isTrue();
		assertThat(posting.get("directApply").asBoolean()).isFalse();
		assertThat(posting.get("url").asString()).isEqualTo("https://jobs.example.com/jobs/7/robot-engineer");
	}

	@Test
	void aJobTakingApplicationsOnTheSiteSaysDirectApply() {
		JsonNode posting = postingOf(job((j) -> j.applyOnSite()));

		assertThat(posting.get("directApply").asBoolean()).isTrue();
	}

	@Test
	void withoutExpiryThereIsNoValidThrough() {
		JsonNode posting = postingOf(job((j) -> j.expiresAt(null)));

		assertThat(posting.has("validThrough")).isFalse();
		assertThat(posting.has("datePosted")).isTrue();
	}

	@Test
	void withoutSalaryThereIsNoBaseSalary() {
		JsonNode posting = postingOf(job((j) -> j.salary(null, null, null, null)));

		assertThat(posting.has("baseSalary")).isFalse();
	}

	@Test
	void aSalaryFromOnlyHasAMinimum() {
		JsonNode value = postingOf(job((j) -> j.salary(new BigDecimal("20.00"), null, "USD", SalaryPeriod.HOUR)))
			.get("baseSalary");

		assertThat(value.get("currency").asString()).isEqualTo("USD");
		assertThat(value.get("value").get("minValue").decimalValue()).isEqualByComparingTo("20");
		assertThat(value.get("value").has("maxValue")).isFalse();
		assertThat(value.get("value").get("unitText").asString()).isEqualTo("HOUR");
	}

	@Test
	void aSalaryUpToOnlyHasAMaximum() {
		JsonNode value = postingOf(job((j) -> j.salary(null, new BigDecimal("4000"), "CHF", SalaryPeriod.MONTH)))
			.get("baseSalary")
			.get("value");

		assertThat(value.has("minValue")).isFalse();
		assertThat(value.get("maxValue").decimalValue()).isEqualByComparingTo("4000");
	}

	@Test
	void aSalaryWithEqualEndsIsOneValue() {
		JsonNode value = postingOf(
				job((j) -> j.salary(new BigDecimal("500"), new BigDecimal("500.00"), "GBP", SalaryPeriod.WEEK)))
			.get("baseSalary")
			.get("value");

		assertThat(value.get("value").decimalValue()).isEqualByComparingTo("500");
		assertThat(value.has("minValue")).isFalse();
		assertThat(value.has("maxValue")).isFalse();
	}

	@ParameterizedTest
	@EnumSource(SalaryPeriod.class)
	void everySalaryPeriodIsAGoogleUnitText(SalaryPeriod period) {
		JsonNode salary = postingOf(job((j) -> j.salary(new BigDecimal("1"), new BigDecimal("2"), "EUR", period)))
			.get("baseSalary");

		assertThat(salary.get("value").get("unitText").asString()).isEqualTo(period.name()).isIn(UNIT_TEXTS);
	}

	@ParameterizedTest
	@EnumSource(EmploymentType.class)
	void everyEmploymentTypeIsGooglesEnum(EmploymentType type) {
		JsonNode posting = postingOf(job((j) -> j.type(type)));

		assertThat(posting.get("employmentType").asString()).isEqualTo(type.name()).isIn(GOOGLE_EMPLOYMENT_TYPES);
	}

	@Test
	void aCurrencyThatIsNoIso4217CodeLeavesTheSalaryOut() {
		JsonNode posting = postingOf(
				job((j) -> j.salary(new BigDecimal("1"), new BigDecimal("2"), "XYZ", SalaryPeriod.YEAR)));

		assertThat(posting.has("baseSalary")).isFalse();
	}

	@Test
	void aFullyRemoteJobIsTelecommuteWithTheCountryApplicantsMustLiveIn() {
		JsonNode posting = postingOf(job((j) -> j.place(null, "AT", true)));

		assertThat(posting.get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
		assertThat(posting.get("applicantLocationRequirements").get("@type").asString()).isEqualTo("Country");
		assertThat(posting.get("applicantLocationRequirements").get("name").asString()).isEqualTo("AT");
		assertThat(posting.has("jobLocation")).isFalse();
	}

	@Test
	void aRemoteJobWithAPlaceHasBoth() {
		JsonNode posting = postingOf(job((j) -> j.place("Vienna", "AT", true)));

		assertThat(posting.get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
		assertThat(posting.get("jobLocation").get("address").get("addressLocality").asString()).isEqualTo("Vienna");
		assertThat(posting.get("applicantLocationRequirements").get("name").asString()).isEqualTo("AT");
	}

	@Test
	void aRemoteJobWithoutACountryHasNoApplicantLocationRequirements() {
		JsonNode posting = postingOf(job((j) -> j.place(null, null, true)));

		assertThat(posting.get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
		assertThat(posting.has("applicantLocationRequirements")).isFalse();
		assertThat(posting.has("jobLocation")).isFalse();
	}

	@Test
	void anOnSiteJobWithOnlyACountryHasThatCountryAsAddress() {
		JsonNode posting = postingOf(job((j) -> j.place(null, "FR", false)));

		assertThat(posting.get("jobLocation").get("address").get("addressCountry").asString()).isEqualTo("FR");
		assertThat(posting.get("jobLocation").get("address").has("addressLocality")).isFalse();
		assertThat(posting.has("jobLocationType")).isFalse();
	}

	@Test
	void aJobWithoutAnyPlaceHasNoLocation() {
		JsonNode posting = postingOf(job((j) -> j.place(null, null, false)));

		assertThat(posting.has("jobLocation")).isFalse();
		assertThat(posting.has("jobLocationType")).isFalse();
	}

	@Test
	void aCompanyWithoutWebsiteHasItsSocialProfilesAsSameAs() {
		JsonNode organization = postingOf(job((j) -> j.company(42L, null))).get("hiringOrganization");

		assertThat(organization.get("sameAs").valueStream().map(JsonNode::asString).toList())
			.containsExactly("https://www.linkedin.com/company/northwind", "https://github.com/northwind");
	}

	@Test
	void aStreetAddressWithoutTownIsStillALocation() {
		JsonNode address = postingOf(job((j) -> j.place(null, "DE", false).street("Hauptstraße 5", null, null)))
			.get("jobLocation")
			.get("address");

		assertThat(address.propertyNames()).containsExactlyInAnyOrder("@type", "streetAddress", "addressCountry");
	}

	@Test
	void aJobWithOnlyATownHasNoOtherAddressParts() {
		JsonNode address = postingOf(job((j) -> j.place("Berlin", null, false).street(null, null, null)))
			.get("jobLocation")
			.get("address");

		assertThat(address.propertyNames()).containsExactlyInAnyOrder("@type", "addressLocality");
	}

	@Test
	void aCompanyWithoutLogoOrWebsiteIsKnownByItsProfile() {
		JsonNode organization = postingOf(job((j) -> j.company(null, null).socialUrls(null, null)))
			.get("hiringOrganization");

		assertThat(organization.has("logo")).isFalse();
		assertThat(organization.get("sameAs").get(0).asString())
			.isEqualTo("https://jobs.example.com/companies/northwind");
	}

	@Test
	void aJobWithoutDescriptionIsDescribedByTitleAndCompanyEscaped() {
		JsonNode posting = postingOf(job((j) -> j.title("R&D <Lead>").description("")));

		assertThat(posting.get("description").asString()).isEqualTo("<p>R&amp;D &lt;Lead&gt; – Northwind Robotics</p>");
	}

	@Test
	void closedJobsHaveNoPosting() {
		assertThat(this.postings.of(job((j) -> j.status(JobStatus.FILLED)), NOW)).isEmpty();
		assertThat(this.postings.of(job((j) -> j.status(JobStatus.EXPIRED)), NOW)).isEmpty();
		assertThat(this.postings.of(job((j) -> j.expiresAt(NOW)), NOW)).as("expires this instant").isEmpty();
		assertThat(this.postings.of(job((j) -> j.expiresAt(NOW.minus(Duration.ofDays(1)))), NOW)).isEmpty();
		assertThat(this.postings.of(job((j) -> j.expiresAt(NOW.plusSeconds(1))), NOW)).isPresent();
	}

	@Test
	void noFieldCanEndTheScriptElement() {
		String breakout = "</script><script>alert(1)</script><!--";
		JobDetails job = job(
				(j) -> j.title(breakout).description("<p>" + breakout + "</p>").place(breakout, "DE", false));

		String json = JsonLd.toScriptContent(this.postings.of(job, NOW).orElseThrow());

		assertThat(json).doesNotContain("<", ">");
		JsonNode posting = PARSER.readTree(json);
		assertThat(posting.get("title").asString()).isEqualTo(breakout);
		assertThat(posting.get("description").asString()).isEqualTo("<p>" + breakout + "</p>");
		assertThat(posting.get("jobLocation").get("address").get("addressLocality").asString()).isEqualTo(breakout);
	}

	private JsonNode postingOf(JobDetails job) {
		return PARSER.readTree(JsonLd.toScriptContent(this.postings.of(job, NOW).orElseThrow()));
	}

	private static JobDetails job(UnaryOperator<JobBuilder> changes) {
		return changes.apply(new JobBuilder()).build();
	}

	/** A job with every field set; tests change what they look at. */
	private static final class JobBuilder {

		private String title = "Robot Engineer";

		private EmploymentType type = EmploymentType.FULL_TIME;

		private String location = "Berlin";

		private String countryCode = "DE";

		private String streetAddress = "Invalidenstraße 10";

		private String postalCode = "10115";

		private String region = "Berlin";

		private String linkedinUrl = "https://www.linkedin.com/company/northwind";

		private String githubUrl = "https://github.com/northwind";

		private boolean remote;

		private BigDecimal salaryMin = new BigDecimal("65000.00");

		private BigDecimal salaryMax = new BigDecimal("80000.50");

		private String currency = "EUR";

		private SalaryPeriod period = SalaryPeriod.YEAR;

		private String description = "<p>We <strong>build</strong> robots.</p>";

		private JobStatus status = JobStatus.OPEN;

		private Instant expiresAt = Instant.parse("2026-07-01T23:59:59Z");

		private Long logoId = 42L;

		private String website = "https://northwind.example";

		private boolean applyOnSite;

		JobBuilder applyOnSite() {
			this.applyOnSite = true;
			return this;
		}

		JobBuilder title(String value) {
			this.title = value;
			return this;
		}

		JobBuilder type(EmploymentType value) {
			this.type = value;
			return this;
		}

		/** The town, country and remote flag, without street, postal code or region. */
		JobBuilder place(String newLocation, String newCountryCode, boolean isRemote) {
			street(null, null, null);
			this.location = newLocation;
			this.countryCode = newCountryCode;
			this.remote = isRemote;
			return this;
		}

		JobBuilder street(String newStreetAddress, String newPostalCode, String newRegion) {
			this.streetAddress = newStreetAddress;
			this.postalCode = newPostalCode;
			this.region = newRegion;
			return this;
		}

		JobBuilder socialUrls(String newLinkedinUrl, String newGithubUrl) {
			this.linkedinUrl = newLinkedinUrl;
			this.githubUrl = newGithubUrl;
			return this;
		}

		JobBuilder salary(BigDecimal min, BigDecimal max, String newCurrency, SalaryPeriod newPeriod) {
			this.salaryMin = min;
			this.salaryMax = max;
			this.currency = newCurrency;
			this.period = newPeriod;
			return this;
		}

		JobBuilder description(String html) {
			this.description = html;
			return this;
		}

		JobBuilder status(JobStatus value) {
			this.status = value;
			return this;
		}

		JobBuilder expiresAt(Instant value) {
			this.expiresAt = value;
			return this;
		}

		JobBuilder company(Long newLogoId, String newWebsite) {
			this.logoId = newLogoId;
			this.website = newWebsite;
			return this;
		}

		JobDetails build() {
			return new JobDetails(7, "robot-engineer", this.title, this.type, this.location, this.countryCode,
					this.remote, this.salaryMin, this.salaryMax, this.currency, this.period, this.description,
					"https://northwind.example/apply", "jobs@northwind.example", this.status,
					Instant.parse("2026-06-01T09:30:00.123456Z"), this.expiresAt, Instant.parse("2026-06-02T10:00:00Z"),
					3, "northwind", "Northwind Robotics", this.logoId, this.website, this.streetAddress,
					this.postalCode, this.region, this.linkedinUrl, null, null, null, this.githubUrl, null,
					this.applyOnSite);
		}

	}

}
