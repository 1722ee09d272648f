package com.jobboard.company;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jobboard.job.EmploymentType;
import com.jobboard.job.Job;
import com.jobboard.job.JobCatalog;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.job.JobSummary;
import com.jobboard.support.DatabaseTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.web.Slugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Company and job queries on the real PostgreSQL schema. The database is shared and never
 * emptied, so every test makes companies whose names hold a token of its own and searches
 * for it.
 */
@DatabaseTest
class CompanyRepositoryTests {

	@Autowired
	CompanyRepository companies;

	@Autowired
	SectorRepository sectors;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JobRepository jobs;

	@Autowired
	JobCatalog jobCatalog;

	@Autowired
	TestCompanies testCompanies;

	// searchPublic

	@Test
	void searchPublicMatchesAPartOfTheNameInAnyCase() {
		String token = token();
		company("Northern " + token.toUpperCase(Locale.ROOT) + " Lights");
		company(token + " Freight");
		company("Unrelated " + token().substring(0, 6));

		List<Company> found = this.companies.searchPublic(contains(token), "", firstPage());

		assertThat(found).extracting(Company::getName)
			.containsExactlyInAnyOrder("Northern " + token.toUpperCase(Locale.ROOT) + " Lights", token + " Freight");
	}

	@Test
	void searchPublicOrdersByNameIgnoringCase() {
		String token = token();
		company(token + " charlie");
		company(token + " Alpha");
		company(token + " bravo");
		company(token + " ALPHA two");

		List<Company> found = this.companies.searchPublic(contains(token), "", firstPage());

		assertThat(found).extracting(Company::getName)
			.containsExactly(token + " Alpha", token + " ALPHA two", token + " bravo", token + " charlie");
	}

	@Test
	void searchPublicLeavesOutArchivedAndPendingCompanies() {
		String token = token();
		company(token + " Active");
		company(token + " Archived", CompanyStatus.ARCHIVED);
		company(token + " Pending", CompanyStatus.PENDING);

		List<Company> found = this.companies.searchPublic(contains(token), "", firstPage());

		assertThat(found).extracting(Company::getName).containsExactly(token + " Active");
		assertThat(this.companies.countPublic(contains(token), "", 100)).isEqualTo(1);
	}

	@Test
	void searchPublicFiltersBySectorSlug() {
		String token = token();
		Sector robotics = sector("Robotics " + token);
		Sector farming = sector("Farming " + token);
		company(token + " Robot Works", CompanyStatus.ACTIVE, robotics);
		company(token + " Farm Bots", CompanyStatus.ACTIVE, robotics, farming);
		company(token + " Green Acres", CompanyStatus.ACTIVE, farming);
		company(token + " No Sector");

		assertThat(this.companies.searchPublic(contains(token), robotics.getSlug(), firstPage()))
			.extracting(Company::getName)
			.containsExactly(token + " Farm Bots", token + " Robot Works");
		assertThat(this.companies.searchPublic(contains(token), farming.getSlug(), firstPage()))
			.extracting(Company::getName)
			.containsExactly(token + " Farm Bots", token + " Green Acres");
		assertThat(this.companies.searchPublic(contains(token), "", firstPage())).hasSize(4);
		assertThat(this.companies.searchPublic(contains(token), "no-such-sector-" + token, firstPage())).isEmpty();
	}

	@Test
	void searchPublicAnswersTwentyAPage() {
		String token = token();
		for (int i = 1; i <= 25; i++) {
			company(String.format("%s %02d", token, i));
		}

		List<Company> first = this.companies.searchPublic(contains(token), "",
				PageRequest.of(0, CompanyDirectory.PAGE_SIZE));
		List<Company> second = this.companies.searchPublic(contains(token), "",
				PageRequest.of(1, CompanyDirectory.PAGE_SIZE));

		assertThat(first).hasSize(20);
		assertThat(first.get(0).getName()).isEqualTo(token + " 01");
		assertThat(second).extracting(Company::getName)
			.containsExactly(token + " 21", token + " 22", token + " 23", token + " 24", token + " 25");
		assertThat(this.companies.countPublic(contains(token), "", 100)).isEqualTo(25);
		assertThat(this.companies.countPublic(contains(token), "", 10)).as("counts no further than asked")
			.isEqualTo(10);
	}

	// CompanyDirectory.search

