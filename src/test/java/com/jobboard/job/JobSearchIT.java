package com.jobboard.job;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.web.SearchTerms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job search on real PostgreSQL: full-text matching (stemming, company names,
 * phrases, exclusions), ranking, every filter, pagination that keeps the filters, and
 * input that must never break it. Every test searches for words it made up, so the shared
 * database's other jobs never get in the way.
 */
@IntegrationTest
class JobSearchIT {

	@LocalServerPort
	int port;

	@Autowired
	JobBoard board;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	SectorRepository sectors;

	@Autowired
	MarkdownRenderer markdown;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	// Keywords

	@Test
	void keywordsFindAWordOfTheTitleInAnyCase() {
		String word = word();
		Company company = this.testCompanies.company("Titled");
		openJob(company, "Warehouse " + capitalized(word));
		openJob(company, "Warehouse Clerk");

		assertThat(titles(keywords(word.toUpperCase()))).containsExactly("Warehouse " + capitalized(word));
	}

	@Test
	void stemmingFindsOtherFormsOfAWord() {
		String word = word();
		Company company = this.testCompanies.company("Stemmed");
		openJob(company, "Welding Engineer " + word);

		assertThat(titles(keywords("engineers " + word))).containsExactly("Welding Engineer " + word);
		assertThat(titles(keywords("welded " + word))).containsExactly("Welding Engineer " + word);
		assertThat(titles(keywords("Engineering " + word))).containsExactly("Welding Engineer " + word);
	}

	@Test
	void wordsTheEnglishConfigurationDropsStillMatchAsWritten() {
		String place = word();
		Company company = this.testCompanies.company("Stop words");
		located(openJob(company, "IT Support", Instant.now().minus(Duration.ofHours(2))), place);
		located(openJob(company, "Support Desk", Instant.now().minus(Duration.ofHours(1))), place);

		// "it" is an English stop word: alone it is still a word to find...
		assertThat(titles(this.board.search(search("IT", place, null, null, null, JobSort.RELEVANCE), 0)))
			.containsExactly("IT Support");
		// ...and next to other words it is optional, but ranks the jobs that have it
		// first.
		assertThat(titles(this.board.search(search("it support", place, null, null, null, JobSort.RELEVANCE), 0)))
			.containsExactly("IT Support", "Support Desk");
	}

	@Test
	void theCompanyNameIsSearched() {
		String word = word();
		Company company = this.testCompanies.company(capitalized(word) + " Robotics");
		openJob(company, "Porter");

		assertThat(titles(keywords(word))).containsExactly("Porter");
		assertThat(this.board.listings(search(word, null, null, null, null, null), 0).getContent())
			.extracting(JobListing::companyName)
			.containsExactly(company.getName());
	}

	@Test
	void aRenamedCompanyIsFoundByItsNewNameOnly() {
		String oldWord = word();
		String newWord = word();
		Company company = this.testCompanies.company(capitalized(oldWord) + " Labs");
		openJob(company, "Lab Assistant");
		assertThat(titles(keywords(oldWord))).containsExactly("Lab Assistant");

		company.setName(capitalized(newWord) + " Labs");
		this.testCompanies.save(company);

		assertThat(titles(keywords(newWord))).containsExactly("Lab Assistant");
		assertThat(titles(keywords(oldWord))).isEmpty();
	}

	@Test
	void theDescriptionIsSearchedAsTextNotMarkup() {
		String word = word();
		Company company = this.testCompanies.company("Described");
		Job job = openJob(company, "Baker");
		describe(job, "We bake **" + word + "** bread. [Our site](https://" + word + "x.example/strong)");

		assertThat(titles(keywords(word))).containsExactly("Baker");
		assertThat(titles(keywords("strong " + word))).as("markup is not text").isEmpty();
	}

