package com.jobboard.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.company.LogoStore;
import com.jobboard.company.SocialNetwork;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head of every public page, as search engines and link previews read it: a title and
 * description of its own, the canonical address, Open Graph and Twitter card tags,
 * JSON-LD.
 */
@IntegrationTest
class MetaTagsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	LogoStore logoStore;

	private HttpPages pages;

	@BeforeEach
	void client() {
		this.pages = HttpPages.withoutCookies(this.port);
	}

	@Test
	void everyPublicPageHasItsOwnTitleDescriptionCanonicalAndPreviewTags() {
		Company company = this.testCompanies.company("Meta Company", "We make *meta* things.");
		Job job = this.testCompanies.job(company, "Meta Engineer", JobStatus.OPEN, null);
		String jobPath = "/jobs/" + job.getId() + "/" + job.getSlug();
		Map<String, String> canonicalByPath = new LinkedHashMap<>();
		canonicalByPath.put("/", "/");
		canonicalByPath.put("/companies", "/companies");
		canonicalByPath.put("/companies/" + company.getSlug(), "/companies/" + company.getSlug());
		canonicalByPath.put("/jobs", "/jobs");
		canonicalByPath.put("/jobs?q=meta", "/jobs");
		canonicalByPath.put(jobPath, jobPath);
		canonicalByPath.put("/login", "/login");

		List<String> titles = new ArrayList<>();
		List<String> descriptions = new ArrayList<>();
		for (Map.Entry<String, String> entry : canonicalByPath.entrySet()) {
			Document page = this.pages.html(entry.getKey());
			String path = entry.getKey();
			String description = content(page, "meta[name=description]");
			assertThat(page.title()).as("title of %s", path).isNotBlank().endsWith(" · Job Board");
			assertThat(description).as("description of %s", path).isNotBlank();
			assertThat(page.selectFirst("link[rel=canonical]").attr("href")).as("canonical of %s", path)
				.isEqualTo(this.pages.base() + entry.getValue());
			assertThat(content(page, "meta[property=og:url]")).as("og:url of %s", path)
				.isEqualTo(this.pages.base() + entry.getValue());
			assertThat(page.title()).as("og:title of %s", path).startsWith(content(page, "meta[property=og:title]"));
			assertThat(content(page, "meta[property=og:description]")).as("og:description of %s", path)
				.isEqualTo(description);
			assertThat(content(page, "meta[property=og:site_name]")).isEqualTo("Job Board");
			assertThat(content(page, "meta[property=og:type]")).isIn("website", "article");
			assertThat(content(page, "meta[name=twitter:card]")).isEqualTo("summary");
			assertThat(content(page, "meta[name=twitter:title]")).isEqualTo(content(page, "meta[property=og:title]"));
			assertThat(content(page, "meta[name=twitter:description]")).isEqualTo(description);
			assertThat(page.select("link[rel=canonical]")).as("one canonical on %s", path).hasSize(1);
			titles.add(page.title());
			descriptions.add(description);
		}
		assertThat(titles).as("titles").doesNotHaveDuplicates();
	}

	@Test
	void errorPagesHaveTitleAndDescriptionButNoCanonical() throws Exception {
		HttpResponse<String> notFound = this.pages.get("/companies/no-such-company-" + UUID.randomUUID());
		HttpResponse<String> badRequest = this.pages.get("/companies?page=abc");

		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(badRequest.statusCode()).isEqualTo(400);
		for (HttpResponse<String> response : List.of(notFound, badRequest)) {
			Document page = Jsoup.parse(response.body());
			assertThat(page.title()).isNotBlank();
			assertThat(content(page, "meta[name=description]")).isNotBlank();
			assertThat(page.select("link[rel=canonical], meta[property=og:url]")).isEmpty();
		}
		assertThat(Jsoup.parse(notFound.body()).title()).isNotEqualTo(Jsoup.parse(badRequest.body()).title());
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/jobs?page=2, /jobs?page=2", "/jobs?page=1, /jobs", "/jobs?q=nurse&page=2, /jobs",
			"/jobs?location=Berlin&remote=true, /jobs", "/jobs?sort=NEWEST, /jobs",
			"/jobs?q=&location=&page=3, /jobs?page=3", "/companies?sector=software, /companies",
			"/companies?page=2, /companies?page=2", "/login?error, /login", "/jobs?page=99999999, /jobs" })
	void filteredListsNameTheUnfilteredListAsCanonical(String path, String canonical) {
		Document page = this.pages.html(path);

		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(this.pages.base() + canonical);
	}

	@Test
	void aProfileCarriesItsOrganizationJsonLdAndLogoAndKeepsThemCurrentAfterAnEdit() {
		Company company = this.testCompanies.company("Organized", "We *organize* things.");
		long logoId = this.logoStore.store("image/png", png());
		company.setLogoId(logoId);
		company.setWebsite("https://organized.example");
		company.setSocialLinks(
				company.getSocialLinks().with(SocialNetwork.LINKEDIN, "https://www.linkedin.com/company/organized"));
		company = this.testCompanies.save(company);
		String path = "/companies/" + company.getSlug();

		Document first = this.pages.html(path);
		// The second anonymous view is served from the rendered-page cache.
		Document cached = this.pages.html(path);

		for (Document page : List.of(first, cached)) {
			JsonNode organization = jsonLd(page);
			assertThat(organization.get("@type").asString()).isEqualTo("Organization");
			assertThat(organization.get("name").asString()).isEqualTo(company.getName());
			assertThat(organization.get("url").asString()).isEqualTo("https://organized.example");
			assertThat(organization.get("logo").asString()).isEqualTo(this.pages.base() + "/logos/" + logoId);
			assertThat(organization.get("sameAs").get(0).asString())
				.isEqualTo("https://www.linkedin.com/company/organized");
			assertThat(organization.get("description").asString()).isEqualTo("We organize things.");
			assertThat(content(page, "meta[property=og:image]")).isEqualTo(this.pages.base() + "/logos/" + logoId);
		}

		company.setName("Renamed " + company.getName());
		company.setWebsite(null);
		company = this.testCompanies.save(company);

		JsonNode edited = jsonLd(this.pages.html(path));
		assertThat(edited.get("name").asString()).isEqualTo(company.getName());
		assertThat(edited.get("url").asString()).isEqualTo(this.pages.base() + path);
	}

	@Test
	void aForgedHostHeaderChangesNoPage() {
		Company company = this.testCompanies.company("Poisoned");
		String path = "/companies/" + company.getSlug();

		Document forged = Jsoup.parse(this.pages.rawGet(path, "evil.example"));
		Document visitor = this.pages.html(path);
		Document again = this.pages.html(path);

		for (Document page : List.of(forged, visitor, again)) {
			assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(this.pages.base() + path);
			assertThat(page.html()).doesNotContain("evil.example");
		}
	}

	private static String content(Document page, String selector) {
		Element element = page.selectFirst(selector);
		assertThat(element).as(selector).isNotNull();
		return element.attr("content");
	}

	private static JsonNode jsonLd(Document page) {
		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
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
