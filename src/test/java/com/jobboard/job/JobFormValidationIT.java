package com.jobboard.job;

import java.util.Map;
import java.util.stream.Stream;

import com.jobboard.company.Company;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.jobboard.job.JobAdminSupport.admin;
import static com.jobboard.job.JobAdminSupport.editPath;
import static com.jobboard.job.JobAdminSupport.fieldError;
import static com.jobboard.job.JobAdminSupport.html;
import static com.jobboard.job.JobAdminSupport.jobCount;
import static com.jobboard.job.JobAdminSupport.newJobPath;
import static com.jobboard.job.JobAdminSupport.savedJobId;
import static com.jobboard.job.JobAdminSupport.submit;
import static com.jobboard.job.JobAdminSupport.today;
import static com.jobboard.job.JobAdminSupport.token;
import static com.jobboard.job.JobAdminSupport.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every rule of the job form: the form comes back (200, never a 5xx) with the message
 * beside the field, tied to it with aria-describedby, the typed text kept, and nothing
 * saved.
 */
@IntegrationTest
class JobFormValidationIT {

	private static final String KEPT_AS_TYPED = "\u0000kept";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	JdbcClient jdbc;

	/**
	 * field, value sent, action, part of the message, value the control shows again
	 * ({@link #KEPT_AS_TYPED}: the value sent; {@code null}: not checked, e.g. selects).
	 */
	static Stream<Arguments> invalidValues() {
		return Stream.of(
				// title
				Arguments.of("title", "", "save", "Enter the job title", ""),
				Arguments.of("title", "   ", "save", "Enter the job title", ""),
				Arguments.of("title", "x".repeat(161), "save", "at most 160 characters", KEPT_AS_TYPED),
				Arguments.of("title", "Nul\u0000byte", "save", "control characters", null),
				Arguments.of("title", "Bell\u0007", "publish", "control characters", null),
				// employment type
				Arguments.of("employmentType", "", "save", "Choose the employment type", null),
				Arguments.of("employmentType", "ASTRONAUT", "save", "Choose one of the employment types", null),
				// location
				Arguments.of("location", "y".repeat(161), "save", "at most 160 characters", KEPT_AS_TYPED),
				// country
				Arguments.of("streetAddress", "s".repeat(201), "save", "at most 200 characters", KEPT_AS_TYPED),
				Arguments.of("streetAddress", "Tab\u0007street", "save", "control characters", null),
				Arguments.of("postalCode", "1".repeat(21), "save", "at most 20 characters", KEPT_AS_TYPED),
				Arguments.of("postalCode", "10115<script>", "save", "Use letters and digits", KEPT_AS_TYPED),
				Arguments.of("region", "r".repeat(101), "save", "at most 100 characters", KEPT_AS_TYPED),
				Arguments.of("countryCode", "ZZ", "save", "Choose a country", null),
				Arguments.of("countryCode", "DEU", "save", "Choose a country", null),
				Arguments.of("countryCode", "d", "save", "Choose a country", null),
				// remote
				Arguments.of("remote", "banana", "save", "Tick the box", null),
				// salary
				Arguments.of("salaryMin", "abc", "save", "Enter an amount in digits", KEPT_AS_TYPED),
				Arguments.of("salaryMin", "12,5", "save", "Enter an amount in digits", KEPT_AS_TYPED),
				Arguments.of("salaryMax", "NaN", "save", "Enter an amount in digits", KEPT_AS_TYPED),
				Arguments.of("salaryMin", "-1", "save", "cannot be negative", KEPT_AS_TYPED),
				Arguments.of("salaryMin", "12345678901", "save", "at most 10 digits", KEPT_AS_TYPED),
				Arguments.of("salaryMin", "100.125", "save", "2 after the decimal point", KEPT_AS_TYPED),
				Arguments.of("salaryMax", "1e999999999", "save", "at most 10 digits", null),
				Arguments.of("salaryMax", "9".repeat(5000), "save", "at most 10 digits", KEPT_AS_TYPED),
				Arguments.of("salaryMax", "64999.99", "save", "cannot be less than the minimum", KEPT_AS_TYPED),
				Arguments.of("salaryCurrency", "", "save", "Give the currency of the salary", ""),
				Arguments.of("salaryCurrency", "ABC", "save", "ISO 4217", KEPT_AS_TYPED),
				Arguments.of("salaryCurrency", "EURO", "save", "ISO 4217", KEPT_AS_TYPED),
				Arguments.of("salaryCurrency", "€", "save", "ISO 4217", KEPT_AS_TYPED),
				Arguments.of("salaryPeriod", "", "save", "Choose what period", null),
				Arguments.of("salaryPeriod", "FORTNIGHT", "save", "Choose one of the periods", null),
				// description
				Arguments.of("description", "d".repeat(100_001), "save", "at most 100,000 characters", KEPT_AS_TYPED),
				Arguments.of("description", "text\u0000with nul", "save", "control characters", null),
				// apply URL and e-mail
				Arguments.of("applyUrl", "javascript:alert(1)", "save", "full web address", KEPT_AS_TYPED),
				Arguments.of("applyUrl", "ftp://example.com/jobs", "save", "full web address", KEPT_AS_TYPED),
				Arguments.of("applyUrl", "/apply", "save", "full web address", KEPT_AS_TYPED),
				Arguments.of("applyUrl", "//evil.example/apply", "save", "full web address", KEPT_AS_TYPED),
				Arguments.of("applyUrl", "https://", "save", "full web address", KEPT_AS_TYPED),
				Arguments.of("applyUrl", "https://exa mple.com", "save", "full web address", KEPT_AS_TYPED),
				Arguments.of("applyUrl", "https://example.com/" + "a".repeat(481), "save", "at most 500",
						KEPT_AS_TYPED),
				Arguments.of("applyEmail", "not-an-email", "save", "e-mail address like", KEPT_AS_TYPED),
				Arguments.of("applyEmail", "jobs@localhost", "save", "e-mail address like", KEPT_AS_TYPED),
				Arguments.of("applyEmail", "a".repeat(243) + "@example.com", "save", "at most 254", KEPT_AS_TYPED),
				// expiry
				Arguments.of("expiresOn", "2026-02-30", "save", "Enter a date like", KEPT_AS_TYPED),
				Arguments.of("expiresOn", "next friday", "save", "Enter a date like", KEPT_AS_TYPED),
				Arguments.of("expiresOn", "31/12/2030", "save", "Enter a date like", KEPT_AS_TYPED),
				Arguments.of("expiresOn", "1999-12-31", "save", "Enter a real date", KEPT_AS_TYPED),
				Arguments.of("expiresOn", today().minusDays(1).toString(), "publish", "today or a later date",
						KEPT_AS_TYPED));
	}

