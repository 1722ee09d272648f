package com.jobboard.api;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.Job;
import com.jobboard.job.JobBoard;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobSearch;
import com.jobboard.job.JobSort;
import com.jobboard.job.JobStatus;
import com.jobboard.job.JobSummary;
import com.jobboard.job.SalaryPeriod;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.jobboard.api.CompanyApiIT.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/jobs} over HTTP: the job search's open jobs, each published job, and
 * conditional GETs.
 */
@IntegrationTest
class JobApiIT {

	static final List<String> SUMMARY_FIELDS = List.of("id", "slug", "title", "status", "company", "employmentType",
			"location", "countryCode", "remote", "salary", "postedAt", "expiresAt", "updatedAt", "url", "apiUrl");

	static final List<String> DETAIL_FIELDS = List.of("id", "slug", "title", "status", "company", "employmentType",
			"location", "countryCode", "address", "remote", "salary", "postedAt", "expiresAt", "updatedAt", "url",
			"apiUrl", "descriptionHtml", "applyUrl", "applyEmail");

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	JobBoard board;

	@Autowired
	MarkdownRenderer markdown;

	HttpPages web;

	@BeforeEach
	void setUp() {
		this.web = HttpPages.plain(this.port);
	}

	@Test
	void listHasOnlyOpenJobsOfPublicCompaniesWithStableFields() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Api Jobs");
		Instant expires = Instant.now().plus(Duration.ofDays(20));
		Job open = this.testCompanies.job(company, "Api Welder " + token, JobStatus.OPEN, expires);
		open.setLocation("Berlin");
		open.setCountryCode("DE");
		open.setRemote(true);
		open.setSalary(new BigDecimal("65000.00"), new BigDecimal("80000.50"), "EUR", SalaryPeriod.YEAR);
		open = this.jobs.save(open);
		this.testCompanies.job(company, "Api Draft " + token, JobStatus.DRAFT, null);
		this.testCompanies.job(company, "Api Filled " + token, JobStatus.FILLED, null);
		this.testCompanies.job(company, "Api Expired " + token, JobStatus.OPEN, Instant.now().minusSeconds(60));
		for (CompanyStatus hidden : List.of(CompanyStatus.PENDING, CompanyStatus.ARCHIVED)) {
			Company other = this.testCompanies.company("Api Hidden " + hidden);
			other.setStatus(hidden);
			this.testCompanies.job(this.testCompanies.save(other), "Api Hidden " + token, JobStatus.OPEN, null);
		}

		JsonNode page = ok("/api/jobs?q=" + token);