	@Test
	void aChangedTitleIsFoundAtOnce() {
		String word = word();
		Company company = this.testCompanies.company("Retitled");
		Job job = openJob(company, "Cook");
		assertThat(titles(keywords(word))).isEmpty();

		job.setTitle("Cook " + word);
		this.jobs.save(job);

		assertThat(titles(keywords(word))).containsExactly("Cook " + word);
	}

	@Test
	void quotesFindAPhrase() {
		String word = word();
		Company company = this.testCompanies.company("Phrases");
		openJob(company, "Senior Data Engineer " + word);
		openJob(company, "Engineer for Data Centres " + word);

		assertThat(titles(keywords("\"data engineer\" " + word))).containsExactly("Senior Data Engineer " + word);
		assertThat(titles(keywords("data engineer " + word))).hasSize(2);
	}

	@Test
	void aMinusLeavesAWordOutAndOrFindsEither() {
		String word = word();
		String other = word();
		Company company = this.testCompanies.company("Operators");
		openJob(company, "Senior Analyst " + word);
		openJob(company, "Analyst " + word);
		openJob(company, "Analyst " + other);

		assertThat(titles(keywords(word + " -senior"))).containsExactly("Analyst " + word);
		assertThat(titles(keywords(word + " or " + other))).hasSize(3);
		assertThat(titles(keywords(word + " " + other))).as("all words by default").isEmpty();
	}

	// Ranking and order

	@Test
	void relevancePutsTitleMatchesBeforeCompanyNameMatchesBeforeDescriptionMatches() {
		String word = word();
		String shared = word();
		Company plain = this.testCompanies.company("Plain");
		Company named = this.testCompanies.company(capitalized(word) + " Company");
		Job inDescription = openJob(plain, "Porter", Instant.now().minusSeconds(60));
		describe(inDescription, shared + " and " + word + ", " + word + " and " + word + " again.");
		Job inCompany = openJob(named, "Driver", Instant.now().minusSeconds(120));
		describe(inCompany, shared);
		Job inTitle = openJob(plain, capitalized(word) + " Specialist", Instant.now().minusSeconds(180));
		describe(inTitle, shared);

		List<String> byRelevance = titles(
				this.board.search(search(word + " " + shared, null, null, null, null, JobSort.RELEVANCE), 0));
		List<String> byDate = titles(
				this.board.search(search(word + " " + shared, null, null, null, null, JobSort.NEWEST), 0));

		assertThat(byRelevance).containsExactly(capitalized(word) + " Specialist", "Driver", "Porter");
		assertThat(byDate).containsExactly("Porter", "Driver", capitalized(word) + " Specialist");
	}

	@Test
	void pagingThroughAKeywordSearchNeitherRepeatsNorSkipsAJobAndCountsThemAll() {
		String word = word();
		Company company = this.testCompanies.company("Paged");
		Set<String> expected = new HashSet<>();
		for (int i = 0; i < 23; i++) {
			Job job = openJob(company, (i % 3 == 0) ? capitalized(word) + " Job " + i : "Job " + i,
					Instant.now().minus(Duration.ofMinutes(i)));
			if (i % 3 != 0) {
				describe(job, "About " + word + ".");
			}
			expected.add(job.getTitle());
		}

		for (JobSort sort : JobSort.values()) {
			JobSearch search = search(word, null, null, null, null, sort);
			Page<JobSummary> first = this.board.search(search, 0);
			Page<JobSummary> second = this.board.search(search, 1);

			List<String> listed = new ArrayList<>(titles(first));
			listed.addAll(titles(second));
			assertThat(listed).as(sort.name()).hasSize(23).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(first.getTotalElements()).as(sort.name()).isEqualTo(23);
			assertThat(second.getTotalElements()).as(sort.name()).isEqualTo(23);
		}
		// By relevance the eight title matches come first.
		assertThat(titles(this.board.search(search(word, null, null, null, null, JobSort.RELEVANCE), 0)).subList(0, 8))
			.allSatisfy((title) -> assertThat(title).startsWith(capitalized(word)));
	}

