package com.jobboard.api;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.company.SizeBand;
import com.jobboard.company.SlugHistory;
import com.jobboard.company.SocialNetwork;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.UserAgents;
import com.jobboard.views.ViewCounter;
import com.jobboard.views.ViewSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/companies} over HTTP: public companies only, with the fields the README
 * promises.
 */
@IntegrationTest
class CompanyApiIT {

	static final List<String> SUMMARY_FIELDS = List.of("id", "slug", "name", "tagline", "sectors", "openJobs",
			"logoUrl", "url", "apiUrl");

	static final List<String> DETAIL_FIELDS = List.of("id", "slug", "name", "tagline", "sectors", "foundedDate", "size",
			"headquarters", "address", "website", "email", "phone", "socialLinks", "descriptionHtml", "openJobs",
			"views", "logoUrl", "url", "apiUrl", "feedUrl", "jobs");

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	SectorRepository sectors;

	@Autowired
	SlugHistory slugHistory;

	@Autowired
	MarkdownRenderer markdown;

	@Autowired
	ViewCounter viewCounter;

	@Autowired
	UserAccountRepository users;

	HttpPages web;

	@BeforeEach
	void setUp() {
		this.web = HttpPages.plain(this.port);
	}

	@Test
	void listFindsPublicCompaniesByNameAndSectorAlphabetically() throws Exception {
		String token = token();
		Sector sector = this.sectors.save(new Sector("Api Sector " + token, "api-sector-" + token));
		Company alpha = this.testCompanies.company("Api Alpha " + token);
		alpha.setTagline("First of them");
		alpha.getSectors().add(sector);
		alpha = this.testCompanies.save(alpha);
		this.testCompanies.job(alpha, "Alpha Job", JobStatus.OPEN, null);
		this.testCompanies.job(alpha, "Alpha Draft", JobStatus.DRAFT, null);
		Company beta = this.testCompanies.company("Api Beta " + token);
		hidden("Api Pending " + token, CompanyStatus.PENDING);
		hidden("Api Archived " + token, CompanyStatus.ARCHIVED);

		JsonNode all = ok("/api/companies?q=" + token);
		JsonNode inSector = ok("/api/companies?q=" + token + "&sector=" + sector.getSlug());

		assertThat(names(all)).containsExactly(alpha.getName(), beta.getName());
		JsonNode first = all.get("items").get(0);
		assertThat(first.propertyNames()).containsExactlyElementsOf(SUMMARY_FIELDS);
		assertThat(first.get("id").asLong()).isEqualTo(alpha.getId());
		assertThat(first.get("slug").asString()).isEqualTo(alpha.getSlug());
		assertThat(first.get("tagline").asString()).isEqualTo("First of them");
		assertThat(first.get("sectors").get(0).get("slug").asString()).isEqualTo(sector.getSlug());
		assertThat(first.get("sectors").get(0).get("name").asString()).isEqualTo(sector.getName());
		assertThat(first.get("openJobs").asLong()).isEqualTo(1);
		assertThat(first.get("logoUrl").isNull()).isTrue();
		assertThat(first.get("url").asString()).isEqualTo(this.web.base() + "/companies/" + alpha.getSlug());
		assertThat(first.get("apiUrl").asString()).isEqualTo(this.web.base() + "/api/companies/" + alpha.getSlug());
		assertThat(all.get("items").get(1).get("tagline").isNull()).isTrue();
		assertThat(names(inSector)).containsExactly(alpha.getName());
	}

