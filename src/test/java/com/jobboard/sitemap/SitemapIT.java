package com.jobboard.sitemap;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.Xml;
import com.jobboard.web.SiteUrls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.jobboard.support.Xml.childText;
import static com.jobboard.support.Xml.children;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap and robots.txt as crawlers read them, parsed by a namespace-aware XML
 * parser.
 */
@IntegrationTest
class SitemapIT {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** W3C Datetime to the second, in UTC. */
	private static final String W3C_DATETIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SitemapEntries entries;

	@Autowired
	Sitemaps sitemaps;

	@Autowired
	SiteUrls siteUrls;

	@Autowired
	Clock clock;

	HttpPages web;

	@BeforeEach
	void setUp() {
		this.web = HttpPages.plain(this.port);
	}

	@Test
	void sitemapListsPublicCompaniesAndOpenJobsOnly() throws Exception {
		Company active = this.testCompanies.company("Sitemap Active");
		Job open = this.testCompanies.job(active, "Open Welder", JobStatus.OPEN, null);
		Job openUntilLater = this.testCompanies.job(active, "Open Later", JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(3)));
		Job draft = this.testCompanies.job(active, "Draft Welder", JobStatus.DRAFT, null);
		Job filled = this.testCompanies.job(active, "Filled Welder", JobStatus.FILLED, null);
		Job expired = this.testCompanies.job(active, "Expired Welder", JobStatus.OPEN,
				Instant.now().minus(Duration.ofHours(1)));
		Company pending = withStatus(this.testCompanies.company("Sitemap Pending"), CompanyStatus.PENDING);
		Job pendingJob = this.testCompanies.job(pending, "Pending Welder", JobStatus.OPEN, null);
		Company archived = withStatus(this.testCompanies.company("Sitemap Archived"), CompanyStatus.ARCHIVED);
		Job archivedJob = this.testCompanies.job(archived, "Archived Welder", JobStatus.OPEN, null);