	@Test
	void theAppsQueriesStartNoParallelWorkers() {
		// Short queries, many at once: starting workers cost more than they save
		// (bench/README.md, "A large board").
		assertThat(this.jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single()).isEqualTo("0");
	}

	@Test
	void withoutKeywordsRelevanceListsTheNewestFirst() {
		String place = word();
		Company company = this.testCompanies.company("Newest");
		for (int age = 3; age >= 1; age--) {
			Job job = openJob(company, "Job " + age, Instant.now().minus(Duration.ofHours(age)));
			job.setLocation(place);
			this.jobs.save(job);
		}

		assertThat(titles(this.board.search(search(null, place, null, null, null, JobSort.RELEVANCE), 0)))
			.containsExactly("Job 1", "Job 2", "Job 3");
	}

	// Filters

	@Test
	void locationMatchesAnyPartOfItInAnyCase() {
		String place = word();
		Company company = this.testCompanies.company("Located");
		Job there = openJob(company, "Here");
		there.setLocation("North " + capitalized(place) + " Harbour");
		this.jobs.save(there);
		openJob(company, "Elsewhere");

		assertThat(
				titles(this.board.search(search(null, place.substring(2, 8).toUpperCase(), null, null, null, null), 0)))
			.containsExactly("Here");
		assertThat(titles(this.board.search(search(null, "%" + place, null, null, null, null), 0)))
			.as("% is a character, not a wildcard")
			.isEmpty();
	}

	@Test
	void sectorNarrowsToTheCompaniesInIt() {
		String word = word();
		Sector sector = this.sectors.save(new Sector("Sector " + word, "sector-" + word));
		Company inSector = this.testCompanies.company("In sector");
		inSector.getSectors().add(sector);
		this.testCompanies.save(inSector);
		openJob(inSector, "Inside " + word);
		openJob(this.testCompanies.company("Outside"), "Outside " + word);

		assertThat(titles(this.board.search(search(word, null, sector.getSlug(), null, null, null), 0)))
			.containsExactly("Inside " + word);
		assertThat(titles(this.board.search(search(word, null, "no-such-sector", null, null, null), 0))).isEmpty();
	}

	@Test
	void typeNarrowsToOneKindOfEmployment() {
		String word = word();
		Company company = this.testCompanies.company("Typed");
		Job partTime = openJob(company, "Part " + word);
		partTime.setEmploymentType(EmploymentType.PART_TIME);
		this.jobs.save(partTime);
		openJob(company, "Full " + word);

		assertThat(titles(this.board.search(search(word, null, null, EmploymentType.PART_TIME, null, null), 0)))
			.containsExactly("Part " + word);
		assertThat(titles(this.board.search(search(word, null, null, EmploymentType.INTERN, null, null), 0))).isEmpty();
	}

	@Test
	void remoteNarrowsToRemoteJobsAndOffMeansAll() {
		String word = word();
		Company company = this.testCompanies.company("Remote");
		Job remote = openJob(company, "Remote " + word);
		remote.setRemote(true);
		this.jobs.save(remote);
		openJob(company, "Office " + word);

		assertThat(titles(this.board.search(search(word, null, null, null, true, null), 0)))
			.containsExactly("Remote " + word);
		assertThat(titles(this.board.search(search(word, null, null, null, false, null), 0))).hasSize(2);
	}

