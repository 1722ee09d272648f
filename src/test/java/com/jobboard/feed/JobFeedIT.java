package com.jobboard.feed;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.company.SlugHistory;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.Job;
import com.jobboard.job.JobBoard;
import com.jobboard.job.JobFeeds;
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
import com.jobboard.support.Xml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.jobboard.support.Xml.childText;
import static com.jobboard.support.Xml.children;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds of open jobs, parsed by a namespace-aware XML parser, and the pages that
 * announce them.
 */
@IntegrationTest
class JobFeedIT {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	/** RFC 3339 in UTC to the second. */
	private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

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

	@Autowired
	SlugHistory slugHistory;

	HttpPages web;

	@BeforeEach
	void setUp() {
		this.web = HttpPages.plain(this.port);
	}

	@Test
	void jobsFeedIsAtomWithAnEntryPerOpenJob() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Feed Maker");
		Job job = this.testCompanies.job(company, "Feed Welder " + token, JobStatus.OPEN, null);
		job.setLocation("Berlin");
		job.setCountryCode("DE");
		job.setRemote(true);
		job.setSalary(new BigDecimal("65000"), new BigDecimal("80000"), "EUR", SalaryPeriod.YEAR);
		String description = "We weld **robots** & <script>alert(1)</script> [more](/jobs).";
		job.describe(description, this.markdown.toSafeHtml(description));
		job = this.jobs.save(job);

		HttpResponse<String> response = this.web.get("/jobs/feed.atom?q=" + token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
		org.w3c.dom.Element feed = Xml.parse(response.body()).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		String self = this.web.base() + "/jobs/feed.atom?q=" + token;
		assertThat(childText(feed, ATOM, "id")).isEqualTo(self);
		assertThat(childText(feed, ATOM, "title")).isEqualTo("Newest jobs: " + token + " · Job Board");
		assertThat(childText(feed, ATOM, "updated")).matches(RFC_3339);
		assertThat(link(feed, "self")).isEqualTo(self);
		assertThat(link(feed, "alternate")).isEqualTo(this.web.base() + "/jobs?q=" + token);
		List<org.w3c.dom.Element> entries = children(feed, ATOM, "entry");
		assertThat(entries).hasSize(1);
		org.w3c.dom.Element entry = entries.get(0);
		assertThat(childText(entry, ATOM, "id")).isEqualTo(this.web.base() + "/jobs/" + job.getId());
		assertThat(childText(entry, ATOM, "title")).isEqualTo(job.getTitle());
		assertThat(link(entry, "alternate")).isEqualTo(this.web.base() + "/jobs/" + job.getId() + "/" + job.getSlug());
		assertThat(childText(entry, ATOM, "published")).matches(RFC_3339);
		assertThat(childText(entry, ATOM, "updated")).matches(RFC_3339);
		assertThat(Instant.parse(childText(entry, ATOM, "updated")))
			.isAfterOrEqualTo(Instant.parse(childText(entry, ATOM, "published")));
		org.w3c.dom.Element author = children(entry, ATOM, "author").get(0);
		assertThat(childText(author, ATOM, "name")).isEqualTo(company.getName());
		assertThat(childText(author, ATOM, "uri")).isEqualTo(this.web.base() + "/companies/" + company.getSlug());
		assertThat(children(entry, ATOM, "category").get(0).getAttribute("term")).isEqualTo("FULL_TIME");
		assertThat(childText(entry, ATOM, "summary"))
			.isEqualTo("Full-time · Berlin, DE · Remote · EUR 65,000–80,000 a year");
		org.w3c.dom.Element content = children(entry, ATOM, "content").get(0);
		assertThat(content.getAttribute("type")).isEqualTo("html");
		// The description travels as escaped HTML, sanitized as on the job page.
		assertThat(content.getTextContent()).contains("<strong>robots</strong>")
			.contains("href=\"" + this.web.base() + "/jobs\"")
			.doesNotContain("<script");
	}

	@Test
	void jobsFeedListsOnlyOpenJobsMatchingTheSearchNewestFirstWhateverTheSortAsked() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Feed Filter");
		Job older = this.testCompanies.job(company, "Older Fitter " + token, JobStatus.OPEN, null);
		older.setPostedAt(Instant.now().minus(Duration.ofDays(3)));
		this.jobs.save(older);
		Job newer = this.testCompanies.job(company, "Newer Fitter " + token, JobStatus.OPEN, null);
		this.testCompanies.job(company, "Draft Fitter " + token, JobStatus.DRAFT, null);
		this.testCompanies.job(company, "Filled Fitter " + token, JobStatus.FILLED, null);
		this.testCompanies.job(company, "Expired Fitter " + token, JobStatus.OPEN,
				Instant.now().minus(Duration.ofMinutes(1)));
		this.testCompanies.job(company, "Other Fitter", JobStatus.OPEN, null);

		List<String> titles = entryTitles("/jobs/feed.atom?sort=RELEVANCE&q=" + token);