	@Test
	void directorySearchAnswersTwentyAPageAndTheRestOnTheNext() {
		String token = token();
		for (int i = 1; i <= 25; i++) {
			company(String.format("%s %02d", token, i));
		}

		Page<DirectoryEntry> first = this.directory.search(token, "", 0);
		Page<DirectoryEntry> second = this.directory.search(token, "", 1);
		Page<DirectoryEntry> third = this.directory.search(token, "", 2);

		assertThat(first.getContent()).hasSize(20);
		assertThat(second.getContent()).hasSize(5);
		assertThat(third.getContent()).isEmpty();
		assertThat(first.getTotalElements()).isEqualTo(25);
		List<String> all = new ArrayList<>(first.getContent().stream().map(DirectoryEntry::name).toList());
		all.addAll(second.getContent().stream().map(DirectoryEntry::name).toList());
		assertThat(all).doesNotHaveDuplicates().hasSize(25).isSorted();
	}

	@Test
	void directorySearchTakesANegativePageAsTheFirst() {
		String token = token();
		company(token + " Only");

		Page<DirectoryEntry> found = this.directory.search(token, "", -3);

		assertThat(found.getNumber()).isZero();
		assertThat(found.getContent()).extracting(DirectoryEntry::name).containsExactly(token + " Only");
	}

	@Test
	void directorySearchIgnoresCase() {
		String token = token();
		company("Mixed " + token + " Case");

		assertThat(names(this.directory.search("MIXED " + token.toUpperCase(Locale.ROOT), "", 0)))
			.containsExactly("Mixed " + token + " Case");
		assertThat(names(this.directory.search("mixed " + token, "", 0))).containsExactly("Mixed " + token + " Case");
	}

	@Test
	void directorySearchIgnoresCaseOfNonAsciiLetters() {
		String token = token();
		company("ÄRZTE " + token + " ÖSTERREICH");

		assertThat(names(this.directory.search("ärzte " + token + " österreich", "", 0)))
			.containsExactly("ÄRZTE " + token + " ÖSTERREICH");
	}

	@Test
	void directorySearchTakesPercentLiterally() {
		String token = token();
		company(token + " 100% Organic");
		company(token + " 1000 Organic");
		company(token + " 100 Organic");

		assertThat(names(this.directory.search(token + " 100%", "", 0))).containsExactly(token + " 100% Organic");
		assertThat(names(this.directory.search("%" + token, "", 0))).isEmpty();
	}

	@Test
	void directorySearchTakesUnderscoreLiterally() {
		String token = token();
		company(token + " snake_case");
		company(token + " snakeXcase");

		assertThat(names(this.directory.search(token + " snake_case", "", 0))).containsExactly(token + " snake_case");
		assertThat(names(this.directory.search(token + " snake_", "", 0))).containsExactly(token + " snake_case");
	}

	@Test
	void directorySearchTakesBackslashLiterally() {
		String token = token();
		company(token + " back\\slash");
		company(token + " backslash");

		assertThat(names(this.directory.search(token + " back\\s", "", 0))).containsExactly(token + " back\\slash");
		assertThat(names(this.directory.search(token + " back\\", "", 0))).containsExactly(token + " back\\slash");
	}

	@Test
	void directorySearchTakesQuotesLiterally() {
		String token = token();
		company(token + " O'Brien & Sons");

		assertThat(names(this.directory.search(token + " O'Brien", "", 0))).containsExactly(token + " O'Brien & Sons");
		assertThat(names(this.directory.search(token + "' or '1'='1", "", 0))).isEmpty();
	}

	@Test
	void directorySearchDropsControlCharactersAndSurroundingSpace() {
		String token = token();
		company(token + " Clean");

		assertThat(names(this.directory.search("  \t" + token + "\u0000 Cl\u0007ean\n ", "", 0)))
			.containsExactly(token + " Clean");
	}

	@Test
	void directorySearchSurvivesAVeryLongQuery() {
		String token = token();
		company(token + " Long");

		Page<DirectoryEntry> found = this.directory.search(token + "x".repeat(10_000), "", 0);

		assertThat(found.getContent()).isEmpty();
	}

	@Test
	void directorySearchWithNullQueryAndSectorListsEveryPublicCompany() {
		Page<DirectoryEntry> found = this.directory.search(null, null, 0);

		assertThat(found.getContent()).hasSizeLessThanOrEqualTo(20);
		assertThat(found.getTotalElements()).isGreaterThanOrEqualTo(found.getContent().size());
	}

	@Test
	void directorySearchFiltersBySectorAndLeavesOutNonPublicCompanies() {
		String token = token();
		Sector sector = sector("Logistics " + token);
		company(token + " Trucks", CompanyStatus.ACTIVE, sector);
		company(token + " Ships", CompanyStatus.ARCHIVED, sector);
		company(token + " Trains", CompanyStatus.PENDING, sector);
		company(token + " Bikes");

		assertThat(names(this.directory.search(token, sector.getSlug(), 0))).containsExactly(token + " Trucks");
		assertThat(names(this.directory.search(token, "", 0))).containsExactly(token + " Bikes", token + " Trucks");
	}