	@Test
	void closedJobsAndJobsOfHiddenCompaniesAreNeverFound() {
		String word = word();
		Company company = this.testCompanies.company("Mixed");
		openJob(company, "Open " + word);
		this.testCompanies.job(company, "Filled " + word, JobStatus.FILLED, null);
		this.testCompanies.job(company, "Draft " + word, JobStatus.DRAFT, null);
		this.testCompanies.job(company, "Expired " + word, JobStatus.EXPIRED, null);
		this.testCompanies.job(company, "Past " + word, JobStatus.OPEN, Instant.now().minusSeconds(1));
		this.testCompanies.job(company, "Future " + word, JobStatus.OPEN, Instant.now().plus(Duration.ofDays(1)));
		Company archived = this.testCompanies.company("Archived");
		openJob(archived, "Archived " + word);
		archived.setStatus(CompanyStatus.ARCHIVED);
		this.testCompanies.save(archived);
		Company pending = this.testCompanies.company("Pending");
		openJob(pending, "Pending " + word);
		pending.setStatus(CompanyStatus.PENDING);
		this.testCompanies.save(pending);

		assertThat(titles(keywords(word))).containsExactlyInAnyOrder("Open " + word, "Future " + word);
	}

	// The page

	@Test
	void thePageHasALabelledFilterFormThatShowsTheSearch() throws Exception {
		String word = word();
		Sector sector = this.sectors.save(new Sector("Form " + word, "form-" + word));

		Document page = html("/jobs?q=" + word + "&location=Berlin&sector=" + sector.getSlug()
				+ "&type=PART_TIME&remote=true&sort=NEWEST");

		Element form = page.selectFirst("form[role=search]");
		assertThat(form.attr("method")).isEqualToIgnoringCase("get");
		assertThat(form.attr("action")).isEqualTo("/jobs");
		assertThat(form.selectFirst("input#q").val()).isEqualTo(word);
		assertThat(form.selectFirst("input#q").attr("aria-describedby")).isEqualTo("q-hint");
		assertThat(form.selectFirst("#q-hint").text()).contains("quotes");
		assertThat(form.selectFirst("input#location").val()).isEqualTo("Berlin");
		assertThat(form.select("select#sector option[selected]").val()).isEqualTo(sector.getSlug());
		assertThat(form.select("select#type option[selected]").val()).isEqualTo("PART_TIME");
		assertThat(form.select("select#type option").eachAttr("value")).containsExactly("", "FULL_TIME", "PART_TIME",
				"CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER");
		assertThat(form.selectFirst("input#remote").hasAttr("checked")).isTrue();
		assertThat(form.select("select#sort option[selected]").val()).isEqualTo("NEWEST");
		for (String id : List.of("q", "location", "sector", "type", "remote", "sort")) {
			assertThat(form.select("label[for=" + id + "]")).as("label for %s", id).hasSize(1);
		}
		assertThat(page.select("h1")).hasSize(1);
	}

	@Test
	void keywordSearchesAreSortedByRelevanceUnlessAnotherOrderIsChosen() throws Exception {
		assertThat(html("/jobs?q=" + word()).select("select#sort option[selected]").val()).isEqualTo("RELEVANCE");
		assertThat(html("/jobs").select("select#sort option[selected]").val()).isEqualTo("NEWEST");
		assertThat(html("/jobs?q=" + word() + "&sort=newest").select("select#sort option[selected]").val())
			.isEqualTo("NEWEST");
	}

	@Test
	void resultsShowTitleCompanyTypePlaceAndSalary() throws Exception {
		String word = word();
		Company company = this.testCompanies.company("Carded");
		Job job = openJob(company, "Nurse " + word);
		job.setLocation("Hamburg");
		job.setCountryCode("DE");
		job.setRemote(true);
		job.setEmploymentType(EmploymentType.PART_TIME);
		job.setSalary(new java.math.BigDecimal("3000"), new java.math.BigDecimal("3500.50"), "EUR", SalaryPeriod.MONTH);
		this.jobs.save(job);

		Document page = html("/jobs?q=" + word);

		Element card = page.selectFirst("article.job-card");
		assertThat(card.selectFirst(".job-card-title a").attr("href"))
			.isEqualTo("/jobs/" + job.getId() + "/" + job.getSlug());
		assertThat(card.selectFirst(".job-card-company a").text()).isEqualTo(company.getName());
		assertThat(card.selectFirst(".job-card-company a").attr("href")).isEqualTo("/companies/" + company.getSlug());
		assertThat(card.select(".job-card-meta span").eachText()).containsExactly("Part-time", "Hamburg, DE · Remote",
				"EUR 3,000–3,500.5 a month");
		assertThat(page.selectFirst(".result-count").text()).isEqualTo("1 open job");
	}