		assertThat(page.get("items")).hasSize(1);
		JsonNode job = page.get("items").get(0);
		assertThat(job.propertyNames()).containsExactlyElementsOf(SUMMARY_FIELDS);
		assertThat(job.get("id").asLong()).isEqualTo(open.getId());
		assertThat(job.get("slug").asString()).isEqualTo(open.getSlug());
		assertThat(job.get("title").asString()).isEqualTo(open.getTitle());
		assertThat(job.get("status").asString()).isEqualTo("OPEN");
		assertThat(job.get("employmentType").asString()).isEqualTo("FULL_TIME");
		assertThat(job.get("location").asString()).isEqualTo("Berlin");
		assertThat(job.get("countryCode").asString()).isEqualTo("DE");
		assertThat(job.get("remote").asBoolean()).isTrue();
		JsonNode salary = job.get("salary");
		assertThat(salary.propertyNames()).containsExactly("min", "max", "currency", "period");
		assertThat(salary.get("min").decimalValue()).isEqualByComparingTo("65000");
		assertThat(salary.get("max").decimalValue()).isEqualByComparingTo("80000.5");
		assertThat(salary.get("currency").asString()).isEqualTo("EUR");
		assertThat(salary.get("period").asString()).isEqualTo("YEAR");
		// Dates are ISO 8601 strings in UTC, never numbers.
		assertThat(job.get("postedAt").isString()).isTrue();
		assertThat(Instant.parse(job.get("postedAt").asString())).isCloseTo(open.getPostedAt(),
				org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
		assertThat(Instant.parse(job.get("expiresAt").asString())).isCloseTo(expires,
				org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
		assertThat(job.get("updatedAt").asString()).endsWith("Z");
		JsonNode ref = job.get("company");
		assertThat(ref.propertyNames()).containsExactly("id", "slug", "name", "logoUrl", "url", "apiUrl");
		assertThat(ref.get("name").asString()).isEqualTo(company.getName());
		assertThat(ref.get("apiUrl").asString()).isEqualTo(this.web.base() + "/api/companies/" + company.getSlug());
		assertThat(job.get("url").asString())
			.isEqualTo(this.web.base() + "/jobs/" + open.getId() + "/" + open.getSlug());
		assertThat(job.get("apiUrl").asString()).isEqualTo(this.web.base() + "/api/jobs/" + open.getId());
	}

	@Test
	void listFindsWhatTheJobSearchFindsAndPagesThroughIt() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Api Search");
		for (int i = 0; i < 3; i++) {
			Job job = this.testCompanies.job(company, "Search Fitter " + i + " " + token, JobStatus.OPEN, null);
			job.setPostedAt(Instant.now().minus(Duration.ofHours(i + 1)));
			job.setEmploymentType((i == 2) ? EmploymentType.CONTRACTOR : EmploymentType.FULL_TIME);
			this.jobs.save(job);
		}
		String filters = "q=" + token + "&type=FULL_TIME&remote=false&sort=NEWEST";

		JsonNode first = ok("/api/jobs?" + filters + "&size=1");
		JsonNode second = ok(first.get("links").get("next").asString().substring(this.web.base().length()));

		List<String> found = this.board
			.search(new JobSearch(token, null, null, EmploymentType.FULL_TIME, false, JobSort.NEWEST), 0, 20)
			.map(JobSummary::title)
			.toList();
		assertThat(found).containsExactly("Search Fitter 0 " + token, "Search Fitter 1 " + token);
		assertThat(first.get("page").get("totalItems").asLong()).isEqualTo(found.size());
		assertThat(first.get("items").get(0).get("title").asString()).isEqualTo(found.get(0));
		assertThat(second.get("items").get(0).get("title").asString()).isEqualTo(found.get(1));
		assertThat(second.get("links").get("self").asString())
			.isEqualTo(this.web.base() + "/api/jobs?" + filters + "&size=1&page=2");
	}

	@Test
	void keywordSearchesListTheBestMatchFirstUnlessASortIsGiven() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Api Relevance");
		Job inTitle = this.testCompanies.job(company, "Welder " + token, JobStatus.OPEN, null);
		inTitle.setPostedAt(Instant.now().minus(Duration.ofDays(5)));
		this.jobs.save(inTitle);
		Job inDescription = this.testCompanies.job(company, "Fitter", JobStatus.OPEN, null);
		String description = "You will work with " + token + " every day.";
		inDescription.describe(description, this.markdown.toSafeHtml(description));
		this.jobs.save(inDescription);

		JsonNode byRelevance = ok("/api/jobs?q=" + token);
		JsonNode newest = ok("/api/jobs?q=" + token + "&sort=NEWEST");