	@Test
	void directoryEntriesCarrySectorsLogoAndOpenJobCount() {
		String token = token();
		Sector b = sector("Beta " + token);
		Sector a = sector("Alpha " + token);
		Company hiring = company(token + " Hiring", CompanyStatus.ACTIVE, b, a);
		Company quiet = company(token + " Quiet");
		job(hiring, "Open one", JobStatus.OPEN, null);
		job(hiring, "Open two", JobStatus.OPEN, Instant.now().plus(Duration.ofDays(30)));
		job(hiring, "Draft", JobStatus.DRAFT, null);
		job(hiring, "Gone", JobStatus.OPEN, Instant.now().minus(Duration.ofMinutes(1)));
		job(quiet, "Filled", JobStatus.FILLED, null);

		List<DirectoryEntry> entries = this.directory.search(token, "", 0).getContent();

		assertThat(entries).extracting(DirectoryEntry::name).containsExactly(token + " Hiring", token + " Quiet");
		DirectoryEntry hiringEntry = entries.get(0);
		assertThat(hiringEntry.openJobs()).isEqualTo(2);
		assertThat(hiringEntry.sectors()).containsExactly("Alpha " + token, "Beta " + token);
		assertThat(hiringEntry.path()).isEqualTo("/companies/" + hiring.getSlug());
		assertThat(hiringEntry.logoPath()).isNull();
		assertThat(entries.get(1).openJobs()).isZero();
		assertThat(entries.get(1).sectors()).isEmpty();
	}

	@Test
	void recentlyUpdatedShowsAFreshPublicCompanyButNoArchivedOne() {
		String token = token();
		Company archived = company(token + " Archived recently", CompanyStatus.ARCHIVED);
		Company fresh = company(token + " Fresh");

		List<DirectoryEntry> recent = this.directory.recentlyUpdated();

		assertThat(recent).hasSizeLessThanOrEqualTo(8);
		assertThat(recent).extracting(DirectoryEntry::id).contains(fresh.getId()).doesNotContain(archived.getId());
		assertThat(recent.get(0).id()).isEqualTo(fresh.getId());
	}

	// findWithSectorsBySlug

	@Test
	void findWithSectorsBySlugLoadsTheSectorsInNameOrder() {
		String token = token();
		Sector zeta = sector("Zeta " + token);
		Sector eta = sector("Eta " + token);
		Company saved = company(token + " Sectored", CompanyStatus.ACTIVE, zeta, eta);

		Company found = this.companies.findWithSectorsBySlug(saved.getSlug()).orElseThrow();

		// Outside any transaction: the sectors must already be loaded.
		assertThat(found.getSectors()).extracting(Sector::getName).containsExactly("Eta " + token, "Zeta " + token);
		assertThat(found.getName()).isEqualTo(token + " Sectored");
	}

	@Test
	void findWithSectorsBySlugFindsNonPublicCompaniesToo() {
		Company archived = company(token() + " Archived", CompanyStatus.ARCHIVED);

		assertThat(this.companies.findWithSectorsBySlug(archived.getSlug())).get()
			.extracting(Company::getStatus)
			.isEqualTo(CompanyStatus.ARCHIVED);
	}

	@Test
	void findWithSectorsBySlugAnswersEmptyForAnUnknownSlug() {
		assertThat(this.companies.findWithSectorsBySlug("no-such-company-" + token())).isEmpty();
	}

	// Constraints