	@Test
	void paginationKeepsEveryFilter() throws Exception {
		String word = word();
		Company company = this.testCompanies.company("Paged");
		for (int i = 0; i < JobBoard.PAGE_SIZE + 1; i++) {
			Job job = openJob(company, "Clerk " + i + " " + word, Instant.now().minusSeconds(i));
			job.setLocation("Kiel");
			job.setRemote(true);
			this.jobs.save(job);
		}
		String query = "/jobs?q=" + word + "&location=kiel&type=FULL_TIME&remote=true&sort=NEWEST";

		Document first = html(query);

		assertThat(first.select("article.job-card")).hasSize(JobBoard.PAGE_SIZE);
		assertThat(first.selectFirst(".result-count").text()).isEqualTo("21 open jobs");
		Element next = first.selectFirst("nav.pagination a[rel=next]");
		assertThat(queryOf(next.attr("href"))).containsEntry("q", word)
			.containsEntry("location", "kiel")
			.containsEntry("type", "FULL_TIME")
			.containsEntry("remote", "true")
			.containsEntry("sort", "NEWEST")
			.containsEntry("page", "2");
		Document second = html(URI.create(query).resolve(next.attr("href")).toString());
		assertThat(second.select("article.job-card .job-card-title").eachText()).containsExactly("Clerk 20 " + word);
		assertThat(second.title()).contains("page 2");
		assertThat(second.title()).isNotEqualTo(first.title());
	}

	// Input that must not break the search

	static List<String> hostileQueries() {
		return List.of("\"", "'", "\"unclosed phrase", "&|!:*", "!!!", "a & b | !c", "foo:*", "(", ")", "<->", "<2>",
				"'); drop table jobs;--", "' or '1'='1", "\\", "%", "_", "<script>alert(1)</script>", "a\u0000b",
				"\u0000", "😀 ü ß", "-", "or", "- - -", "x".repeat(400));
	}

	@ParameterizedTest(name = "[{index}] q={0}")
	@MethodSource("hostileQueries")
	void hostileKeywordsFindResultsOrNothingAndNeverFail(String q) throws Exception {
		HttpResponse<String> response = get("/jobs?q=" + encode(q));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("</html>").doesNotContain("<script>alert(1)");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
		assertThat(page.select("h1")).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from jobs").query(Long.class).single()).isPositive();
	}

	@Test
	void aTenKilobyteSearchIsAnsweredWithAPageNeverAFailure() throws Exception {
		String q = "x".repeat(10 * 1024);

		HttpResponse<String> response = get("/jobs?q=" + q);

		// The search itself copes (it keeps the first 200 characters); a request limit in
		// front of it
		// may refuse such an address with its own friendly 414 page instead.
		assertThat(response.statusCode()).isIn(200, 414);
		assertThat(response.body()).contains("</html>");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1")).hasSize(1);
		if (response.statusCode() == 200) {
			assertThat(page.selectFirst("input#q").val()).as("what was searched").hasSize(SearchTerms.MAX_LENGTH);
			assertThat(page.title()).hasSizeLessThan(SearchTerms.MAX_LENGTH + 100);
		}
		assertThat(this.board.search(search(q, q, q, null, true, JobSort.RELEVANCE), 0)).isEmpty();
	}

	@ParameterizedTest(name = "[{index}] location={0}")
	@MethodSource("hostileQueries")
	void hostileLocationsAndSectorsNeverFail(String value) throws Exception {
		HttpResponse<String> response = get("/jobs?location=" + encode(value) + "&sector=" + encode(value));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("</html>");
	}