	@Test
	void listIsPaginatedWithLinksThatKeepTheFilters() throws Exception {
		String token = token();
		for (String name : List.of("Page A ", "Page B ", "Page C ")) {
			this.testCompanies.company(name + token);
		}
		String base = this.web.base() + "/api/companies?q=" + token + "&size=2";

		JsonNode first = ok("/api/companies?q=" + token + "&size=2");
		JsonNode second = ok("/api/companies?q=" + token + "&size=2&page=2");
		JsonNode beyond = ok("/api/companies?q=" + token + "&size=2&page=7");

		assertThat(first.propertyNames()).containsExactly("items", "page", "links");
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("page").propertyNames()).containsExactly("number", "size", "totalItems", "totalPages");
		assertThat(first.get("page").get("number").asInt()).isEqualTo(1);
		assertThat(first.get("page").get("size").asInt()).isEqualTo(2);
		assertThat(first.get("page").get("totalItems").asLong()).isEqualTo(3);
		assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(2);
		JsonNode links = first.get("links");
		assertThat(links.propertyNames()).containsExactly("self", "first", "prev", "next", "last");
		assertThat(links.get("self").asString()).isEqualTo(base + "&page=1");
		assertThat(links.get("prev").isNull()).isTrue();
		assertThat(links.get("next").asString()).isEqualTo(base + "&page=2");
		assertThat(links.get("last").asString()).isEqualTo(base + "&page=2");
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("links").get("prev").asString()).isEqualTo(base + "&page=1");
		assertThat(second.get("links").get("next").isNull()).isTrue();
		assertThat(beyond.get("items")).isEmpty();
		assertThat(beyond.get("links").get("prev").asString()).isEqualTo(base + "&page=2");
		assertThat(ok("/api/companies?q=" + token).get("page").get("size").asInt()).isEqualTo(20);
	}

	@Test
	void companyHasItsOverviewDescriptionAndOpenJobs() throws Exception {
		Company company = this.testCompanies.company("Api Detail");
		company.setTagline("Robots that weld");
		company.setFoundedDate(LocalDate.of(2014, 3, 1));
		company.setSizeBand(SizeBand.SIZE_51_200);
		company.setHeadquarters("Hamburg, Germany");
		company.setWebsite("https://detail.example.com");
		company.setEmail("hello@detail.example.com");
		company.setPhone("+49 40 123");
		company.setSocialLinks(
				company.getSocialLinks().with(SocialNetwork.LINKEDIN, "https://www.linkedin.com/company/detail"));
		company.setStreetAddress("Am Sandtorkai 50");
		company.setPostalCode("20457");
		company.setLocality("Hamburg");
		company.setCountryCode("DE");
		String description = "We **weld** with [our friends](/companies/friends). <script>alert(1)</script>";
		company.describe(description, this.markdown.toSafeHtml(description));
		company = this.testCompanies.save(company);
		Job open = this.testCompanies.job(company, "Detail Open", JobStatus.OPEN, null);
		this.testCompanies.job(company, "Detail Draft", JobStatus.DRAFT, null);
		this.testCompanies.job(company, "Detail Filled", JobStatus.FILLED, null);

		HttpResponse<String> response = this.web.get("/api/companies/" + company.getSlug());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.propertyNames()).containsExactlyElementsOf(DETAIL_FIELDS);
		assertThat(body.get("name").asString()).isEqualTo(company.getName());
		assertThat(body.get("foundedDate").asString()).isEqualTo("2014-03-01");
		assertThat(body.get("size").get("code").asString()).isEqualTo("SIZE_51_200");
		assertThat(body.get("size").get("minEmployees").asInt()).isEqualTo(51);
		assertThat(body.get("size").get("maxEmployees").asInt()).isEqualTo(200);
		assertThat(body.get("headquarters").asString()).isEqualTo("Hamburg, Germany");
		JsonNode address = body.get("address");
		assertThat(address.propertyNames()).containsExactly("streetAddress", "postalCode", "locality", "region",
				"countryCode");
		assertThat(address.get("streetAddress").asString()).isEqualTo("Am Sandtorkai 50");
		assertThat(address.get("postalCode").asString()).isEqualTo("20457");
		assertThat(address.get("locality").asString()).isEqualTo("Hamburg");
		assertThat(address.get("region").isNull()).isTrue();
		assertThat(address.get("countryCode").asString()).isEqualTo("DE");
		assertThat(body.get("website").asString()).isEqualTo("https://detail.example.com");
		assertThat(body.get("email").asString()).isEqualTo("hello@detail.example.com");
		assertThat(body.get("phone").asString()).isEqualTo("+49 40 123");
		assertThat(body.get("socialLinks")).hasSize(1);
		assertThat(body.get("socialLinks").get(0).get("network").asString()).isEqualTo("LINKEDIN");
		assertThat(body.get("socialLinks").get(0).get("url").asString())
			.isEqualTo("https://www.linkedin.com/company/detail");
		assertThat(body.get("descriptionHtml").asString()).contains("<strong>weld</strong>")
			.contains("href=\"" + this.web.base() + "/companies/friends\"")
			.doesNotContain("<script");
		assertThat(body.get("openJobs").asInt()).isEqualTo(1);
		assertThat(body.get("feedUrl").asString())
			.isEqualTo(this.web.base() + "/companies/" + company.getSlug() + "/jobs.atom");
		assertThat(body.get("jobs")).hasSize(1);
		JsonNode job = body.get("jobs").get(0);
		assertThat(job.propertyNames()).containsExactlyElementsOf(JobApiIT.SUMMARY_FIELDS);
		assertThat(job.get("id").asLong()).isEqualTo(open.getId());
		assertThat(job.get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void readingACompanyShowsItsViewsWithoutCountingOne() throws Exception {
		Company company = this.testCompanies.company("Api Views");
		// Two views of the profile by a person.
		for (int view = 0; view < 2; view++) {
			assertThat(this.web.get("/companies/" + company.getSlug(), "User-Agent", UserAgents.BROWSER).statusCode())
				.isEqualTo(200);
		}
		assertThat(this.viewCounter.totalViews(ViewSubject.COMPANY, company.getId())).isEqualTo(2);

		for (int read = 0; read < 3; read++) {
			assertThat(ok("/api/companies/" + company.getSlug()).get("views").asLong()).isEqualTo(2);
		}
		assertThat(this.viewCounter.totalViews(ViewSubject.COMPANY, company.getId())).isEqualTo(2);
	}

	@Test
	void hiddenCompaniesAreNotFoundAndAFormerSlugMovesToTheCurrentOne() throws Exception {
		Company pending = hidden("Api Hidden Pending", CompanyStatus.PENDING);
		Company archived = hidden("Api Hidden Archived", CompanyStatus.ARCHIVED);
		Company renamed = this.testCompanies.company("Api Renamed");
		String oldSlug = renamed.getSlug();
		renamed.setSlug(oldSlug + "-now");
		this.testCompanies.save(renamed);
		this.slugHistory.recordRename(renamed.getId(), oldSlug, renamed.getSlug());

		for (Company company : List.of(pending, archived)) {
			HttpResponse<String> response = this.web.get("/api/companies/" + company.getSlug());
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).get()
				.asString()
				.startsWith("application/problem+json");
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.get("status").asInt()).isEqualTo(404);
			assertThat(problem.get("instance").asString()).isEqualTo("/api/companies/" + company.getSlug());
		}
		HttpResponse<String> moved = this.web.get("/api/companies/" + oldSlug);
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(moved.headers().firstValue("Location"))
			.contains(this.web.base() + "/api/companies/" + renamed.getSlug());
	}

	@Test
	void nothingPrivateIsShown() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Api Private " + token);
		this.testCompanies.job(company, "Secret Draft " + token, JobStatus.DRAFT, null);
		String employerEmail = "employer-" + token + "@private.example.com";
		this.users.save(new UserAccount(employerEmail, "{noop}unused-password", Role.EMPLOYER, company.getId()));
		hidden("Api Private Pending " + token, CompanyStatus.PENDING);

		for (String path : List.of("/api/companies?q=" + token, "/api/companies/" + company.getSlug(),
				"/api/jobs?q=" + token)) {
			String body = this.web.get(path).body();
			assertThat(body).as(path)
				.doesNotContain(employerEmail, "Secret Draft", "Pending", "unused-password", "descriptionMarkdown",
						"version");
		}
	}

	private Company hidden(String name, CompanyStatus status) {
		Company company = this.testCompanies.company(name);
		company.setStatus(status);
		return this.testCompanies.save(company);
	}

	private JsonNode ok(String path) throws Exception {
		HttpResponse<String> response = this.web.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static List<String> names(JsonNode page) {
		return page.get("items").valueStream().map((item) -> item.get("name").asString()).toList();
	}

	static String token() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

}