	@ParameterizedTest(name = "{0} = {1} ({2})")
	@MethodSource("invalidValues")
	void aNewJobWithAnInvalidValueIsNotSaved(String field, String value, String action, String message, String shown)
			throws Exception {
		Company company = this.testCompanies.company("Invalid " + field);
		Map<String, String> form = validForm("Valid title " + token());
		form.put(field, value);
		if (field.startsWith("salary") && value.isEmpty()) {
			form.put("salaryMax", "");
		}

		Document page = html(this.mvc.perform(submit(newJobPath(company), admin(), form, action))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(fieldError(page, field)).contains(message);
		if (shown != null) {
			assertThat(page.getElementById(field).val()).isEqualTo(KEPT_AS_TYPED.equals(shown) ? value.strip() : shown);
		}
		assertThat(page.getElementById("title").val())
			.isEqualTo(field.equals("title") ? page.getElementById("title").val() : form.get("title"));
		assertThat(page.select("h1")).hasSize(1);
		assertThat(jobCount(this.jdbc, company)).isZero();
	}

	@ParameterizedTest(name = "{0} = {1} ({2})")
	@MethodSource("invalidValues")
	void anExistingJobWithAnInvalidValueIsNotChanged(String field, String value, String action, String message,
			String shown) throws Exception {
		Company company = this.testCompanies.company("Invalid edit " + field);
		String title = "Original " + token();
		long id = savedJobId(this.mvc.perform(submit(newJobPath(company), admin(), validForm(title), "save"))
			.andExpect(status().isSeeOther())
			.andReturn());
		Map<String, String> form = validForm("Changed " + title);
		form.put("version", "0");
		form.put(field, value);
		if (field.startsWith("salary") && value.isEmpty()) {
			form.put("salaryMax", "");
		}

		Document page = html(this.mvc.perform(submit(editPath(id), admin(), form, action))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(fieldError(page, field)).contains(message);
		Job job = this.jobs.findById(id).orElseThrow();
		assertThat(job.getTitle()).isEqualTo(title);
		assertThat(job.getVersion()).isZero();
		assertThat(job.getStatus()).isEqualTo(JobStatus.DRAFT);
	}

	@Test
	void publishingNeedsAWayToApply() throws Exception {
		Company company = this.testCompanies.company("No way to apply");
		Map<String, String> form = validForm("Tester " + token());
		form.put("applyUrl", "");
		form.put("applyEmail", " ");

		Document page = html(this.mvc.perform(submit(newJobPath(company), admin(), form, "publish"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(fieldError(page, "applyUrl")).contains("web address or an e-mail address");
		assertThat(jobCount(this.jdbc, company)).isZero();
	}

	@Test
	void aDraftNeedsNoWayToApplyNorSalaryNorExpiry() throws Exception {
		Company company = this.testCompanies.company("Bare draft");
		Map<String, String> form = Map.of("title", "Bare " + token(), "employmentType", "PART_TIME");

		this.mvc.perform(submit(newJobPath(company), admin(), form, "save")).andExpect(status().isSeeOther());

		assertThat(jobCount(this.jdbc, company)).isOne();
	}

	@Test
	void eitherWayToApplyIsEnoughToPublish() throws Exception {
		Company company = this.testCompanies.company("One way");
		Map<String, String> byEmail = validForm("By mail " + token());
		byEmail.put("applyUrl", "");
		Map<String, String> byWeb = validForm("By web " + token());
		byWeb.put("applyEmail", "");

		this.mvc.perform(submit(newJobPath(company), admin(), byEmail, "publish")).andExpect(status().isSeeOther());
		this.mvc.perform(submit(newJobPath(company), admin(), byWeb, "publish")).andExpect(status().isSeeOther());

		assertThat(jobCount(this.jdbc, company)).isEqualTo(2);
	}

	@Test
	void aSingleSalaryFigureAndLowerCaseCodesAreAccepted() throws Exception {
		Company company = this.testCompanies.company("Lower case");
		Map<String, String> form = validForm("Analyst " + token());
		form.put("salaryMin", "");
		form.put("salaryMax", " 1234567890.99 ");
		form.put("salaryCurrency", "chf");
		form.put("countryCode", "ch");
		form.put("expiresOn", today().toString());

		long id = savedJobId(this.mvc.perform(submit(newJobPath(company), admin(), form, "publish"))
			.andExpect(status().isSeeOther())
			.andReturn());

		Job job = this.jobs.findById(id).orElseThrow();
		assertThat(job.getSalaryMin()).isNull();
		assertThat(job.getSalaryMax()).isEqualByComparingTo("1234567890.99");
		assertThat(job.getSalaryCurrency()).isEqualTo("CHF");
		assertThat(job.getCountryCode()).isEqualTo("CH");
	}

	@Test
	void thePostalAddressIsSavedAndShownOnTheJobPage() throws Exception {
		Company company = this.testCompanies.company("Postal job");
		Map<String, String> form = validForm("Welder " + token());
		form.put("location", "Hamburg");
		form.put("streetAddress", " Am Sandtorkai 50 ");
		form.put("postalCode", "20457");
		form.put("region", "Hamburg");
		form.put("countryCode", "de");
		form.put("expiresOn", today().plusDays(10).toString());

		long id = savedJobId(this.mvc.perform(submit(newJobPath(company), admin(), form, "publish"))
			.andExpect(status().isSeeOther())
			.andReturn());

		Job job = this.jobs.findById(id).orElseThrow();
		assertThat(job.getStreetAddress()).isEqualTo("Am Sandtorkai 50");
		assertThat(job.getPostalCode()).isEqualTo("20457");
		assertThat(job.getRegion()).isEqualTo("Hamburg");
		Document page = html(
				this.mvc.perform(get("/jobs/" + id + "/" + job.getSlug())).andExpect(status().isOk()).andReturn());
		assertThat(page.select("#job-address dd > address.postal-address .address-line").eachText())
			.containsExactly("Am Sandtorkai 50", "20457 Hamburg", "Hamburg", "Germany");
		Document edit = html(
				this.mvc.perform(get(editPath(id)).with(user(admin()))).andExpect(status().isOk()).andReturn());
		assertThat(edit.getElementById("streetAddress").val()).isEqualTo("Am Sandtorkai 50");
		assertThat(edit.select("label[for=postalCode]").text()).isEqualTo("Postal code");
	}

	@Test
	void aFormWithNothingInItComesBackWithMessages() throws Exception {
		Company company = this.testCompanies.company("Empty post");

		Document page = html(this.mvc.perform(post(newJobPath(company)).with(user(admin())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(fieldError(page, "title")).contains("Enter the job title");
		assertThat(fieldError(page, "employmentType")).contains("Choose the employment type");
		assertThat(jobCount(this.jdbc, company)).isZero();
	}

	@Test
	void repeatedParametersDoNotBreakTheForm() throws Exception {
		Company company = this.testCompanies.company("Repeated");

		this.mvc
			.perform(post(newJobPath(company)).with(user(admin()))
				.with(csrf())
				.param("title", "One", "Two")
				.param("employmentType", "FULL_TIME", "ASTRONAUT")
				.param("salaryMin", "1", "2")
				.param("expiresOn", "2030-01-01", "2030-01-02")
				.param("remote", "true", "false")
				.param("action", "save"))
			.andExpect(status().isUnprocessableContent());

		assertThat(jobCount(this.jdbc, company)).isZero();
	}

	@Test
	void valuesThatCannotBeReadAreNamedInGermanToo() throws Exception {
		Company company = this.testCompanies.company("Unreadable German");
		Map<String, String> form = validForm("Schlosser " + token());
		form.put("salaryMin", "abc");
		form.put("expiresOn", "2026-02-30");
		form.put("remote", "banana");
		form.put("employmentType", "ASTRONAUT");

		Document page = html(
				this.mvc.perform(submit(newJobPath(company), admin(), form, "save").header("Accept-Language", "de"))
					.andReturn());

		assertThat(fieldError(page, "salaryMin"))
			.isEqualTo("Geben Sie einen Betrag in Ziffern ein, etwa 65000 oder 65000.50.");
		assertThat(fieldError(page, "expiresOn")).isEqualTo("Geben Sie ein Datum ein, etwa 2026-12-31.");
		assertThat(fieldError(page, "remote")).isEqualTo("Setzen Sie das Häkchen oder lassen Sie das Feld leer.");
		assertThat(fieldError(page, "employmentType")).isEqualTo("Wählen Sie eine der Anstellungsarten aus der Liste.");
		assertThat(page.getElementById("salaryMin").val()).isEqualTo("abc");
		assertThat(jobCount(this.jdbc, company)).isZero();
	}

	@Test
	void aDamagedVersionIsNamedAndTheFormComesBackWithTheJobsCurrentVersion() throws Exception {
		Company company = this.testCompanies.company("Damaged version");
		String title = "Glazier " + token();
		long id = savedJobId(this.mvc.perform(submit(newJobPath(company), admin(), validForm(title), "save"))
			.andExpect(status().isSeeOther())
			.andReturn());
		Map<String, String> form = validForm("Changed " + title);
		form.put("version", "not-a-number");

		Document page = html(this.mvc.perform(submit(editPath(id), admin(), form, "save")).andReturn());

		assertThat(page.getElementById("version-error").text()).contains("This form is out of date");
		assertThat(page.select("input[name=version]").val()).isEqualTo("0");
		assertThat(this.jobs.findById(id).orElseThrow().getTitle()).isEqualTo(title);
		form.put("version", "0");
		this.mvc.perform(submit(editPath(id), admin(), form, "save")).andExpect(status().isSeeOther());
		assertThat(this.jobs.findById(id).orElseThrow().getTitle()).isEqualTo("Changed " + title);
	}

	@Test
	void everyControlHasALabelAndErrorsAreTiedToTheirControls() throws Exception {
		Company company = this.testCompanies.company("Labels");
		Map<String, String> form = validForm("Labels " + token());
		form.put("salaryMin", "abc");

		Document page = html(this.mvc.perform(submit(newJobPath(company), admin(), form, "save"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		for (Element control : page.select("main form.job-form input:not([type=hidden]), main form.job-form select, "
				+ "main form.job-form textarea")) {
			String id = control.id();
			assertThat(id).as("id of %s", control.attr("name")).isNotEmpty();
			assertThat(page.select("label[for=" + id + "]")).as("label of %s", id).hasSize(1);
		}
		assertThat(page.select("main form.job-form input[name=_csrf]")).hasSize(1);
		assertThat(fieldError(page, "salaryMin")).isNotEmpty();
	}

}