		assertThat(titles).containsExactly(newer.getTitle(), older.getTitle());
	}

	@Test
	void jobsFeedFindsWhatTheJobSearchFindsForEveryFilter() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Feed Filters");
		Job fullTime = this.testCompanies.job(company, "Remote Fitter " + token, JobStatus.OPEN, null);
		fullTime.setRemote(true);
		fullTime.setLocation("Hamburg");
		this.jobs.save(fullTime);
		Job partTime = this.testCompanies.job(company, "Local Fitter " + token, JobStatus.OPEN, null);
		partTime.setEmploymentType(EmploymentType.PART_TIME);
		partTime.setLocation("Leipzig");
		this.jobs.save(partTime);
		JobSearch search = new JobSearch(token, "Hamburg", null, EmploymentType.FULL_TIME, true, JobSort.RELEVANCE);

		List<String> titles = entryTitles(JobFeeds.path(search));

		// The search itself is the job list's (JobBoard); the feed shows what it finds,
		// newest first.
		List<String> found = this.board
			.search(new JobSearch(token, "Hamburg", null, EmploymentType.FULL_TIME, true, JobSort.NEWEST), 0, 50)
			.map(JobSummary::title)
			.toList();
		assertThat(titles).isEqualTo(found).containsExactly(fullTime.getTitle());
	}

	@Test
	void companyFeedListsThatCompanysOpenJobsOnly() throws Exception {
		Company company = this.testCompanies.company("Feed Company");
		Job open = this.testCompanies.job(company, "Company Open", JobStatus.OPEN, null);
		this.testCompanies.job(company, "Company Draft", JobStatus.DRAFT, null);
		this.testCompanies.job(company, "Company Filled", JobStatus.FILLED, null);
		Company other = this.testCompanies.company("Feed Other");
		this.testCompanies.job(other, "Elsewhere", JobStatus.OPEN, null);
		// With the profile rendered and cached, its fast lane must still leave the feed's
		// address alone.
		this.web.get("/companies/" + company.getSlug());
		this.web.get("/companies/" + company.getSlug());

		HttpResponse<String> response = this.web.get("/companies/" + company.getSlug() + "/jobs.atom");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
		org.w3c.dom.Element feed = Xml.parse(response.body()).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(childText(feed, ATOM, "title")).isEqualTo("Jobs at " + company.getName() + " · Job Board");
		assertThat(link(feed, "self")).isEqualTo(this.web.base() + "/companies/" + company.getSlug() + "/jobs.atom");
		assertThat(link(feed, "alternate")).isEqualTo(this.web.base() + "/companies/" + company.getSlug());
		assertThat(children(feed, ATOM, "entry")).extracting((entry) -> childText(entry, ATOM, "title"))
			.containsExactly(open.getTitle());
	}

	@Test
	void companyFeedOfAnUnknownOrHiddenCompanyIs404AndOfAFormerSlugMoves() throws Exception {
		Company archived = this.testCompanies.company("Feed Archived");
		archived.setStatus(com.jobboard.company.CompanyStatus.ARCHIVED);
		this.testCompanies.save(archived);
		Company renamed = this.testCompanies.company("Feed Renamed");
		String oldSlug = renamed.getSlug();
		renamed.setSlug(oldSlug + "-new");
		this.testCompanies.save(renamed);
		this.slugHistory.recordRename(renamed.getId(), oldSlug, renamed.getSlug());

		assertThat(this.web.get("/companies/no-such-company-" + token() + "/jobs.atom").statusCode()).isEqualTo(404);
		assertThat(this.web.get("/companies/" + archived.getSlug() + "/jobs.atom").statusCode()).isEqualTo(404);
		HttpResponse<String> moved = this.web.get("/companies/" + oldSlug + "/jobs.atom");
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(moved.headers().firstValue("Location"))
			.contains(this.web.base() + "/companies/" + renamed.getSlug() + "/jobs.atom");
	}

	@Test
	void feedsAnswer304WhenTheirEtagIsSentBack() throws Exception {
		Company company = this.testCompanies.company("Feed Etag");
		this.testCompanies.job(company, "Etag Job", JobStatus.OPEN, null);

		for (String path : List.of("/jobs/feed.atom", "/companies/" + company.getSlug() + "/jobs.atom")) {
			HttpResponse<String> first = this.web.get(path);
			String etag = first.headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> again = this.web.get(path, "If-None-Match", etag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();
		}
	}

	@Test
	void jobListAnnouncesTheFeedOfItsSearch() throws Exception {
		String token = token();

		Document page = Jsoup.parse(this.web
			.get("/jobs?q=" + URLEncoder.encode("C++ " + token, StandardCharsets.UTF_8) + "&remote=true&page=2")
			.body());

		Element link = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
		assertThat(link).isNotNull();
		assertThat(link.attr("href")).isEqualTo("/jobs/feed.atom?q=C%2B%2B+" + token + "&remote=true");
		assertThat(link.attr("title")).isEqualTo("Newest jobs: C++ " + token + " · Remote");
		// The announced feed is the same search.
		org.w3c.dom.Element feed = Xml.parse(this.web.get(link.attr("href")).body()).getDocumentElement();
		assertThat(childText(feed, ATOM, "id")).isEqualTo(this.web.base() + link.attr("href"));
	}

	@Test
	void profileAnnouncesItsCompanysFeedAlsoWhenServedFromTheRenderedCache() throws Exception {
		Company company = this.testCompanies.company("Feed Profile");
		String expected = "/companies/" + company.getSlug() + "/jobs.atom";

		// The first view renders the page; the second comes from the cache through the
		// fast lane.
		for (int view = 1; view <= 2; view++) {
			Document page = Jsoup.parse(this.web.get("/companies/" + company.getSlug()).body());
			Element link = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
			assertThat(link).as("view %d", view).isNotNull();
			assertThat(link.attr("href")).isEqualTo(expected);
			assertThat(link.attr("title")).isEqualTo("Jobs at " + company.getName());
		}
	}

	private List<String> entryTitles(String path) throws Exception {
		HttpResponse<String> response = this.web.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return children(Xml.parse(response.body()).getDocumentElement(), ATOM, "entry").stream()
			.map((entry) -> childText(entry, ATOM, "title"))
			.toList();
	}

	private static String link(org.w3c.dom.Element parent, String rel) {
		return children(parent, ATOM, "link").stream()
			.filter((link) -> rel.equals(link.getAttribute("rel")))
			.map((link) -> link.getAttribute("href"))
			.findFirst()
			.orElse(null);
	}

	private static String token() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

}
