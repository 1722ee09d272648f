package com.jobboard.company;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestClock;
import com.jobboard.support.TestCompanies;
import com.jobboard.web.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages as a browser gets them from the running server: status, content and
 * markup. The real server (not MockMvc) is used so that error pages go through the
 * servlet container's error handling exactly as in production.
 */
@IntegrationTest
class CompanyPagesIT {

	private static final String LAYOUT_BRAND = "Job Board";

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	TestClock clock;

	@Autowired
	CompanyRepository companies;

	@Autowired
	SectorRepository sectors;

	@Autowired
	JobRepository jobs;

	@Autowired
	LogoStore logoStore;

	@Autowired
	MarkdownRenderer markdown;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	// Profile page

	@Test
	void profileAnswers200WithTheNameAsTheOnlyH1() throws Exception {
		Company company = this.testCompanies.company("Only Heading");

		HttpResponse<String> response = get("/companies/" + company.getSlug());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1")).extracting(Element::text).containsExactly(company.getName());
		assertThat(page.title()).isEqualTo(company.getName() + " · Job Board");
	}

	@Test
	void profileShowsTaglineLogoAndSectors() throws Exception {
		String token = token();
		byte[] png = png();
		long logoId = this.logoStore.store("image/png", png);
		Company company = newCompany("Tagline Logo " + token);
		company.setTagline("Robots that fold laundry " + token);
		company.setLogoId(logoId);
		company.getSectors().add(sector("Robotics " + token));
		company.getSectors().add(sector("Home " + token));
		company = this.testCompanies.save(company);

		Document page = html("/companies/" + company.getSlug());

		assertThat(page.select("header.profile-header p.tagline")).extracting(Element::text)
			.containsExactly("Robots that fold laundry " + token);
		Element logo = page.selectFirst("header.profile-header img.logo");
		assertThat(logo).isNotNull();
		assertThat(logo.attr("src")).isEqualTo("/logos/" + logoId);
		assertThat(logo.attr("alt")).isEqualTo(company.getName() + " logo");
		assertThat(page.select("header.profile-header ul.tags li")).extracting(Element::text)
			.containsExactly("Home " + token, "Robotics " + token);
		HttpResponse<byte[]> image = getBytes(logo.attr("src"));
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.body()).isEqualTo(png);
	}

	@Test
	void profileWithoutLogoShowsItsInitialInstead() throws Exception {
		Company company = this.testCompanies.company("Quokka Without Logo");

		Document page = html("/companies/" + company.getSlug());

		assertThat(page.select("header.profile-header img")).isEmpty();
		assertThat(page.select("header.profile-header .logo-placeholder")).extracting(Element::text)
			.containsExactly("Q");
	}

	@Test
	void overviewShowsItsLabelsAndValues() throws Exception {
		String token = token();
		Company company = newCompany("Overview " + token);
		company.setFoundedDate(LocalDate.of(2014, 3, 1));
		company.setSizeBand(SizeBand.SIZE_51_200);
		company.setHeadquarters("Hamburg, Germany");
		company.setWebsite("https://overview.example.com");
		company.setEmail("jobs@overview.example.com");
		company.setPhone("+49 40 1234 567");
		company.getSectors().add(sector("Software " + token));
		company.getSectors().add(sector("Data " + token));
		company = this.testCompanies.save(company);
		this.testCompanies.job(company, "Open one", JobStatus.OPEN, null);
		this.testCompanies.job(company, "Open two", JobStatus.OPEN, Instant.now().plus(Duration.ofDays(30)));

		Document page = html("/companies/" + company.getSlug());

		assertThat(page.select(".overview h2")).extracting(Element::text).containsExactly("Overview");
		assertThat(page.select(".overview dt")).extracting(Element::text)
			.startsWith("Founded Date", "Sectors", "Posted Jobs", "Viewed", "Followers");
		assertThat(overviewLabel(page, "overview-founded")).isEqualTo("Founded Date");
		assertThat(overviewLabel(page, "overview-sectors")).isEqualTo("Sectors");
		assertThat(overviewLabel(page, "overview-posted-jobs")).isEqualTo("Posted Jobs");
		assertThat(overviewLabel(page, "overview-viewed")).isEqualTo("Viewed");
		Element founded = page.selectFirst("#overview-founded dd time");
		assertThat(founded).isNotNull();
		assertThat(founded.attr("datetime")).isEqualTo("2014-03-01");
		assertThat(founded.text()).isEqualTo("March 1, 2014");
		assertThat(overviewValue(page, "overview-sectors")).isEqualTo("Data " + token + ", Software " + token);
		assertThat(postedJobs(page)).isEqualTo(2);
		assertThat(overviewValue(page, "overview-posted-jobs")).isEqualTo("2");
		assertThat(views(page)).isEqualTo(1);
		assertThat(overviewValue(page, "overview-size")).isEqualTo("51–200 employees");
		assertThat(overviewValue(page, "overview-location")).isEqualTo("Hamburg, Germany");
		Element website = page.selectFirst("#overview-website dd a");
		assertThat(website.attr("href")).isEqualTo("https://overview.example.com");
		assertThat(website.text()).contains("overview.example.com");
		Element email = page.selectFirst("#overview-email dd a");
		assertThat(email.attr("href")).isEqualTo("mailto:jobs@overview.example.com");
		assertThat(email.text()).isEqualTo("jobs@overview.example.com");
		Element phone = page.selectFirst("#overview-phone dd a");
		assertThat(phone.attr("href")).isEqualTo("tel:+49401234567");
		assertThat(phone.text()).isEqualTo("+49 40 1234 567");
	}

	@Test
	void overviewSaysNotGivenAndLeavesOutWhatIsNotSet() throws Exception {
		Company company = this.testCompanies.company("Bare Minimum");

		Document page = html("/companies/" + company.getSlug());

		assertThat(overviewValue(page, "overview-founded")).isEqualTo("Not given");
		assertThat(overviewValue(page, "overview-sectors")).isEqualTo("Not given");
		assertThat(postedJobs(page)).isZero();
		assertThat(page.select("#overview-size, #overview-location, #overview-website, #overview-email, "
				+ "#overview-phone, #overview-social"))
			.isEmpty();
		assertThat(page.select(".overview dt")).extracting(Element::text)
			.containsExactly("Founded Date", "Sectors", "Posted Jobs", "Viewed", "Followers");
		assertThat(page.select("header.profile-header p.tagline, header.profile-header ul.tags")).isEmpty();
	}

	@Test
	void socialLinksAppearWhereSetAndNowhereElse() throws Exception {
		Company company = newCompany("Social " + token());
		company.setSocialLinks(
				company.getSocialLinks().with(SocialNetwork.LINKEDIN, "https://www.linkedin.com/company/social-test"));
		company.setSocialLinks(company.getSocialLinks().with(SocialNetwork.GITHUB, "https://github.com/social-test"));
		company.setSocialLinks(company.getSocialLinks().with(SocialNetwork.X, "   "));
		company = this.testCompanies.save(company);

		Document page = html("/companies/" + company.getSlug());

		Elements links = page.select("#overview-social a");
		assertThat(links).extracting(Element::text).containsExactly("LinkedIn", "GitHub");
		assertThat(links).extracting((link) -> link.attr("href"))
			.containsExactly("https://www.linkedin.com/company/social-test", "https://github.com/social-test");
		assertThat(links).allSatisfy((link) -> assertThat(link.attr("rel")).contains("nofollow").contains("noopener"));
		assertThat(page.select("#overview-social").text()).doesNotContain("Facebook", "Instagram", "YouTube", "X ");
	}

	@Test
	void descriptionSectionShowsTheSanitizedDescription() throws Exception {
		String token = token();
		String description = "# About " + token + "\n\nWe *fold* laundry.\n\n<script>alert('" + token
				+ "')</script>\n\n<img src=x onerror=alert(1)>\n\n[site](https://fold.example.com)";
		Company company = this.testCompanies.company("Described", description);

		HttpResponse<String> response = get("/companies/" + company.getSlug());

		Document page = Jsoup.parse(response.body());
		Element section = page.selectFirst("article.description");
		assertThat(section).isNotNull();
		assertThat(section.select("h2")).extracting(Element::text).containsExactly("Company Description");
		Element prose = section.selectFirst(".prose");
		assertThat(prose).isNotNull();
		assertThat(prose.select("h3")).extracting(Element::text).containsExactly("About " + token);
		assertThat(prose.select("em")).extracting(Element::text).containsExactly("fold");
		assertThat(prose.select("a").attr("rel")).isEqualTo("nofollow ugc noopener");
		// The only script element is the Organization JSON-LD, which is data, not code.
		assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
		assertThat(page.select("[onerror]")).isEmpty();
		assertThat(response.body()).doesNotContain("alert('" + token);
		assertThat(page.select("h1")).hasSize(1);
		Element meta = page.selectFirst("meta[name=description]");
		assertThat(meta).isNotNull();
		assertThat(meta.attr("content")).startsWith("About " + token + " We fold laundry.");
	}

	@Test
	void profileWithoutDescriptionSaysSo() throws Exception {
		Company company = this.testCompanies.company("Silent");

		Document page = html("/companies/" + company.getSlug());

		assertThat(page.select("article.description .prose")).isEmpty();
		assertThat(page.select("article.description p.muted").text())
			.isEqualTo("This company has not written a description yet.");
	}

	@Test
	void profileFieldsAreEscaped() throws Exception {
		String token = token();
		Company company = new Company("escaped-" + token, "Tom & Jerry <i>Ltd</i> " + token);
		company.setTagline("<script>alert(1)</script> " + token);
		company.setHeadquarters("<b>Berlin</b>");
		company = this.testCompanies.save(company);

		HttpResponse<String> response = get("/companies/" + company.getSlug());

		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1")).extracting(Element::text).containsExactly("Tom & Jerry <i>Ltd</i> " + token);
		assertThat(page.select("h1 i, script:not([type=application/ld+json]), .overview b")).isEmpty();
		assertThat(page.selectFirst("p.tagline").text()).isEqualTo("<script>alert(1)</script> " + token);
		assertThat(overviewValue(page, "overview-location")).isEqualTo("<b>Berlin</b>");
		assertThat(response.body()).doesNotContain("<script>alert(1)");
	}

	@Test
	void openJobsAreListedAndClosedOnesAreNot() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Jobs List");
		this.testCompanies.job(company, "Open Welder " + token, JobStatus.OPEN, null);
		this.testCompanies.job(company, "Open Painter " + token, JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(7)));
		this.testCompanies.job(company, "Draft Baker " + token, JobStatus.DRAFT, null);
		this.testCompanies.job(company, "Filled Pilot " + token, JobStatus.FILLED, null);
		this.testCompanies.job(company, "Expired Cook " + token, JobStatus.EXPIRED, null);
		this.testCompanies.job(company, "Lapsed Diver " + token, JobStatus.OPEN,
				Instant.now().minus(Duration.ofHours(1)));

		Document page = html("/companies/" + company.getSlug());

		assertThat(jobTitles(page)).containsExactlyInAnyOrder("Open Welder " + token, "Open Painter " + token);
		assertThat(page.text()).doesNotContain("Draft Baker", "Filled Pilot", "Expired Cook", "Lapsed Diver");
		assertThat(postedJobs(page)).isEqualTo(2);
		assertThat(page.select("section.open-jobs h2")).extracting(Element::text).containsExactly("Open Jobs");
	}

	@Test
	void openJobLinksLeadToTheJobPage() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Job Links");
		Job job = this.testCompanies.job(company, "Linked Role " + token, JobStatus.OPEN, null);

		Document profile = html("/companies/" + company.getSlug());

		Element link = profile.selectFirst("section.open-jobs .job-card-title a");
		assertThat(link).isNotNull();
		assertThat(link.attr("href")).startsWith("/jobs/" + job.getId());
		Document jobPage = html(link.attr("href"));
		assertThat(jobPage.select("h1")).extracting(Element::text).containsExactly("Linked Role " + token);
		assertThat(jobPage.select("header.profile-header p.tagline a").attr("href"))
			.isEqualTo("/companies/" + company.getSlug());
	}

	@Test
	void companyWithoutOpenJobsSaysSo() throws Exception {
		Company company = this.testCompanies.company("No Jobs");
		this.testCompanies.job(company, "Draft only", JobStatus.DRAFT, null);

		Document page = html("/companies/" + company.getSlug());

		assertThat(jobTitles(page)).isEmpty();
		assertThat(page.select("section.open-jobs p.muted").text()).isEqualTo("No open jobs right now.");
	}

	@Test
	void postedJobsFollowJobChangesOnTheNextRequest() throws Exception {
		Company company = this.testCompanies.company("Live Jobs");
		Job first = this.testCompanies.job(company, "First job", JobStatus.OPEN, null);
		String path = "/companies/" + company.getSlug();
		assertThat(postedJobs(html(path))).isEqualTo(1);

		Job second = this.testCompanies.job(company, "Second job", JobStatus.OPEN, null);
		Document afterAdding = html(path);
		assertThat(postedJobs(afterAdding)).isEqualTo(2);
		assertThat(jobTitles(afterAdding)).containsExactlyInAnyOrder("First job", "Second job");

		Job closed = this.jobs.findById(first.getId()).orElseThrow();
		closed.setStatus(JobStatus.FILLED);
		this.jobs.save(closed);
		Document afterClosing = html(path);
		assertThat(postedJobs(afterClosing)).isEqualTo(1);
		assertThat(jobTitles(afterClosing)).containsExactly("Second job");

		Job expired = this.jobs.findById(second.getId()).orElseThrow();
		expired.setExpiresAt(Instant.now().minus(Duration.ofMinutes(1)));
		this.jobs.save(expired);
		Document afterExpiring = html(path);
		assertThat(postedJobs(afterExpiring)).isZero();
		assertThat(jobTitles(afterExpiring)).isEmpty();

		this.testCompanies.job(company, "Draft job", JobStatus.DRAFT, null);
		assertThat(postedJobs(html(path))).isZero();
	}

	@Test
	void jobDisappearsWhenItsExpiryPassesWithoutAnyWrite() throws Exception {
		Company company = this.testCompanies.company("Expiring");
		Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
		this.testCompanies.job(company, "Short lived", JobStatus.OPEN, expiresAt);
		String path = "/companies/" + company.getSlug();
		Document before = html(path);
		assertThat(postedJobs(before)).isEqualTo(1);
		assertThat(jobTitles(before)).containsExactly("Short lived");

		this.clock.advance(Duration.between(this.clock.instant(), expiresAt).plusMillis(1));

		Document after = html(path);
		assertThat(postedJobs(after)).isZero();
		assertThat(jobTitles(after)).isEmpty();
	}

	@Test
	void viewedGoesUpByOnePerGet() throws Exception {
		Company company = this.testCompanies.company("Counted");
		String path = "/companies/" + company.getSlug();

		long first = views(html(path));
		long second = views(html(path));
		long third = views(html(path));

		assertThat(first).isEqualTo(1);
		assertThat(second).isEqualTo(2);
		assertThat(third).isEqualTo(3);
	}

	@Test
	void headRequestDoesNotCountAView() throws Exception {
		Company company = this.testCompanies.company("Head Only");
		String path = "/companies/" + company.getSlug();
		long before = views(html(path));

		HttpResponse<String> head = this.client.send(
				request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		this.client.send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(views(html(path))).isEqualTo(before + 1);
	}

	@Test
	void profileEditsShowOnTheNextPageLoad() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Editable " + token, "Old description " + token);
		company.setTagline("Old tagline " + token);
		company = this.testCompanies.save(company);
		String path = "/companies/" + company.getSlug();
		Document before = html(path);
		assertThat(before.selectFirst("p.tagline").text()).isEqualTo("Old tagline " + token);

		Company edited = this.companies.findWithSectorsBySlug(company.getSlug()).orElseThrow();
		edited.setName("Renamed " + token);
		edited.setTagline("New tagline " + token);
		edited.setHeadquarters("Lisbon, Portugal");
		String newDescription = "## New description " + token;
		edited.describe(newDescription, this.markdown.toSafeHtml(newDescription));
		edited.getSectors().add(sector("Added " + token));
		this.testCompanies.save(edited);

		Document after = html(path);
		assertThat(after.select("h1")).extracting(Element::text).containsExactly("Renamed " + token);
		assertThat(after.title()).startsWith("Renamed " + token);
		assertThat(after.selectFirst("p.tagline").text()).isEqualTo("New tagline " + token);
		assertThat(overviewValue(after, "overview-location")).isEqualTo("Lisbon, Portugal");
		assertThat(overviewValue(after, "overview-sectors")).isEqualTo("Added " + token);
		assertThat(after.select(".prose h3")).extracting(Element::text).containsExactly("New description " + token);
		assertThat(after.text()).doesNotContain("Old description " + token, "Old tagline " + token);
	}

	@Test
	void unknownSlugAnswers404WithTheFriendlyPage() throws Exception {
		HttpResponse<String> response = get("/companies/no-such-company-" + token());

		assertThat(response.statusCode()).isEqualTo(404);
		assertFriendlyErrorPage(response, "We could not find that page");
	}

	@Test
	void hostileUnknownSlugAnswers404WithoutEchoingIt() throws Exception {
		HttpResponse<String> response = get("/companies/" + encode("<script>alert(1)"));

		assertThat(response.statusCode()).isEqualTo(404);
		assertFriendlyErrorPage(response, "We could not find that page");
		assertThat(response.body()).doesNotContain("<script>alert(1)");
	}

	@Test
	void archivedCompanyAnswers404() throws Exception {
		Company company = newCompany("Archived " + token());
		company.setStatus(CompanyStatus.ARCHIVED);
		company = this.testCompanies.save(company);

		HttpResponse<String> response = get("/companies/" + company.getSlug());

		assertThat(response.statusCode()).isEqualTo(404);
		assertFriendlyErrorPage(response, "We could not find that page");
		assertThat(response.body()).doesNotContain(company.getName());
	}

	@Test
	void pendingCompanyAnswers404() throws Exception {
		Company company = newCompany("Pending " + token());
		company.setStatus(CompanyStatus.PENDING);
		company = this.testCompanies.save(company);

		assertThat(get("/companies/" + company.getSlug()).statusCode()).isEqualTo(404);
	}

	@Test
	void companyArchivedAfterBeingViewedAnswers404AtOnce() throws Exception {
		Company company = this.testCompanies.company("Soon Archived");
		String path = "/companies/" + company.getSlug();
		assertThat(get(path).statusCode()).isEqualTo(200);

		Company archived = this.companies.findWithSectorsBySlug(company.getSlug()).orElseThrow();
		archived.setStatus(CompanyStatus.ARCHIVED);
		this.testCompanies.save(archived);

		assertThat(get(path).statusCode()).isEqualTo(404);
	}

	// Directory

	@Test
	void directoryListsACompanyWithLogoNameSectorsAndOpenJobCount() throws Exception {
		String token = token();
		long logoId = this.logoStore.store("image/png", png());
		Company one = newCompany(token + " Alpha Listed");
		one.setLogoId(logoId);
		one.setTagline("Alpha tagline");
		one.getSectors().add(sector("Zoology " + token));
		one.getSectors().add(sector("Botany " + token));
		one = this.testCompanies.save(one);
		this.testCompanies.job(one, "Keeper", JobStatus.OPEN, null);
		this.testCompanies.job(one, "Draft keeper", JobStatus.DRAFT, null);
		Company two = this.testCompanies.save(newCompany(token + " Beta Listed"));
		this.testCompanies.job(two, "One", JobStatus.OPEN, null);
		this.testCompanies.job(two, "Two", JobStatus.OPEN, null);

		Document page = html("/companies?q=" + token);

		Elements cards = page.select("article.company-card");
		assertThat(cards).hasSize(2);
		Element first = cards.get(0);
		Element link = first.selectFirst("h3 a");
		assertThat(link.text()).isEqualTo(token + " Alpha Listed");
		assertThat(link.attr("href")).isEqualTo("/companies/" + one.getSlug());
		Element logo = first.selectFirst("img.logo");
		assertThat(logo).isNotNull();
		assertThat(logo.attr("src")).isEqualTo("/logos/" + logoId);
		assertThat(logo.attr("alt")).isEqualTo(token + " Alpha Listed logo");
		assertThat(first.select("ul.tags li")).extracting(Element::text)
			.containsExactly("Botany " + token, "Zoology " + token);
		assertThat(first.select(".company-card-tagline").text()).isEqualTo("Alpha tagline");
		assertThat(first.select(".company-card-jobs").text()).isEqualTo("1 open job");
		Element second = cards.get(1);
		assertThat(second.selectFirst("h3 a").text()).isEqualTo(token + " Beta Listed");
		assertThat(second.select("img")).isEmpty();
		assertThat(second.select(".company-card-jobs").text()).isEqualTo("2 open jobs");
		assertThat(page.select("p.result-count").text()).isEqualTo("2 companies");
	}

	@Test
	void directorySearchFindsByPartOfTheNameInAnyCase() throws Exception {
		String token = token();
		this.testCompanies.save(newCompany("Harbor " + token + " Media"));
		this.testCompanies.save(newCompany("Quiet " + token + " Harbor"));
		Company archived = newCompany("Archived " + token + " Harbor");
		archived.setStatus(CompanyStatus.ARCHIVED);
		this.testCompanies.save(archived);

		Document page = html("/companies?q=" + encode("  HARBOR " + token.toUpperCase(Locale.ROOT) + " "));

		assertThat(cardNames(page)).containsExactly("Harbor " + token + " Media");
		assertThat(page.select("p.result-count").text()).isEqualTo("1 company");
		assertThat(page.selectFirst("input#q").attr("value"))
			.isEqualTo("  HARBOR " + token.toUpperCase(Locale.ROOT) + " ");
		assertThat(page.title()).contains("HARBOR " + token.toUpperCase(Locale.ROOT));
	}

	@Test
	void directorySearchWithoutMatchesSaysSo() throws Exception {
		Document page = html("/companies?q=" + token() + "nomatch");

		assertThat(page.select("article.company-card")).isEmpty();
		assertThat(page.select("p.result-count").text()).isEqualTo("0 companies");
		assertThat(page.select("p.muted").text()).contains("No companies match your search.");
	}

	@Test
	void directoryFiltersBySector() throws Exception {
		String token = token();
		Sector sector = sector("Aquaculture " + token);
		Company inSector = newCompany(token + " Fish Farm");
		inSector.getSectors().add(sector);
		this.testCompanies.save(inSector);
		Company alsoInSector = newCompany("Oyster Bay " + token);
		alsoInSector.getSectors().add(sector);
		this.testCompanies.save(alsoInSector);
		this.testCompanies.save(newCompany(token + " Dry Land"));

		Document bySector = html("/companies?sector=" + sector.getSlug());
		Document bySectorAndName = html("/companies?sector=" + sector.getSlug() + "&q=" + encode("oyster"));

		assertThat(cardNames(bySector)).containsExactly("Oyster Bay " + token, token + " Fish Farm");
		assertThat(bySector.select("select#sector option[selected]")).extracting((option) -> option.attr("value"))
			.containsExactly(sector.getSlug());
		assertThat(cardNames(bySectorAndName)).containsExactly("Oyster Bay " + token);
	}

	@Test
	void directoryWithUnknownSectorListsNothing() throws Exception {
		Document page = html("/companies?sector=no-such-sector-" + token());

		assertThat(page.select("article.company-card")).isEmpty();
		assertThat(page.select("p.result-count").text()).isEqualTo("0 companies");
	}

	@Test
	void directoryPagesTwentyAtATimeAndItsLinksKeepTheFilters() throws Exception {
		String token = token();
		Sector sector = sector("Paging " + token);
		for (int i = 1; i <= 25; i++) {
			Company company = newCompany(String.format("%s Paged %02d", token, i));
			company.getSectors().add(sector);
			this.testCompanies.save(company);
		}
		String firstPath = "/companies?q=" + token + "&sector=" + sector.getSlug();

		Document first = html(firstPath);

		assertThat(first.select("article.company-card")).hasSize(20);
		assertThat(cardNames(first).get(0)).isEqualTo(token + " Paged 01");
		assertThat(first.select("p.result-count").text()).isEqualTo("25 companies");
		assertThat(first.select("nav.pagination .pagination-status").text()).isEqualTo("Page 1 of 2");
		assertThat(first.select("nav.pagination a[rel=prev]")).isEmpty();
		Element next = first.selectFirst("nav.pagination a[rel=next]");
		assertThat(next).isNotNull();
		assertThat(next.text()).isEqualTo("Next");
		assertThat(queryOf(next.attr("href"))).containsEntry("q", token)
			.containsEntry("sector", sector.getSlug())
			.containsEntry("page", "2");

		Document second = html(URI.create(firstPath).resolve(next.attr("href")).toString());

		assertThat(cardNames(second)).containsExactly(token + " Paged 21", token + " Paged 22", token + " Paged 23",
				token + " Paged 24", token + " Paged 25");
		assertThat(second.select("nav.pagination .pagination-status").text()).isEqualTo("Page 2 of 2");
		assertThat(second.select("nav.pagination a[rel=next]")).isEmpty();
		Element previous = second.selectFirst("nav.pagination a[rel=prev]");
		assertThat(previous).isNotNull();
		assertThat(previous.text()).isEqualTo("Previous");
		assertThat(queryOf(previous.attr("href"))).containsEntry("q", token)
			.containsEntry("sector", sector.getSlug())
			.containsEntry("page", "1");
		assertThat(cardNames(html(URI.create(firstPath).resolve(previous.attr("href")).toString())))
			.isEqualTo(cardNames(first));
	}

	@Test
	void singlePageOfResultsHasNoPagination() throws Exception {
		String token = token();
		this.testCompanies.save(newCompany(token + " Alone"));

		Document page = html("/companies?q=" + token);

		assertThat(page.select("nav.pagination")).isEmpty();
	}

	@Test
	void nonNumericPageAnswers400WithTheFriendlyPage() throws Exception {
		HttpResponse<String> response = get("/companies?page=abc");

		assertThat(response.statusCode()).isEqualTo(400);
		assertFriendlyErrorPage(response, "We could not handle that request");
	}

	@ParameterizedTest(name = "page={0}")
	@ValueSource(strings = { "0", "-1", "-100" })
	void pageZeroOrNegativeShowsTheFirstPage(String page) throws Exception {
		String token = token();
		this.testCompanies.save(newCompany(token + " First Page"));

		HttpResponse<String> response = get("/companies?q=" + token + "&page=" + page);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(cardNames(Jsoup.parse(response.body()))).containsExactly(token + " First Page");
	}

	@Test
	void pageFarBeyondTheEndShowsNoResultsWithout5xx() throws Exception {
		String token = token();
		this.testCompanies.save(newCompany(token + " Beyond"));

		HttpResponse<String> response = get("/companies?q=" + token + "&page=999");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select("article.company-card")).isEmpty();
	}

	@ParameterizedTest(name = "page={0}")
	@ValueSource(strings = { "107374184", "2147483647", "-2147483648", "99999999999" })
	void hugePageNumberNeverAnswers5xx(String page) throws Exception {
		String token = token();
		this.testCompanies.save(newCompany(token + " Huge Page"));

		HttpResponse<String> response = get("/companies?q=" + token + "&page=" + page);

		assertThat(response.statusCode()).isBetween(200, 499);
	}

	/**
	 * The longest is at the query-parameter limit (500); longer ones get 414
	 * (web.ErrorPagesIT).
	 */
	static List<String> hostileSearchTexts() {
		return List.of("'", "%", "_", "\\", "%_\\'\"", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
				"' OR '1'='1' --", "a\u0000b", "\u0000", "😀 ü ß", "x".repeat(500));
	}

	@ParameterizedTest(name = "[{index}] q={0}")
	@MethodSource("hostileSearchTexts")
	void hostileSearchTextNeverAnswers5xxAndIsEscaped(String q) throws Exception {
		HttpResponse<String> response = get("/companies?q=" + encode(q));

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("[onerror]")).isEmpty();
		assertThat(response.body()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
		if (q.indexOf('\u0000') < 0) {
			assertThat(page.selectFirst("input#q").attr("value")).isEqualTo(q);
		}
		assertThat(page.select("h1")).hasSize(1);
		assertThat(response.body()).contains("</html>");
	}

	@Test
	void tenKilobyteSearchTextNeverAnswers5xx() throws Exception {
		HttpResponse<String> response = get("/companies?q=" + "q".repeat(10 * 1024));

		assertThat(response.statusCode()).isBetween(200, 499);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "q=%zz", "q=%", "sector=%E0%A4%A", "q=a&page=2&q=b", "page=", "page=1&page=x" })
	void malformedQueryStringNeverAnswers5xx(String query) throws Exception {
		RawResponse response = rawGet("/companies?" + query);

		assertThat(response.status()).isBetween(200, 499);
		if (response.status() == 200) {
			assertThat(response.body()).as("complete page").contains("</html>");
		}
	}

	// Home page

	@Test
	void homeHasALabelledSearchForm() throws Exception {
		Document page = html("/");

		Element form = page.selectFirst("form[role=search]");
		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/companies");
		assertThat(form.attr("method")).isEqualToIgnoringCase("get");
		Element input = form.selectFirst("input#q");
		assertThat(input).isNotNull();
		assertThat(input.attr("name")).isEqualTo("q");
		assertThat(form.select("label[for=q]")).extracting(Element::text).containsExactly("Company name");
		assertThat(form.selectFirst("select#sector").attr("name")).isEqualTo("sector");
		assertThat(form.select("label[for=sector]")).extracting(Element::text).containsExactly("Sector");
		assertThat(page.select("h1")).hasSize(1);
	}

	@Test
	void homeListsAFreshlyCreatedCompanyAmongTheRecentlyUpdated() throws Exception {
		Company archived = newCompany("Hidden " + token());
		archived.setStatus(CompanyStatus.ARCHIVED);
		this.testCompanies.save(archived);
		Company fresh = this.testCompanies.company("Freshly Made");
		this.testCompanies.job(fresh, "Fresh job", JobStatus.OPEN, null);
		Company touched = this.companies.findWithSectorsBySlug(fresh.getSlug()).orElseThrow();
		touched.setTagline("Just updated");
		this.testCompanies.save(touched);

		Document page = html("/");

		Elements cards = page.select("article.company-card");
		assertThat(cards).hasSizeBetween(1, 8);
		assertThat(cardNames(page)).contains(fresh.getName()).doesNotContain(archived.getName());
		Element card = cards.get(0);
		assertThat(card.selectFirst("h3 a").text()).isEqualTo(fresh.getName());
		assertThat(card.selectFirst("h3 a").attr("href")).isEqualTo("/companies/" + fresh.getSlug());
		assertThat(card.select(".company-card-tagline").text()).isEqualTo("Just updated");
		assertThat(card.select(".company-card-jobs").text()).isEqualTo("1 open job");
	}

	// Logos

	@Test
	void logoIsServedWithItsTypeAndCachedForAYear() throws Exception {
		byte[] png = png();
		long id = this.logoStore.store("image/png", png);

		HttpResponse<byte[]> response = getBytes("/logos/" + id);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(png);
		assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
		String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
		assertThat(cacheControl).contains("max-age=31536000").contains("immutable").contains("public");
		assertThat(response.headers().firstValue("ETag")).get().asString().isNotBlank();
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void webpLogoIsServedAsWebp() throws Exception {
		byte[] bytes = ("RIFF....WEBPVP8 " + token()).getBytes(StandardCharsets.US_ASCII);
		long id = this.logoStore.store("image/webp", bytes);

		HttpResponse<byte[]> response = getBytes("/logos/" + id);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("image/webp");
		assertThat(response.body()).isEqualTo(bytes);
	}

	@Test
	void unknownLogoAnswers404() throws Exception {
		assertThat(getBytes("/logos/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
		assertThat(getBytes("/logos/0").statusCode()).isEqualTo(404);
	}

	@Test
	void nonNumericLogoIdAnswers400() throws Exception {
		assertThat(getBytes("/logos/abc").statusCode()).isEqualTo(400);
	}

	// Every page

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/companies", "/companies?q=accessible", "/companies?page=2", "{profile}",
			"/companies/no-such-company", "/companies?page=abc", "/jobs" })
	void everyHtmlPageHasOneH1AMainAndLabelledControls(String path) throws Exception {
		if (path.equals("{profile}")) {
			Company company = newCompany("Accessible " + token());
			company.setTagline("Reachable");
			company.setWebsite("https://accessible.example.com");
			company.getSectors().add(sector("Access " + token()));
			company = this.testCompanies.save(company);
			this.testCompanies.job(company, "Accessible job", JobStatus.OPEN, null);
			path = "/companies/" + company.getSlug();
		}

		HttpResponse<String> response = get(path);

		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1")).as("h1").hasSize(1);
		assertThat(page.select("main")).as("main").hasSize(1);
		assertThat(page.select("html").attr("lang")).as("lang").isEqualTo("en");
		assertThat(page.title()).as("title").isNotBlank();
		for (Element control : page.select("input, select, textarea")) {
			if (List.of("hidden", "submit", "button").contains(control.attr("type"))) {
				continue;
			}
			String id = control.id();
			assertThat(id).as("id of %s", control.outerHtml()).isNotBlank();
			assertThat(page.select("label[for=" + id + "]")).as("label for #%s", id).hasSize(1);
		}
	}

	// Helpers

	private static String token() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 11);
	}

	private Company newCompany(String name) {
		return new Company(Slugs.slugify(name) + "-" + UUID.randomUUID().toString().substring(0, 6), name);
	}

	private Sector sector(String name) {
		return this.sectors.save(new Sector(name, Slugs.slugify(name)));
	}

	private static byte[] png() {
		byte[] header = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		byte[] unique = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
		byte[] bytes = new byte[header.length + unique.length];
		System.arraycopy(header, 0, bytes, 0, header.length);
		System.arraycopy(unique, 0, bytes, header.length, unique.length);
		return bytes;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.header("Accept-Language", "en");
	}

	private HttpResponse<String> get(String path) throws InterruptedException {
		try {
			return this.client.send(request(path).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError("GET " + path + " broke off: the server aborted the response (" + ex.getMessage()
					+ "); see the server log", ex);
		}
	}

	/**
	 * A GET written by hand, for request lines that java.net.URI refuses (like a broken
	 * %-escape).
	 */
	private RawResponse rawGet(String pathAndQuery) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String statusLine = response.substring(0, response.indexOf("\r\n"));
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			int bodyStart = response.indexOf("\r\n\r\n");
			return new RawResponse(status, (bodyStart >= 0) ? response.substring(bodyStart + 4) : "");
		}
	}

	private record RawResponse(int status, String body) {
	}

	private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private Document html(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as("type of %s", path)
			.get()
			.asString()
			.startsWith("text/html");
		return Jsoup.parse(response.body());
	}

	private static void assertFriendlyErrorPage(HttpResponse<String> response, String heading) {
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		String body = response.body();
		Document page = Jsoup.parse(body);
		assertThat(page.select("h1")).extracting(Element::text).containsExactly(heading);
		assertThat(page.select("header.site-header a.brand").text()).isEqualTo(LAYOUT_BRAND);
		assertThat(page.select("footer.site-footer")).hasSize(1);
		assertThat(page.select("main")).hasSize(1);
		assertThat(body).doesNotContain("Exception", "exception", "at com.jobboard", "at org.springframework",
				"java.lang", "Whitelabel", "No company at", "trace");
	}

	private static String overviewLabel(Document page, String id) {
		Element label = page.selectFirst("#" + id + " dt");
		assertThat(label).as("#%s dt", id).isNotNull();
		return label.text();
	}

	private static String overviewValue(Document page, String id) {
		Element value = page.selectFirst("#" + id + " dd");
		assertThat(value).as("#%s dd", id).isNotNull();
		return value.text();
	}

	private static long postedJobs(Document page) {
		Element data = page.selectFirst("#overview-posted-jobs dd data");
		assertThat(data).as("posted jobs").isNotNull();
		return Long.parseLong(data.attr("value"));
	}

	private static long views(Document page) {
		Element data = page.selectFirst("#overview-viewed dd data");
		assertThat(data).as("views").isNotNull();
		assertThat(data.text().replace(",", "")).isEqualTo(data.attr("value"));
		return Long.parseLong(data.attr("value"));
	}

	private static List<String> jobTitles(Document page) {
		return page.select("section.open-jobs .job-card-title").eachText();
	}

	private static List<String> cardNames(Document page) {
		return page.select("article.company-card h3 a").eachText();
	}

	private static Map<String, String> queryOf(String href) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = URI.create(href).getRawQuery();
		if (query == null) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals >= 0) ? pair.substring(0, equals) : pair, StandardCharsets.UTF_8);
			String value = (equals >= 0) ? URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8) : "";
			parameters.put(name, value);
		}
		return parameters;
	}

}
