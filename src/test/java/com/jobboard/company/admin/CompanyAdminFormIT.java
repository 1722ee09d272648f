package com.jobboard.company.admin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jobboard.address.Address;
import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.company.admin.AdminPages.admin;
import static com.jobboard.company.admin.AdminPages.fieldError;
import static com.jobboard.company.admin.AdminPages.formValues;
import static com.jobboard.company.admin.AdminPages.page;
import static com.jobboard.company.admin.AdminPages.parse;
import static com.jobboard.company.admin.AdminPages.post;
import static com.jobboard.company.admin.AdminPages.set;
import static com.jobboard.company.admin.AdminPages.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The company form: creating and editing, every validation rule, hostile input and the
 * preview.
 */
@IntegrationTest
class CompanyAdminFormIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	CompanyRepository companies;

	@Autowired
	SectorRepository sectors;

	private final SignedInUser admin = admin();

	@Test
	void createdCompanyIsPublicWithEveryFieldAndASlugFromItsName() throws Exception {
		String token = token();
		Sector sector = this.sectors.save(new Sector("Robotics " + token, "robotics-" + token));
		Document form = page(this.mvc, "/admin/companies/new", this.admin);
		Map<String, List<String>> values = formValues(form);
		set(values, "name", "Zürich Robotik " + token);
		set(values, "tagline", "Robots that fold laundry");
		set(values, "foundedDate", "2014-03-01");
		set(values, "sizeBand", "SIZE_51_200");
		set(values, "headquarters", "Zürich, Switzerland");
		set(values, "website", "https://robotik.example.com");
		set(values, "email", "jobs@robotik.example.com");
		set(values, "phone", "+41 (44) 123-45.67");
		set(values, "linkedin", "https://www.linkedin.com/company/robotik");
		set(values, "github", "https://github.com/robotik");
		set(values, "sectorIds", sector.getId().toString());
		set(values, "descriptionMarkdown", "# About us\n\nWe *fold* laundry.\n\n<script>alert(1)</script>");

		MvcResult created = this.mvc.perform(post("/admin/companies/new", values, this.admin)).andReturn();

		assertThat(created.getResponse().getStatus()).isEqualTo(303);
		String editPath = created.getResponse().getRedirectedUrl();
		assertThat(editPath).matches("/admin/companies/\\d+/edit");
		assertThat(created.getFlashMap().get("message")).asString().startsWith("Created Zürich Robotik " + token);
		Company company = this.companies.findBySlug("zurich-robotik-" + token.toLowerCase()).orElseThrow();
		Document profile = publicPage(company.getSlug());
		assertThat(profile.select("h1").text()).isEqualTo("Zürich Robotik " + token);
		assertThat(profile.select("p.tagline").text()).isEqualTo("Robots that fold laundry");
		assertThat(profile.select("#overview-founded time").attr("datetime")).isEqualTo("2014-03-01");
		assertThat(profile.select("#overview-size dd").text()).isEqualTo("51–200 employees");
		assertThat(profile.select("#overview-location dd").text()).isEqualTo("Zürich, Switzerland");
		assertThat(profile.select("#overview-website a").attr("href")).isEqualTo("https://robotik.example.com");
		assertThat(profile.select("#overview-email a").text()).isEqualTo("jobs@robotik.example.com");
		assertThat(profile.select("#overview-phone a").text()).isEqualTo("+41 (44) 123-45.67");
		assertThat(profile.select("#overview-social a")).extracting(Element::text)
			.containsExactly("LinkedIn", "GitHub");
		assertThat(profile.select("#overview-sectors dd").text()).isEqualTo("Robotics " + token);
		assertThat(profile.select(".prose h3").text()).isEqualTo("About us");
		assertThat(profile.select(".prose em").text()).isEqualTo("fold");
		assertThat(profile.select("script:not([type=application/ld+json])")).isEmpty();
	}

	@Test
	void editFormShowsEveryFieldWithALabelAndOneH1() throws Exception {
		Company company = this.testCompanies.company("Labelled Form");

		Document page = page(this.mvc, "/admin/companies/" + company.getId() + "/edit", this.admin);

		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Edit " + company.getName());
		Element form = page.selectFirst("form.company-form");
		assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
		for (String field : List.of("name", "slug", "tagline", "foundedDate", "sizeBand", "headquarters",
				"streetAddress", "postalCode", "locality", "region", "countryCode", "website", "email", "phone",
				"linkedin", "x", "facebook", "instagram", "github", "youtube", "descriptionMarkdown", "logo")) {
			Element control = form.getElementById(field);
			assertThat(control).as(field).isNotNull();
			assertThat(form.select("label[for=" + field + "]")).as("label of " + field).hasSize(1);
		}
		assertThat(form.getElementById("foundedDate").attr("type")).isEqualTo("date");
		assertThat(form.select("select#sizeBand option")).extracting(Element::text)
			.contains("51–200 employees", "10,001+ employees");
		assertThat(form.select("textarea#descriptionMarkdown")).hasSize(1);
		assertThat(form.select("fieldset#sectorIds legend").text()).isEqualTo("Sectors");
		for (Element control : page.select("input, select, textarea")) {
			if (List.of("hidden", "submit").contains(control.attr("type"))) {
				continue;
			}
			assertThat(page.select("label[for=" + control.id() + "]")).as("label for %s", control.outerHtml())
				.hasSize(1);
		}
		assertThat(form.select("button[name=preview]")).hasSize(1);
		assertThat(form.select("input[type=hidden][name=version]").attr("value"))
			.isEqualTo(Long.toString(company.getVersion()));
	}

	@Test
	void editRoundTripShowsOnThePublicPageAndRedirectsWithAMessage() throws Exception {
		Company company = this.testCompanies.company("Round Trip");
		publicPage(company.getSlug());
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		set(values, "tagline", "Freshly edited");
		set(values, "descriptionMarkdown", "Hello **world**");

		MvcResult saved = this.mvc.perform(post(editPath, values, this.admin)).andReturn();

		assertThat(saved.getResponse().getStatus()).isEqualTo(303);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(editPath);
		assertThat(saved.getFlashMap().get("message")).isEqualTo("Saved.");
		Document profile = publicPage(company.getSlug());
		assertThat(profile.select("p.tagline").text()).isEqualTo("Freshly edited");
		assertThat(profile.select(".prose strong").text()).isEqualTo("world");
		// Following the redirect in the same (Spring Session) session shows the message
		// once.
		Document after = parse(
				this.mvc.perform(get(editPath).with(AdminPages.as(this.admin)).cookie(saved.getResponse().getCookies()))
					.andReturn());
		assertThat(after.select(".flash .alert-success").text()).isEqualTo("Saved.");
	}

	@Test
	void postalAddressIsSavedShownOnTheProfileAndKeptInTheHistory() throws Exception {
		Company company = this.testCompanies.company("Postal Address");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		set(values, "streetAddress", " Am Sandtorkai 50 ");
		set(values, "postalCode", "20457");
		set(values, "locality", "Hamburg");
		set(values, "region", "Hamburg");
		set(values, "countryCode", "de");

		MvcResult saved = this.mvc.perform(post(editPath, values, this.admin)).andReturn();

		assertThat(saved.getResponse().getStatus()).isEqualTo(303);
		Company stored = this.companies.findById(company.getId()).orElseThrow();
		assertThat(stored.address()).isEqualTo(new Address("Am Sandtorkai 50", "20457", "Hamburg", "Hamburg", "DE"));
		Elements lines = publicPage(company.getSlug())
			.select("#overview-address dd > address.postal-address .address-line");
		assertThat(lines.eachText()).containsExactly("Am Sandtorkai 50", "20457 Hamburg", "Hamburg", "Germany");
		Document edit = page(this.mvc, editPath, this.admin);
		assertThat(edit.select("#countryCode option[selected]").val()).isEqualTo("DE");
		assertThat(edit.select("label[for=streetAddress]").text()).isEqualTo("Street and number");
		Document history = page(this.mvc, "/admin/companies/" + company.getId() + "/history", this.admin);
		String diffPath = history.select("a[href*='/history/diff']").first().attr("href");
		assertThat(page(this.mvc, diffPath, this.admin).select(".diff-table").text()).contains("Street and number",
				"Am Sandtorkai 50", "Postal code", "20457", "Country", "DE");
	}

	static Stream<Arguments> invalidValues() {
		String huge = "x".repeat(100 * 1024);
		return Stream.of(Arguments.of("name", "", "Enter the company’s name."),
				Arguments.of("name", "   ", "Enter the company’s name."),
				Arguments.of("name", "n".repeat(161), "Use at most 160 characters."),
				Arguments.of("name", huge, "Use at most 160 characters."),
				Arguments.of("slug", "Not A Slug", "Use only lowercase letters"),
				Arguments.of("slug", "double--hyphen", "Use only lowercase letters"),
				Arguments.of("slug", "-leading", "Use only lowercase letters"),
				Arguments.of("slug", "s".repeat(121), "Use at most 120 characters."),
				Arguments.of("slug", "../../etc/passwd", "Use only lowercase letters"),
				Arguments.of("tagline", "t".repeat(201), "Use at most 200 characters."),
				Arguments.of("tagline", huge, "Use at most 200 characters."),
				Arguments.of("headquarters", "h".repeat(161), "Use at most 160 characters."),
				Arguments.of("streetAddress", "s".repeat(201), "Use at most 200 characters."),
				Arguments.of("postalCode", "1".repeat(21), "Use at most 20 characters."),
				Arguments.of("postalCode", "20095<b>", "Use letters and digits"),
				Arguments.of("postalCode", "20  095", "Use letters and digits"),
				Arguments.of("locality", "l".repeat(161), "Use at most 160 characters."),
				Arguments.of("region", "r".repeat(101), "Use at most 100 characters."),
				Arguments.of("countryCode", "XX", "Choose a country from the list."),
				Arguments.of("countryCode", "DEU", "Choose a country from the list."),
				Arguments.of("website", "javascript:alert(1)", "Enter a full web address"),
				Arguments.of("website", "JaVaScRiPt:alert(document.cookie)", "Enter a full web address"),
				Arguments.of("website", "data:text/html,<script>alert(1)</script>", "Enter a full web address"),
				Arguments.of("website", "example.com", "Enter a full web address"),
				Arguments.of("website", "//evil.example.com", "Enter a full web address"),
				Arguments.of("website", "ftp://files.example.com", "Enter a full web address"),
				Arguments.of("website", "https://", "Enter a full web address"),
				Arguments.of("website", "https://exa mple.com", "Enter a full web address"),
				Arguments.of("website", "https://example.com/" + "p".repeat(500), "Use at most 500 characters."),
				Arguments.of("linkedin", "javascript:alert(1)", "Enter a full web address"),
				Arguments.of("x", "vbscript:msgbox(1)", "Enter a full web address"),
				Arguments.of("facebook", "file:///etc/passwd", "Enter a full web address"),
				Arguments.of("instagram", "http:/missing-slash", "Enter a full web address"),
				Arguments.of("github", "https://user:pass@github.com/x", "Enter a full web address"),
				Arguments.of("youtube", huge, "Use at most 500 characters."),
				Arguments.of("email", "not-an-email", "Enter an e-mail address"),
				Arguments.of("email", "a@b.com\"><script>", "Enter an e-mail address"),
				Arguments.of("email", "e".repeat(250) + "@example.com", "Use at most 254 characters."),
				Arguments.of("phone", "call me", "Use digits, spaces and + ( ) - . / only"),
				Arguments.of("phone", "+49 <b>40</b>", "Use digits, spaces and + ( ) - . / only"),
				Arguments.of("phone", "()", "Use digits, spaces and + ( ) - . / only"),
				Arguments.of("phone", "1".repeat(41), "Use at most 40 characters."),
				Arguments.of("foundedDate", "31-31-2020", "Enter the date as year-month-day"),
				Arguments.of("foundedDate", "2020-02-30", "Enter the date as year-month-day"),
				Arguments.of("foundedDate", "yesterday", "Enter the date as year-month-day"),
				Arguments.of("foundedDate", LocalDate.now().plusDays(2).toString(), "cannot be in the future"),
				Arguments.of("foundedDate", "1599-12-31", "Enter a date from 1600 on."),
				Arguments.of("sizeBand", "SIZE_EVERYONE", "Choose one of the listed sizes."),
				Arguments.of("sectorIds", "abc", "Choose sectors from the list."),
				Arguments.of("sectorIds", Long.toString(Long.MAX_VALUE), "Choose sectors from the list"),
				Arguments.of("descriptionMarkdown", "d".repeat(100_001), "Use at most 100,000 characters."),
				Arguments.of("version", "not-a-number", "This form is out of date or damaged."));
	}

	@ParameterizedTest(name = "{0}={2}")
	@MethodSource("invalidValues")
	void invalidValueShowsTheFormAgainWithAMessageBesideTheFieldAndTheTypedText(String field, String value,
			String message) throws Exception {
		Company company = this.testCompanies.company("Invalid Field");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		set(values, "tagline", "Typed tagline that must survive");
		set(values, field, value);

		MvcResult result = this.mvc.perform(post(editPath, values, this.admin)).andReturn();

		// A damaged version means the form's starting point is unknown: it is also shown
		// as a conflict.
		assertThat(result.getResponse().getStatus()).isEqualTo(field.equals("version") ? 409 : 422);
		Document page = parse(result);
		assertThat(fieldError(page, field)).as("error beside %s", field).contains(message);
		Element control = page.getElementById(field);
		if (control != null && control.tagName().equals("input") && !field.equals("version")) {
			assertThat(control.attr("aria-invalid")).isEqualTo("true");
			assertThat(control.attr("aria-describedby")).contains(field + "-error");
			if (!value.isBlank()) {
				assertThat(control.attr("value")).as("typed text kept").isEqualTo(value.strip());
			}
		}
		if (field.equals("descriptionMarkdown")) {
			assertThat(page.getElementById(field).wholeText()).isEqualTo(value);
		}
		if (!field.equals("tagline")) {
			assertThat(page.getElementById("tagline").attr("value")).isEqualTo("Typed tagline that must survive");
		}
		assertThat(page.select(".error-summary a[href=#" + field + "]")).isNotEmpty();
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("script")).isEmpty();
		assertThat(this.companies.findById(company.getId()).orElseThrow().getTagline()).isNull();
	}

	@Test
	void hostileTextIsSavedAsTextAndShownEscaped() throws Exception {
		Company company = this.testCompanies.company("Hostile Text");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		set(values, "name", "<script>alert('x')</script> & Co");
		set(values, "tagline", "\"><img src=x onerror=alert(1)> ' OR 1=1 --");
		set(values, "headquarters", "Nul\u0000byte \u202Eright-to-left 😀");
		set(values, "descriptionMarkdown",
				"a\u0000b <iframe src=javascript:alert(1)></iframe> [x](javascript:alert(1))");

		MvcResult result = this.mvc.perform(post(editPath, values, this.admin)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		Company saved = this.companies.findById(company.getId()).orElseThrow();
		assertThat(saved.getName()).isEqualTo("<script>alert('x')</script> & Co");
		assertThat(saved.getHeadquarters()).isEqualTo("Nulbyte \u202Eright-to-left 😀");
		assertThat(saved.getDescriptionMarkdown()).startsWith("ab ");
		MvcResult profile = this.mvc.perform(get("/companies/" + saved.getSlug())).andReturn();
		String html = profile.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("h1").text()).isEqualTo("<script>alert('x')</script> & Co");
		// The Organization JSON-LD is the only script element: data, escaped (see
		// JsonLdTests).
		assertThat(page.select("script:not([type=application/ld+json]), iframe, [onerror]")).isEmpty();
		assertThat(page.select("a[href^=javascript]")).isEmpty();
		Document edit = page(this.mvc, editPath, this.admin);
		assertThat(edit.getElementById("name").attr("value")).isEqualTo("<script>alert('x')</script> & Co");
		assertThat(edit.select("script, [onerror]")).isEmpty();
	}

	@Test
	void hundredKilobyteValuesInEveryFieldNeverAnswer5xx() throws Exception {
		Company company = this.testCompanies.company("Huge Values");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		String huge = "\u00e9".repeat(100 * 1024);
		for (String field : List.of("name", "slug", "tagline", "foundedDate", "sizeBand", "headquarters",
				"streetAddress", "postalCode", "locality", "region", "countryCode", "website", "email", "phone",
				"linkedin", "x", "facebook", "instagram", "github", "youtube", "sectorIds", "version")) {
			set(values, field, huge);
		}
		String longestDescription = "\u00e9".repeat(CompanyForm.DESCRIPTION_MAX);
		set(values, "descriptionMarkdown", longestDescription);

		MvcResult result = this.mvc.perform(post(editPath, values, this.admin)).andReturn();

		assertThat(result.getResponse().getStatus()).isIn(409, 422);
		Document page = parse(result);
		assertThat(page.getElementById("name").attr("value")).isEqualTo(huge);
		assertThat(fieldError(page, "name")).isEqualTo("Use at most 160 characters.");
		assertThat(fieldError(page, "descriptionMarkdown")).isNull();
		assertThat(page.getElementById("descriptionMarkdown").wholeText()).isEqualTo(longestDescription);
		assertThat(this.companies.findById(company.getId()).orElseThrow().getName()).isEqualTo(company.getName());
	}

	@Test
	void missingFieldsAreReportedNot5xx() throws Exception {
		Company company = this.testCompanies.company("Missing Fields");
		String editPath = "/admin/companies/" + company.getId() + "/edit";

		MvcResult result = this.mvc.perform(post(editPath, Map.of(), this.admin)).andReturn();

		assertThat(result.getResponse().getStatus()).isIn(409, 422);
		Document page = parse(result);
		assertThat(fieldError(page, "name")).isEqualTo("Enter the company’s name.");
		assertThat(fieldError(page, "slug")).startsWith("Enter the slug");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getName()).isEqualTo(company.getName());
	}

	@Test
	void slugIsMadeFromTheNameOnCreateAndNumberedWhenTaken() throws Exception {
		String token = token();
		Company existing = this.testCompanies.save(new Company("acme-" + token, "Acme " + token));
		Map<String, List<String>> values = formValues(page(this.mvc, "/admin/companies/new", this.admin));
		set(values, "name", "ACME " + token);

		MvcResult result = this.mvc.perform(post("/admin/companies/new", values, this.admin)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(this.companies.findBySlug(existing.getSlug() + "-2")).isPresent();
	}

	@Test
	void createWithATakenSlugSaysSo() throws Exception {
		Company existing = this.testCompanies.company("Taken Slug");
		Map<String, List<String>> values = formValues(page(this.mvc, "/admin/companies/new", this.admin));
		set(values, "name", "Someone Else");
		set(values, "slug", existing.getSlug());

		MvcResult result = this.mvc.perform(post("/admin/companies/new", values, this.admin)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(fieldError(parse(result), "slug"))
			.contains("Another company already uses the address /companies/" + existing.getSlug());
		assertThat(parse(result).getElementById("name").attr("value")).isEqualTo("Someone Else");
	}

	@Test
	void nameWithoutLettersOnCreateAsksForASlug() throws Exception {
		Map<String, List<String>> values = formValues(page(this.mvc, "/admin/companies/new", this.admin));
		set(values, "name", "!!! ???");

		MvcResult result = this.mvc.perform(post("/admin/companies/new", values, this.admin)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(fieldError(parse(result), "slug")).startsWith("Enter a slug");
	}

	@Test
	void pendingCompanyIsCreatedHidden() throws Exception {
		String token = token();
		Map<String, List<String>> values = formValues(page(this.mvc, "/admin/companies/new", this.admin));
		set(values, "name", "Pending " + token);
		set(values, "status", "PENDING");

		this.mvc.perform(post("/admin/companies/new", values, this.admin)).andReturn();

		Company company = this.companies.findBySlug("pending-" + token.toLowerCase()).orElseThrow();
		assertThat(this.mvc.perform(get("/companies/" + company.getSlug())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void previewRendersTheDescriptionLikeThePublicPageAndSavesNothing() throws Exception {
		Company company = this.testCompanies.company("Preview Me", "Old text");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		String markdown = "# Big news\n\nWe **ship** [docs](https://docs.example.com).\n\n<script>alert(1)</script>";
		set(values, "descriptionMarkdown", markdown);
		set(values, "tagline", "Not saved by preview");
		set(values, "preview", "true");

		MvcResult result = this.mvc.perform(post(editPath, values, this.admin)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = parse(result);
		Element prose = page.selectFirst("section.preview .prose");
		assertThat(prose).isNotNull();
		assertThat(prose.select("h3").text()).isEqualTo("Big news");
		assertThat(prose.select("strong").text()).isEqualTo("ship");
		assertThat(prose.select("a").attr("rel")).isEqualTo("nofollow ugc noopener");
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.getElementById("descriptionMarkdown").wholeText()).isEqualTo(markdown);
		assertThat(page.getElementById("tagline").attr("value")).isEqualTo("Not saved by preview");
		Company unchanged = this.companies.findById(company.getId()).orElseThrow();
		assertThat(unchanged.getDescriptionMarkdown()).isEqualTo("Old text");
		assertThat(unchanged.getTagline()).isNull();
		assertThat(unchanged.getVersion()).isEqualTo(company.getVersion());
		// Exactly what the public page will show once saved.
		values.remove("preview");
		this.mvc.perform(post(editPath, values, this.admin)).andReturn();
		Element published = publicPage(company.getSlug()).selectFirst("article.description .prose");
		assertThat(published.html()).isEqualTo(prose.html());
	}

	@Test
	void previewOnTheCreateFormSavesNothing() throws Exception {
		String token = token();
		Map<String, List<String>> values = formValues(page(this.mvc, "/admin/companies/new", this.admin));
		set(values, "name", "Preview Only " + token);
		set(values, "descriptionMarkdown", "*Hello*");
		set(values, "preview", "");

		MvcResult result = this.mvc.perform(post("/admin/companies/new", values, this.admin)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(parse(result).select("section.preview .prose em").text()).isEqualTo("Hello");
		assertThat(this.companies.findBySlug("preview-only-" + token.toLowerCase())).isEmpty();
	}

	@Test
	void savingWithoutChangesSaysSoAndKeepsTheVersion() throws Exception {
		Company company = this.testCompanies.company("Unchanged");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));

		MvcResult result = this.mvc.perform(post(editPath, values, this.admin)).andReturn();

		assertThat(result.getFlashMap().get("message")).asString().startsWith("Nothing to save");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getVersion()).isEqualTo(company.getVersion());
	}

	@Test
	void sectorsCanBeChosenAndAllCleared() throws Exception {
		String token = token();
		Sector first = this.sectors.save(new Sector("Alpha " + token, "alpha-" + token));
		Sector second = this.sectors.save(new Sector("Beta " + token, "beta-" + token));
		Company company = this.testCompanies.company("Sector Choice");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		values.put("sectorIds", List.of(first.getId().toString(), second.getId().toString()));
		this.mvc.perform(post(editPath, values, this.admin)).andReturn();

		Document page = page(this.mvc, editPath, this.admin);
		assertThat(page.select("fieldset#sectorIds input[checked]")).extracting((input) -> input.attr("value"))
			.containsExactlyInAnyOrder(first.getId().toString(), second.getId().toString());
		Map<String, List<String>> cleared = formValues(page);
		cleared.remove("sectorIds");
		this.mvc.perform(post(editPath, cleared, this.admin)).andReturn();

		assertThat(publicPage(company.getSlug()).select("#overview-sectors dd").text()).isEqualTo("Not given");
	}

	private Document publicPage(String slug) throws Exception {
		MvcResult result = this.mvc.perform(get("/companies/" + slug)).andReturn();
		assertThat(result.getResponse().getStatus()).as("public page of %s", slug).isEqualTo(200);
		return parse(result);
	}

}