		HttpResponse<String> response = this.web.get("/sitemap.xml");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/xml");
		Document sitemap = Xml.parse(response.body());
		Element root = sitemap.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(NS);
		assertThat(root.getLocalName()).isEqualTo("urlset");
		Map<String, String> lastModified = urls(root);
		String base = this.web.base();
		assertThat(lastModified).containsKeys(base + "/", base + "/companies", base + "/jobs",
				base + "/companies/" + active.getSlug(), base + jobPath(open), base + jobPath(openUntilLater));
		assertThat(lastModified).doesNotContainKeys(base + "/companies/" + pending.getSlug(),
				base + "/companies/" + archived.getSlug(), base + jobPath(draft), base + jobPath(filled),
				base + jobPath(expired), base + jobPath(pendingJob), base + jobPath(archivedJob));
		assertThat(lastModified.keySet()).allSatisfy((url) -> assertThat(url).startsWith(base + "/"));
		assertThat(lastModified.values()).allSatisfy((lastmod) -> assertThat(lastmod).matches(W3C_DATETIME));
		// A job page shows its company too: the later of the two changes.
		Instant jobChanged = latest(updatedAt("jobs", open.getId()), updatedAt("companies", active.getId()));
		assertThat(lastModified.get(base + jobPath(open))).isEqualTo(w3c(jobChanged));
	}

	@Test
	void companyPageLastChangedWhenItsLatestJobExpired() throws Exception {
		Company company = this.testCompanies.company("Sitemap Expiry");
		this.testCompanies.job(company, "Still Open", JobStatus.OPEN, null);
		Instant expiry = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
		this.testCompanies.job(company, "Just Expired", JobStatus.OPEN, expiry);
		this.testCompanies.job(company, "Draft Edited", JobStatus.DRAFT, null);
		// Everything was last written a week ago, except the draft, which is not on the
		// page.
		this.jdbc.sql("update companies set updated_at = now() - interval '7 days' where id = ?")
			.param(company.getId())
			.update();
		this.jdbc
			.sql("update jobs set updated_at = now() - interval '7 days' where company_id = ? and status <> 'DRAFT'")
			.param(company.getId())
			.update();

		Map<String, String> lastModified = urls(Xml.parse(this.web.get("/sitemap.xml").body()).getDocumentElement());

		assertThat(lastModified.get(this.web.base() + "/companies/" + company.getSlug())).isEqualTo(w3c(expiry));
	}

	@Test
	void sitemapIndexSplitsTheAddressesIntoSitemapsOfAtMostTheLimit() throws Exception {
		for (int i = 0; i < 3; i++) {
			Company company = this.testCompanies.company("Sitemap Index " + i);
			this.testCompanies.job(company, "Index Job " + i, JobStatus.OPEN, null);
		}
		int limit = 2;
		Sitemaps small = new Sitemaps(this.entries, this.siteUrls, this.clock, limit);
		Instant now = this.clock.instant();
		List<Integer> companySitemaps = this.jdbc
			.sql("select distinct (id - 1) / ? + 1 from companies where status = 'ACTIVE' order by 1")
			.param(limit)
			.query(Integer.class)
			.list();
		List<Integer> jobSitemaps = this.entries.jobChunks(now, limit)
			.stream()
			.map(SitemapEntries.Chunk::number)
			.toList();

		Element index = parse(small.root());

		assertThat(index.getNamespaceURI()).isEqualTo(NS);
		assertThat(index.getLocalName()).isEqualTo("sitemapindex");
		List<Element> listed = children(index, NS, "sitemap");
		List<String> expected = new ArrayList<>(List.of(this.siteUrls.absolute("/sitemaps/pages.xml")));
		companySitemaps.forEach((i) -> expected.add(this.siteUrls.absolute("/sitemaps/companies-" + i + ".xml")));
		jobSitemaps.forEach((i) -> expected.add(this.siteUrls.absolute("/sitemaps/jobs-" + i + ".xml")));
		assertThat(listed).extracting((sitemap) -> childText(sitemap, NS, "loc")).containsExactlyElementsOf(expected);
		assertThat(listed).extracting((sitemap) -> childText(sitemap, NS, "lastmod"))
			.allSatisfy((lastmod) -> assertThat(lastmod).matches(W3C_DATETIME));
		// Together the small sitemaps list exactly what the one big sitemap lists.
		Set<String> together = new HashSet<>(urls(parse(small.listPages())).keySet());
		for (int i : companySitemaps) {
			Map<String, String> urls = urls(parse(small.companies(i).orElseThrow()));
			assertThat(urls).isNotEmpty().hasSizeLessThanOrEqualTo(limit);
			together.addAll(urls.keySet());
		}
		for (int i : jobSitemaps) {
			Map<String, String> urls = urls(parse(small.jobs(i).orElseThrow()));
			assertThat(urls).isNotEmpty().hasSizeLessThanOrEqualTo(limit);
			together.addAll(urls.keySet());
		}
		assertThat(small.companies(companySitemaps.get(companySitemaps.size() - 1) + 1)).isEmpty();
		assertThat(small.jobs(jobSitemaps.get(jobSitemaps.size() - 1) + 1)).isEmpty();
		assertThat(together).isEqualTo(urls(parse(this.sitemaps.root())).keySet());
	}

	@Test
	void aJobStaysInItsSitemapWhenEarlierJobsClose() throws Exception {
		Company company = this.testCompanies.company("Sitemap Stable");
		Job first = this.testCompanies.job(company, "Stable First", JobStatus.OPEN, null);
		Job second = this.testCompanies.job(company, "Stable Second", JobStatus.OPEN, null);
		int limit = 2;
		Sitemaps small = new Sitemaps(this.entries, this.siteUrls, this.clock, limit);
		int firstPart = (int) ((first.getId() - 1) / limit + 1);
		int secondPart = (int) ((second.getId() - 1) / limit + 1);
		String etag = small.jobs(firstPart).orElseThrow().etag();

		this.jdbc.sql("update jobs set status = 'FILLED', updated_at = now() where id = ?")
			.param(first.getId())
			.update();

		assertThat(urls(parse(small.jobs(secondPart).orElseThrow())))
			.containsKey(this.siteUrls.absolute(jobPath(second)))
			.doesNotContainKey(this.siteUrls.absolute(jobPath(first)));
		// The first job's part changed (or has no page left): its ETag is not the one
		// sent before.
		assertThat(small.jobs(firstPart).map(Sitemaps.Sitemap::etag)).isNotEqualTo(Optional.of(etag));
	}

	@Test
	void sitemapsAreStreamedNotHeldWholeToBeHashed() throws Exception {
		HttpResponse<String> response = this.web.get("/sitemap.xml");

		assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
		assertThat(response.headers().firstValue("Content-Length")).isEmpty();
		assertThat(response.headers().firstValue("ETag")).get().asString().startsWith("W/\"");
	}

	@Test
	void childSitemapsAnswerOverHttpAndPastTheLastIs404() throws Exception {
		Company company = this.testCompanies.company("Sitemap Child");
		Job job = this.testCompanies.job(company, "Child Job", JobStatus.OPEN, null);

		HttpResponse<String> pages = this.web.get("/sitemaps/pages.xml");
		HttpResponse<String> companies = this.web.get("/sitemaps/companies-1.xml");
		HttpResponse<String> jobs = this.web.get("/sitemaps/jobs-1.xml");

		assertThat(pages.statusCode()).isEqualTo(200);
		assertThat(urls(Xml.parse(pages.body()).getDocumentElement())).containsOnlyKeys(this.web.base() + "/",
				this.web.base() + "/companies", this.web.base() + "/jobs");
		assertThat(companies.statusCode()).isEqualTo(200);
		assertThat(urls(Xml.parse(companies.body()).getDocumentElement()))
			.containsKey(this.web.base() + "/companies/" + company.getSlug());
		assertThat(jobs.statusCode()).isEqualTo(200);
		assertThat(urls(Xml.parse(jobs.body()).getDocumentElement())).containsKey(this.web.base() + jobPath(job));
		assertThat(this.web.get("/sitemaps/companies-999999.xml").statusCode()).isEqualTo(404);
		assertThat(this.web.get("/sitemaps/jobs-0.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void sitemapAnswers304WhenItsEtagIsSentBack() throws Exception {
		HttpResponse<String> first = this.web.get("/sitemap.xml");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = this.web.get("/sitemap.xml", "If-None-Match", etag);

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(first.headers().firstValue("Cache-Control")).get().asString().contains("max-age=3600");
	}

	@Test
	void robotsTxtKeepsCrawlersOutOfAdminAndNamesTheSitemap() throws Exception {
		HttpResponse<String> response = this.web.get("/robots.txt");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
		List<String> lines = response.body().lines().toList();
		assertThat(lines).startsWith("User-agent: *");
		assertThat(lines).contains("Disallow: /admin", "Disallow: /login", "Disallow: /api/",
				"Sitemap: " + this.web.base() + "/sitemap.xml");
		assertThat(lines).doesNotContain("Disallow: /", "Disallow: /companies", "Disallow: /jobs");
	}

	private Company withStatus(Company company, CompanyStatus status) {
		company.setStatus(status);
		return this.testCompanies.save(company);
	}

	private static String jobPath(Job job) {
		return "/jobs/" + job.getId() + "/" + job.getSlug();
	}

	private Instant updatedAt(String table, long id) {
		return this.jdbc.sql("select updated_at from " + table + " where id = ?")
			.param(id)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static String w3c(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static Element parse(Sitemaps.Sitemap sitemap) throws Exception {
		ByteArrayOutputStream xml = new ByteArrayOutputStream();
		sitemap.content().writeTo(xml);
		return Xml.parse(xml.toString(StandardCharsets.UTF_8)).getDocumentElement();
	}

	/** Each listed address with its lastmod (empty when it has none). */
	private static Map<String, String> urls(Element urlset) {
		Map<String, String> urls = new LinkedHashMap<>();
		for (Element url : children(urlset, NS, "url")) {
			String lastmod = childText(url, NS, "lastmod");
			urls.put(childText(url, NS, "loc"), (lastmod != null) ? lastmod : "");
		}
		return urls;
	}

}