	@Test
	void operatorsAndMarkupAroundARealWordStillFindIt() {
		String word = word();
		openJob(this.testCompanies.company("Robust"), "Gardener " + word);

		for (String q : List.of(word + " &|!:*", "\"" + word, word + "\"", "'" + word + "'", word + ":*",
				"(" + word + ")", "!" + word + "!", word + " <->", word + "\u0000")) {
			assertThat(titles(keywords(q))).as(q).containsExactly("Gardener " + word);
		}
	}

	@Test
	void sqlInTheKeywordsIsOnlyWordsToFind() {
		String word = word();
		Company company = this.testCompanies.company("Injected");
		openJob(company, "Gardener " + word);
		openJob(company, "Drop Table Jobs " + word);

		assertThat(titles(keywords(word + "'); drop table jobs;--"))).containsExactly("Drop Table Jobs " + word);
		assertThat(this.jdbc.sql("select count(*) from jobs where title like ?")
			.param("%" + word)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "type=fulltime", "type=", "sort=best", "sort=", "remote=maybe", "remote=", "sector=",
			"type=FULL_TIME&type=PART_TIME", "page=0", "page=-3", "page=99999", "q=%zz" })
	void unknownFilterValuesAreIgnored(String query) throws Exception {
		HttpResponse<String> response = get("/jobs?" + query.replace("%zz", "%25zz"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select("form[role=search]")).hasSize(1);
	}

	@Test
	void lowerCaseFilterValuesWork() {
		// The binding forgives case; the search itself gets the constant.
		String word = word();
		Job job = openJob(this.testCompanies.company("Lower"), "Intern " + word);
		job.setEmploymentType(EmploymentType.INTERN);
		this.jobs.save(job);

		assertThat(html200("/jobs?q=" + word + "&type=intern").select("article.job-card")).hasSize(1);
		assertThat(html200("/jobs?q=" + word + "&type=contractor").select("article.job-card")).isEmpty();
	}

	@ParameterizedTest(name = "page={0}")
	@ValueSource(strings = { "abc", "1.5", "99999999999" })
	void aPageThatIsNotANumberAnswers400WithTheFriendlyPage(String page) throws Exception {
		HttpResponse<String> response = get("/jobs?page=" + page);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("We could not handle that request");
	}

	// Helpers

	private static String word() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private Job openJob(Company company, String title) {
		return openJob(company, title, Instant.now().minus(Duration.ofHours(1)));
	}

	private Job openJob(Company company, String title, Instant postedAt) {
		Job job = this.testCompanies.job(company, title, JobStatus.OPEN, null);
		job.setPostedAt(postedAt);
		return this.jobs.save(job);
	}

	private Job located(Job job, String location) {
		job.setLocation(location);
		return this.jobs.save(job);
	}

	private void describe(Job job, String markdownText) {
		job.describe(markdownText, this.markdown.toSafeHtml(markdownText));
		this.jobs.save(job);
	}

	private static JobSearch search(String q, String location, String sector, EmploymentType type, Boolean remote,
			JobSort sort) {
		return new JobSearch(q, location, sector, type, remote, sort);
	}

	private Page<JobSummary> keywords(String q) {
		return this.board.search(search(q, null, null, null, null, JobSort.RELEVANCE), 0);
	}

	private static List<String> titles(Page<JobSummary> page) {
		return page.getContent().stream().map(JobSummary::title).toList();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private Document html(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private Document html200(String path) {
		try {
			return html(path);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static Map<String, String> queryOf(String href) {
		Map<String, String> params = new LinkedHashMap<>();
		String query = URI.create(href).getRawQuery();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			params.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					URLDecoder.decode((parts.length > 1) ? parts[1] : "", StandardCharsets.UTF_8));
		}
		return params;
	}

}