		assertThat(byRelevance.get("items").valueStream().map((job) -> job.get("id").asLong()).toList())
			.containsExactly(inTitle.getId(), inDescription.getId());
		assertThat(newest.get("items").valueStream().map((job) -> job.get("id").asLong()).toList())
			.containsExactly(inDescription.getId(), inTitle.getId());
	}

	@Test
	void openJobHasItsDescriptionAndHowToApply() throws Exception {
		Company company = this.testCompanies.company("Api Open Job");
		Job job = this.testCompanies.job(company, "Open Detail", JobStatus.OPEN, null);
		String description = "Weld **robots**. <img src=x onerror=alert(1)>";
		job.describe(description, this.markdown.toSafeHtml(description));
		job.setApplyUrl("https://jobs.example.com/apply");
		job.setApplyEmail("apply@example.com");
		job.setLocation("Hamburg");
		job.setRegion("Hamburg");
		job = this.jobs.save(job);

		JsonNode body = ok("/api/jobs/" + job.getId());

		assertThat(body.propertyNames()).containsExactlyElementsOf(DETAIL_FIELDS);
		assertThat(body.get("address").get("locality").asString()).isEqualTo("Hamburg");
		assertThat(body.get("address").get("region").asString()).isEqualTo("Hamburg");
		assertThat(body.get("address").get("streetAddress").isNull()).isTrue();
		assertThat(body.get("status").asString()).isEqualTo("OPEN");
		assertThat(body.get("descriptionHtml").asString()).contains("<strong>robots</strong>")
			.doesNotContain("onerror");
		assertThat(body.get("applyUrl").asString()).isEqualTo("https://jobs.example.com/apply");
		assertThat(body.get("applyEmail").asString()).isEqualTo("apply@example.com");
		assertThat(body.get("salary").isNull()).isTrue();
		assertThat(body.get("expiresAt").isNull()).isTrue();
	}

	@Test
	void closedJobsSayClosedAndNoLongerHowToApply() throws Exception {
		Company company = this.testCompanies.company("Api Closed Job");
		Job filled = this.testCompanies.job(company, "Filled Detail", JobStatus.FILLED, null);
		Job expired = this.testCompanies.job(company, "Expired Detail", JobStatus.OPEN, Instant.now().minusSeconds(5));
		for (Job job : List.of(filled, expired)) {
			job.setApplyUrl("https://jobs.example.com/apply");
			this.jobs.save(job);
		}

		for (Job job : List.of(filled, expired)) {
			JsonNode body = ok("/api/jobs/" + job.getId());
			assertThat(body.get("status").asString()).isEqualTo("CLOSED");
			assertThat(body.get("applyUrl").isNull()).isTrue();
			assertThat(body.get("applyEmail").isNull()).isTrue();
		}
	}

	@Test
	void draftsAndJobsOfHiddenCompaniesAreNotFound() throws Exception {
		Company company = this.testCompanies.company("Api Draft Job");
		Job draft = this.testCompanies.job(company, "Draft Detail", JobStatus.DRAFT, null);
		Company pending = this.testCompanies.company("Api Pending Job");
		pending.setStatus(CompanyStatus.PENDING);
		Job ofPending = this.testCompanies.job(this.testCompanies.save(pending), "Pending Detail", JobStatus.OPEN,
				null);

		for (Job job : List.of(draft, ofPending)) {
			HttpResponse<String> response = this.web.get("/api/jobs/" + job.getId());
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).get()
				.asString()
				.startsWith("application/problem+json");
			JsonNode problem = this.json.readTree(response.body());
			assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail", "instance");
			assertThat(problem.get("detail").asString()).doesNotContain("Draft Detail", "Pending Detail");
		}
	}

	@Test
	void answersCarryAnEtagAndAreNotSentAgainWhenItMatches() throws Exception {
		Company company = this.testCompanies.company("Api Etag");
		Job job = this.testCompanies.job(company, "Etag Detail", JobStatus.OPEN, null);

		for (String path : List.of("/api/jobs/" + job.getId(), "/api/jobs?q=Etag", "/api/companies?q=Api+Etag")) {
			HttpResponse<String> first = this.web.get(path);
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(first.headers().firstValue("Cache-Control")).get().asString().contains("max-age=60");

			HttpResponse<String> again = this.web.get(path, "If-None-Match", etag);

			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(again.headers().firstValue("ETag")).contains(etag);
		}
		// A change gives a new ETag, so the client gets the new content.
		HttpResponse<String> before = this.web.get("/api/jobs/" + job.getId());
		job.setTitle("Etag Detail Renamed");
		this.jobs.save(job);
		HttpResponse<String> after = this.web.get("/api/jobs/" + job.getId(), "If-None-Match",
				before.headers().firstValue("ETag").orElseThrow());
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Etag Detail Renamed");
	}

	private JsonNode ok(String path) throws Exception {
		HttpResponse<String> response = this.web.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

}
