package com.jobboard.job;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.LogoStore;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public job page: what it shows open and closed, its address, and its JSON-LD. */
@IntegrationTest
class JobPageIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	LogoStore logoStore;

	@Autowired
	MarkdownRenderer markdown;

	private HttpPages pages;

	@BeforeEach
	void client() {
		this.pages = HttpPages.withoutCookies(this.port);
	}

	@Test
	void anOpenJobShowsEverythingAboutItAndHowToApply() {
		Company company = this.testCompanies.company("Shown");
		long logoId = this.logoStore.store("image/png", png());
		company.setLogoId(logoId);
		company.setWebsite("https://shown.example");
		company = this.testCompanies.save(company);
		Job job = fullJob(company, "Robot Engineer");

		Document page = this.pages.html(path(job));

		assertThat(page.select("h1").eachText()).containsExactly("Robot Engineer");
		Element companyLink = page.selectFirst("header.profile-header p.tagline a");
		assertThat(companyLink.text()).isEqualTo(company.getName());
		assertThat(companyLink.attr("href")).isEqualTo("/companies/" + company.getSlug());
		assertThat(page.selectFirst("header.profile-header img.logo").attr("src")).isEqualTo("/logos/" + logoId);
		assertThat(page.selectFirst("#job-type dd").text()).isEqualTo("Part-time");
		assertThat(page.selectFirst("#job-location dd").text()).isEqualTo("Berlin, DE");
		assertThat(page.selectFirst("#job-salary dd").text()).isEqualTo("EUR 65,000–80,000.5 a year");
		assertThat(page.selectFirst("#job-posted time").attr("datetime")).isEqualTo("2026-06-01T09:30:00Z");
		assertThat(page.selectFirst("#job-posted time").text()).isEqualTo("June 1, 2026");
		assertThat(page.selectFirst("#job-expires dt").text()).isEqualTo("Apply by");
		assertThat(page.selectFirst("#job-expires time").attr("datetime")).isEqualTo(job.getExpiresAt().toString());
		assertThat(page.select(".prose h3").eachText()).containsExactly("What you do");
		assertThat(page.select(".prose strong").eachText()).containsExactly("robots");
		assertThat(page.select(".prose script")).isEmpty();
		assertThat(page.selectFirst(".apply a.button").attr("href")).isEqualTo("https://shown.example/apply");
		assertThat(page.selectFirst(".apply a[href^=mailto:]").attr("href")).isEqualTo("mailto:jobs@shown.example");
		assertThat(page.select("p.notice")).isEmpty();
		assertThat(page.select("meta[name=robots]")).isEmpty();
	}

	@Test
	void anOpenJobCarriesItsJobPostingJsonLd() {
		Company company = this.testCompanies.company("Structured");
		long logoId = this.logoStore.store("image/png", png());
		company.setLogoId(logoId);
		company = this.testCompanies.save(company);
		Job job = fullJob(company, "Data Analyst");

		Document page = this.pages.html(path(job));

		JsonNode posting = jsonLd(page);
		String base = this.pages.base();
		assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
		assertThat(posting.get("title").asString()).isEqualTo("Data Analyst");
		assertThat(posting.get("description").asString()).isEqualTo(job.getDescriptionHtml());
		assertThat(OffsetDateTime.parse(posting.get("datePosted").asString()).toInstant()).isEqualTo(job.getPostedAt());
		assertThat(OffsetDateTime.parse(posting.get("validThrough").asString()).toInstant())
			.isEqualTo(job.getExpiresAt());
		assertThat(posting.get("employmentType").asString()).isEqualTo("PART_TIME");
		assertThat(posting.get("hiringOrganization").get("name").asString()).isEqualTo(company.getName());
		assertThat(posting.get("hiringOrganization").get("logo").asString()).isEqualTo(base + "/logos/" + logoId);
		assertThat(posting.get("jobLocation").get("address").get("addressCountry").asString()).isEqualTo("DE");
		assertThat(posting.get("baseSalary").get("currency").asString()).isEqualTo("EUR");
		assertThat(posting.get("identifier").get("value").asString()).isEqualTo(job.getId().toString());
		assertThat(posting.get("url").asString()).isEqualTo(base + path(job));
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(base + path(job));
		assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(base + "/logos/" + logoId);
		assertThat(page.selectFirst("meta[name=description]").attr("content"))
			.startsWith("Data Analyst at " + company.getName() + " – Part-time, Berlin, DE. What you do");
	}

	@Test
	void aWrongSlugOrNoSlugMovesPermanentlyToTheRightOne() throws Exception {
		Job job = fullJob(this.testCompanies.company("Moved"), "Night Porter");

		for (String path : new String[] { "/jobs/" + job.getId() + "/day-porter", "/jobs/" + job.getId(),
				"/jobs/" + job.getId() + "/NIGHT-PORTER" }) {
			HttpResponse<String> response = this.pages.get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(301);
			assertThat(response.headers().firstValue("Location")).as(path).get().asString().endsWith(path(job));
		}
	}

	@Test
	void aFilledJobSaysItIsClosedAndLeavesTheIndexes() throws Exception {
		Job job = fullJob(this.testCompanies.company("Filled"), "Filled Role");
		job.fill();
		this.jobs.save(job);

		HttpResponse<String> response = this.pages.get(path(job));

		assertThat(response.statusCode()).isEqualTo(200);
		assertClosed(Jsoup.parse(response.body()));
		assertThat(Jsoup.parse(response.body()).selectFirst("#job-expires dt").text()).isEqualTo("Closed");
	}

	@Test
	void aJobPastItsExpirySaysItIsClosedThoughNothingRewroteIt() throws Exception {
		Job job = fullJob(this.testCompanies.company("Lapsed"), "Lapsed Role");
		job.setExpiresAt(Instant.now().minusSeconds(5));
		this.jobs.save(job);

		HttpResponse<String> response = this.pages.get(path(job));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.jobs.findById(job.getId()).orElseThrow().getStatus()).isEqualTo(JobStatus.OPEN);
		assertClosed(Jsoup.parse(response.body()));
	}

	@Test
	void draftsUnknownJobsAndJobsOfHiddenCompaniesAreNotFound() throws Exception {
		Company company = this.testCompanies.company("Hidden");
		Job draft = this.testCompanies.job(company, "Draft Role", JobStatus.DRAFT, null);
		Job open = fullJob(company, "Open Role");

		assertThat(this.pages.get(path(draft)).statusCode()).isEqualTo(404);
		assertThat(this.pages.get("/jobs/999999999/nothing").statusCode()).isEqualTo(404);
		company.setStatus(CompanyStatus.ARCHIVED);
		this.testCompanies.save(company);
		assertThat(this.pages.get(path(open)).statusCode()).isEqualTo(404);
	}

	@Test
	void aRemoteJobWithoutAPlaceSaysRemote() {
		Job job = fullJob(this.testCompanies.company("Anywhere"), "Remote Writer");
		job.setLocation(null);
		job.setCountryCode(null);
		job.setRemote(true);
		this.jobs.save(job);

		Document page = this.pages.html(path(job));

		assertThat(page.selectFirst("#job-location dd").text()).isEqualTo("Remote");
		assertThat(jsonLd(page).get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
	}

	@Test
	void aJobWithoutSalaryOrExpiryLeavesThemOut() {
		Job job = fullJob(this.testCompanies.company("Sparse"), "Sparse Role");
		job.setSalary(null, null, null, null);
		job.setExpiresAt(null);
		this.jobs.save(job);

		Document page = this.pages.html(path(job));

		assertThat(page.select("#job-salary, #job-expires")).isEmpty();
		assertThat(jsonLd(page).has("baseSalary")).isFalse();
		assertThat(jsonLd(page).has("validThrough")).isFalse();
	}

	@Test
	void applyingByEmailOnlyShowsTheAddress() {
		Job job = fullJob(this.testCompanies.company("Mailer"), "Mail Role");
		job.setApplyUrl(null);
		this.jobs.save(job);

		Document page = this.pages.html(path(job));

		assertThat(page.select(".apply a.button")).isEmpty();
		assertThat(page.selectFirst(".apply a[href^=mailto:]").text()).isEqualTo("jobs@shown.example");
	}

	@Test
	void hostileJobTextCannotBreakOutOfTheJsonLd() throws Exception {
		String breakout = "</script><script>alert(1)</script><!--";
		Job job = fullJob(this.testCompanies.company("Breakout"), breakout + " Engineer");
		job.setLocation(breakout);
		String description = "`" + breakout + "`\n\n<script>alert(2)</script>";
		job.describe(description, this.markdown.toSafeHtml(description));
		this.jobs.save(job);

		HttpResponse<String> response = this.pages.get(path(job));

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("script")).hasSize(1);
		assertThat(response.body()).doesNotContain("<script>alert");
		JsonNode posting = jsonLd(page);
		assertThat(posting.get("title").asString()).isEqualTo(breakout + " Engineer");
		assertThat(posting.get("jobLocation").get("address").get("addressLocality").asString()).isEqualTo(breakout);
		assertThat(page.select("h1").eachText()).containsExactly(breakout + " Engineer");
	}

	private static String path(Job job) {
		return "/jobs/" + job.getId() + "/" + job.getSlug();
	}

	private static void assertClosed(Document page) {
		assertThat(page.selectFirst("p.notice").text())
			.isEqualTo("This job is closed and no longer takes applications.");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("script[type=application/ld+json]")).isEmpty();
		assertThat(page.select(".apply")).isEmpty();
		assertThat(page.select("h1")).hasSize(1);
	}

	private static JsonNode jsonLd(Document page) {
		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
	}

	/**
	 * An open job with every field set, posted on 2026-06-01 and open until the end of a
	 * day a month away.
	 */
	private Job fullJob(Company company, String title) {
		Instant expiry = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.DAYS).plusSeconds(86_399);
		Job job = this.testCompanies.job(company, title, JobStatus.OPEN, expiry);
		job.setPostedAt(Instant.parse("2026-06-01T09:30:00Z"));
		job.setEmploymentType(EmploymentType.PART_TIME);
		job.setLocation("Berlin");
		job.setCountryCode("DE");
		job.setSalary(new BigDecimal("65000"), new BigDecimal("80000.50"), "EUR", SalaryPeriod.YEAR);
		String description = "# What you do\n\nYou build **robots**.\n\n<script>alert(1)</script>";
		job.describe(description, this.markdown.toSafeHtml(description));
		job.setApplyUrl("https://shown.example/apply");
		job.setApplyEmail("jobs@shown.example");
		return this.jobs.save(job);
	}

	private static byte[] png() {
		byte[] header = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		byte[] unique = UUID.randomUUID().toString().getBytes();
		byte[] bytes = new byte[header.length + unique.length];
		System.arraycopy(header, 0, bytes, 0, header.length);
		System.arraycopy(unique, 0, bytes, header.length, unique.length);
		return bytes;
	}

}