	@Test
	void secondCompanyWithTheSameSlugIsRefused() {
		Company first = company(token() + " First");

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.companies.save(new Company(first.getSlug(), "Another name " + token())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Upper-Case", "with space", "-leading", "trailing-", "double--hyphen", "under_score",
			"zürich", "dot.com", "slash/slug", "" })
	void badlyFormedSlugIsRefused(String slug) {
		String unique = slug.isEmpty() ? "" : slug + "-" + token();
		if (slug.equals("trailing-")) {
			unique = token() + "-";
		}
		else if (slug.equals("-leading")) {
			unique = "-" + token();
		}
		Company company = new Company(unique, "Bad slug " + token());

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.companies.save(company));
	}

	@Test
	void wellFormedSlugIsAccepted() {
		String slug = "ok-" + token() + "-2026";

		Company saved = this.companies.save(new Company(slug, "Good slug " + slug));

		assertThat(this.companies.findBySlug(slug)).get().extracting(Company::getId).isEqualTo(saved.getId());
		assertThat(this.companies.existsBySlug(slug)).isTrue();
	}

	// Jobs

	@Test
	void openJobCountsCountOnlyOpenJobsNotPastExpiry() {
		String token = token();
		Company hiring = company(token + " Hiring");
		Company none = company(token + " Not hiring");
		job(hiring, "Open forever", JobStatus.OPEN, null);
		job(hiring, "Open for a month", JobStatus.OPEN, Instant.now().plus(Duration.ofDays(30)));
		job(hiring, "Draft", JobStatus.DRAFT, null);
		job(hiring, "Filled", JobStatus.FILLED, null);
		job(hiring, "Expired", JobStatus.EXPIRED, Instant.now().minus(Duration.ofDays(2)));
		job(hiring, "Open but past expiry", JobStatus.OPEN, Instant.now().minus(Duration.ofSeconds(1)));
		job(none, "Draft elsewhere", JobStatus.DRAFT, null);
		job(none, "Past expiry elsewhere", JobStatus.OPEN, Instant.now().minus(Duration.ofDays(1)));

		Map<Long, Long> counts = this.jobCatalog.openJobCounts(List.of(hiring.getId(), none.getId()));

		assertThat(counts).containsExactly(Map.entry(hiring.getId(), 2L));
	}

	@Test
	void openJobCountsOfNoCompaniesIsEmpty() {
		assertThat(this.jobCatalog.openJobCounts(List.of())).isEmpty();
	}

	@Test
	void publishedJobsAreTheOpenOnesNewestFirst() {
		String token = token();
		Company company = company(token + " Publisher");
		Instant now = Instant.now();
		Job older = job(company, "Older", JobStatus.OPEN, null, now.minus(Duration.ofDays(3)));
		Job newer = job(company, "Newer", JobStatus.OPEN, now.plus(Duration.ofDays(10)),
				now.minus(Duration.ofHours(1)));
		Job lapsed = job(company, "Lapsed", JobStatus.OPEN, now.minus(Duration.ofMinutes(5)),
				now.minus(Duration.ofDays(2)));
		job(company, "Draft", JobStatus.DRAFT, null, null);
		job(company, "Filled", JobStatus.FILLED, null, now.minus(Duration.ofMinutes(30)));
		job(company, "Expired", JobStatus.EXPIRED, now.minus(Duration.ofDays(1)), now.minus(Duration.ofMinutes(10)));

		List<JobSummary> published = this.jobCatalog.publishedJobsOf(company.getId());

		assertThat(published).extracting(JobSummary::id).containsExactly(newer.getId(), lapsed.getId(), older.getId());
		assertThat(published).allSatisfy((job) -> assertThat(job.companyId()).isEqualTo(company.getId()));
		Instant checkedAt = Instant.now();
		assertThat(published.stream().filter((job) -> job.isOpenAt(checkedAt)).map(JobSummary::title))
			.containsExactly("Newer", "Older");
	}

	@Test
	void publishedJobsOfACompanyWithoutJobsIsEmpty() {
		Company company = company(token() + " Empty");

		assertThat(this.jobCatalog.publishedJobsOf(company.getId())).isEmpty();
	}

	// Helpers

	private static String token() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 11);
	}

	private static String contains(String text) {
		return "%" + text.toLowerCase(Locale.ROOT) + "%";
	}

	private static PageRequest firstPage() {
		return PageRequest.of(0, CompanyDirectory.PAGE_SIZE);
	}

	private static List<String> names(Page<DirectoryEntry> page) {
		return page.getContent().stream().map(DirectoryEntry::name).toList();
	}

	private Sector sector(String name) {
		return this.sectors.save(new Sector(name, Slugs.slugify(name)));
	}

	private Company company(String name) {
		return company(name, CompanyStatus.ACTIVE);
	}

	private Company company(String name, CompanyStatus status, Sector... sectorsOfCompany) {
		String slug = Slugs.slugify(name) + "-" + UUID.randomUUID().toString().substring(0, 6);
		Company company = new Company(slug, name);
		company.setStatus(status);
		company.getSectors().addAll(List.of(sectorsOfCompany));
		return this.testCompanies.save(company);
	}

	private Job job(Company company, String title, JobStatus status, Instant expiresAt) {
		return job(company, title, status, expiresAt,
				(status != JobStatus.DRAFT) ? Instant.now().minus(Duration.ofDays(1)) : null);
	}

	private Job job(Company company, String title, JobStatus status, Instant expiresAt, Instant postedAt) {
		Job job = new Job(company, title, Slugs.slugify(title), EmploymentType.FULL_TIME);
		job.setStatus(status);
		job.setPostedAt(postedAt);
		job.setExpiresAt(expiresAt);
		return this.jobs.save(job);
	}

}
