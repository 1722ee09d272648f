package com.jobboard.transfer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.SectorRepository;
import com.jobboard.company.SizeBand;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.job.SalaryPeriod;
import com.jobboard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own small exports and CSVs, made so that every field the importer reads is used.
 */
@IntegrationTest
class FixtureImportIT {

	@Autowired
	Importer importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JobRepository jobs;

	@Autowired
	SectorRepository sectors;

	@TempDir
	Path dir;

	@BeforeEach
	void sector() {
		TransferFixtures.ensureSector(this.sectors);
	}

	private ImportReport run(ImportUploads.Upload upload, boolean dryRun) {
		return this.importer.run(upload, dryRun, new Importer.Author(null, "importer@example.com"), (n) -> {
		});
	}

	private long target(String site, String kind, String sourceId) {
		return this.jdbc.sql("select target_id from import_sources where site = ? and kind = ? and source_id = ?")
			.params(site, kind, sourceId)
			.query(Long.class)
			.single();
	}

	private static List<String> notesOf(ImportReport report, String sourceId) {
		return report.getEntries()
			.stream()
			.filter((entry) -> entry.sourceId().equals(sourceId))
			.flatMap((entry) -> entry.notes().stream())
			.map(Note::code)
			.toList();
	}

	private static ImportReport.Outcome outcomeOf(ImportReport report, String sourceId) {
		return report.getEntries()
			.stream()
			.filter((entry) -> entry.sourceId().equals(sourceId))
			.findFirst()
			.orElseThrow()
			.outcome();
	}

	@Test
	void wpJobManagerExportWithEveryField() {
		Path xml = TransferFixtures.resource(this.dir, "wpjm-every-field.xml");
		Path zip = TransferFixtures.zip(this.dir.resolve("uploads.zip"), "wp-content/uploads/2024/05/acme-logo.png",
				TransferFixtures.png(40, 20));
		ImportReport report = run(ImportUploads.Upload.of(xml, zip), false);
		String site = "https://jobs.fixture-wpjm.example";

		assertThat(report.getFileProblems()).isEmpty();
		assertThat(report.getFormat()).isEqualTo(ImportFormat.WP_JOB_MANAGER);
		assertThat(report.getSite()).isEqualTo(site);
		// "Acme Fixture Works" and "ACME Fixture works" at the same website are one
		// company.
		assertThat(report.getCompanies().getTotal()).isEqualTo(2);
		assertThat(report.getJobs().getTotal()).isEqualTo(5);
		assertThat(report.getJobs().getSkipped()).isEqualTo(2);

		Company acme = this.companies
			.findWithSectorsById(target(site, "COMPANY", "company:acme fixture works|acme-fixture.example"))
			.orElseThrow();
		assertThat(acme.getName()).isEqualTo("Acme Fixture Works");
		assertThat(acme.getTagline()).isEqualTo("Steel that lasts");
		assertThat(acme.getWebsite()).isEqualTo("https://www.acme-fixture.example");
		assertThat(acme.getSocialLinks().x()).isEqualTo("https://x.com/acmefixture");
		assertThat(acme.getSocialLinks().youtube()).isEqualTo("https://www.youtube.com/watch?v=fixture");
		assertThat(acme.getSectors()).extracting("name").containsExactly(TransferFixtures.SECTOR);
		assertThat(acme.getLogoId()).isNotNull();
		assertThat(acme.getStatus()).isEqualTo(CompanyStatus.ACTIVE);
		assertThat(notesOf(report, "company:acme fixture works|acme-fixture.example"))
			.containsExactly("transfer.note.unknownSector");

		Job welder = this.jobs.findWithCompanyById(target(site, "JOB", "post:101")).orElseThrow();
		assertThat(welder.getCompany().getId()).isEqualTo(acme.getId());
		assertThat(welder.getTitle()).isEqualTo("Senior Welder");
		assertThat(welder.getEmploymentType()).isEqualTo(EmploymentType.FULL_TIME);
		assertThat(welder.getLocation()).isEqualTo("Hamburg, Germany");
		assertThat(welder.isRemote()).isTrue();
		assertThat(welder.getSalaryMin()).isEqualByComparingTo(new BigDecimal("65000"));
		assertThat(welder.getSalaryMax()).isEqualByComparingTo(new BigDecimal("65000"));
		assertThat(welder.getSalaryCurrency()).isEqualTo("EUR");
		assertThat(welder.getSalaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
		assertThat(welder.getApplyEmail()).isEqualTo("jobs@acme-fixture.example");
		assertThat(welder.getStatus()).isEqualTo(JobStatus.OPEN);
		assertThat(welder.getPostedAt()).hasToString("2024-05-02T08:30:00Z");
		assertThat(welder.getExpiresAt()).hasToString("2099-12-31T23:59:59Z");
		assertThat(welder.getDescriptionMarkdown()).contains("**bridges**", "Welding");
		// Through our sanitizer: the script and the javascript: link do not survive, the
		// real link does.
		assertThat(welder.getDescriptionHtml())
			.contains("<strong>bridges</strong>", "<li>", "https://acme-fixture.example/jobs")
			.doesNotContain("<script", "javascript:");

		Job crane = this.jobs.findWithCompanyById(target(site, "JOB", "post:102")).orElseThrow();
		assertThat(crane.getCompany().getId()).isEqualTo(acme.getId());
		assertThat(crane.getEmploymentType()).isEqualTo(EmploymentType.CONTRACTOR);
		assertThat(crane.getStatus()).isEqualTo(JobStatus.FILLED);
		assertThat(crane.getApplyUrl()).isEqualTo("https://acme-fixture.example/apply");
		assertThat(crane.getExpiresAt()).isNull();
		assertThat(crane.getDescriptionHtml()).contains("<p>Lift things.</p>", "<p>Carefully.</p>");
		assertThat(notesOf(report, "post:102")).containsExactly("transfer.note.badDate");

		Job watch = this.jobs.findWithCompanyById(target(site, "JOB", "post:103")).orElseThrow();
		assertThat(watch.getStatus()).isEqualTo(JobStatus.EXPIRED);
		assertThat(watch.getEmploymentType()).isEqualTo(EmploymentType.OTHER);
		assertThat(watch.getApplyUrl()).isNull();
		assertThat(notesOf(report, "post:103")).contains("transfer.note.unknownType", "transfer.note.salaryText",
				"transfer.note.fieldLeftOut");
		Company beacon = watch.getCompany();
		assertThat(this.companies.findById(beacon.getId()).orElseThrow().getWebsite()).isNull();

		assertThat(outcomeOf(report, "post:104")).isEqualTo(ImportReport.Outcome.SKIPPED);
		assertThat(notesOf(report, "post:104")).containsExactly("transfer.skip.status");
		assertThat(outcomeOf(report, "post:105")).isEqualTo(ImportReport.Outcome.SKIPPED);
		assertThat(notesOf(report, "post:105")).containsExactly("transfer.skip.noCompanyName");

		ImportReport again = run(ImportUploads.Upload.of(xml, zip), false);
		assertThat(again.hasChanges()).isFalse();
		assertThat(again.getCompanies().getUnchanged()).isEqualTo(2);
		assertThat(again.getJobs().getUnchanged()).isEqualTo(3);
		assertThat(this.companies.findById(acme.getId()).orElseThrow().getLogoId()).isEqualTo(acme.getLogoId());
	}

	@Test
	void wpJobBoardProExportWithEveryField() {
		ImportReport report = run(TransferFixtures.upload(this.dir, "wpjbp-every-field.xml"), false);
		String site = "https://board.fixture-wpjbp.example";

		assertThat(report.getFileProblems()).isEmpty();
		assertThat(report.getFormat()).isEqualTo(ImportFormat.WP_JOB_BOARD_PRO);
		Company orbit = this.companies.findWithSectorsById(target(site, "COMPANY", "post:201")).orElseThrow();
		assertThat(orbit.getName()).isEqualTo("Orbit Fixture Launches");
		assertThat(orbit.getSlug()).startsWith("orbit-fixture-launches");
		assertThat(orbit.getEmail()).isEqualTo("hello@orbit-fixture.example");
		assertThat(orbit.getPhone()).isEqualTo("+351 21 000 0000");
		assertThat(orbit.getWebsite()).isEqualTo("https://orbit-fixture.example");
		assertThat(orbit.getFoundedDate()).hasToString("2001-03-15");
		assertThat(orbit.getSizeBand()).isEqualTo(SizeBand.SIZE_11_50);
		assertThat(orbit.getHeadquarters()).isEqualTo("Avenida da Liberdade 100, Lisbon");
		assertThat(orbit.getSocialLinks().facebook()).isEqualTo("https://facebook.com/orbitfixture");
		assertThat(orbit.getSocialLinks().x()).isEqualTo("https://x.com/orbitfixture");
		assertThat(orbit.getSocialLinks().linkedin()).isEqualTo("https://www.linkedin.com/company/orbitfix");
		assertThat(orbit.getSocialLinks().instagram()).isEqualTo("https://instagram.com/orbitfixture");
		assertThat(orbit.getSectors()).extracting("name").containsExactly(TransferFixtures.SECTOR);
		assertThat(orbit.getDescriptionHtml()).contains("<strong>small</strong>", "<p>Since 2001.</p>");

		// The job comes before its employer in the file; the employer is found all the
		// same.
		Job job = this.jobs.findWithCompanyById(target(site, "JOB", "post:301")).orElseThrow();
		assertThat(job.getCompany().getId()).isEqualTo(orbit.getId());
		assertThat(job.getEmploymentType()).isEqualTo(EmploymentType.PART_TIME);
		assertThat(job.getLocation()).isEqualTo("Rua Augusta 1, Lisbon");
		assertThat(job.getSalaryMin()).isEqualByComparingTo("2500");
		assertThat(job.getSalaryMax()).isEqualByComparingTo("3500");
		assertThat(job.getSalaryPeriod()).isEqualTo(SalaryPeriod.MONTH);
		assertThat(job.getApplyUrl()).isEqualTo("https://orbit-fixture.example/apply");
		assertThat(job.getApplyEmail()).isEqualTo("jobs@orbit-fixture.example");
		assertThat(job.getExpiresAt()).hasToString("2099-01-31T23:59:59Z");
		assertThat(job.getDescriptionHtml()).contains("<h3>What you do</h3>", "<em>rockets</em>");
		assertThat(notesOf(report, "post:302")).containsExactly("transfer.skip.noEmployer");

		Path again = this.dir.resolve("again");
		again.toFile().mkdirs();
		assertThat(run(TransferFixtures.upload(again, "wpjbp-every-field.xml"), false).hasChanges()).isFalse();
	}

	@Test
	void ourCsvsWithEveryColumn() {
		ImportReport companiesReport = run(TransferFixtures.upload(this.dir, "companies-every-field.csv"), false);
		assertThat(companiesReport.getFileProblems()).isEmpty();
		assertThat(companiesReport.getFormat()).isEqualTo(ImportFormat.CSV_COMPANIES);

		Company kontor = this.companies.findWithSectorsById(target("csv", "COMPANY", "fx-7001")).orElseThrow();
		assertThat(kontor.getSlug()).isEqualTo("csv-fixture-kontor");
		assertThat(kontor.getTagline()).isEqualTo("Handel, \"seit\" 1890");
		assertThat(kontor.getFoundedDate()).hasToString("1890-04-01");
		assertThat(kontor.getSizeBand()).isEqualTo(SizeBand.SIZE_51_200);
		assertThat(kontor.getHeadquarters()).isEqualTo("Bremen");
		assertThat(kontor.getSocialLinks().github()).isEqualTo("https://github.com/kontorfixture");
		assertThat(kontor.getSocialLinks().youtube()).isEqualTo("https://youtube.com/@kontorfixture");
		assertThat(kontor.getSectors()).extracting("name").containsExactly(TransferFixtures.SECTOR);
		assertThat(kontor.getDescriptionMarkdown()).contains("# Über uns", "**Kaffee**", "'=1+1 is text");
		assertThat(notesOf(companiesReport, "fx-7001")).containsExactly("transfer.note.unknownSector");

		Company formula = this.companies.findById(target("csv", "COMPANY", "fx-7002")).orElseThrow();
		assertThat(formula.getName()).isEqualTo("=HYPERLINK(\"https://evil.example\")");
		assertThat(formula.getStatus()).isEqualTo(CompanyStatus.PENDING);
		assertThat(formula.getWebsite()).isNull();
		assertThat(notesOf(companiesReport, "fx-7002")).contains("transfer.note.badDate", "transfer.note.badValue",
				"transfer.note.fieldLeftOut");

		ImportReport jobsReport = run(TransferFixtures.upload(this.dir, "jobs-every-field.csv"), false);
		assertThat(jobsReport.getFileProblems()).isEmpty();
		assertThat(jobsReport.getFormat()).isEqualTo(ImportFormat.CSV_JOBS);
		Job roaster = this.jobs.findWithCompanyById(target("csv", "JOB", "fx-8001")).orElseThrow();
		assertThat(roaster.getCompany().getId()).isEqualTo(kontor.getId());
		assertThat(roaster.getTitle()).isEqualTo("Kaffeeröster (m/w/d)");
		assertThat(roaster.getCountryCode()).isEqualTo("DE");
		assertThat(roaster.isRemote()).isTrue();
		assertThat(roaster.getSalaryMax()).isEqualByComparingTo("52000.50");
		assertThat(roaster.getPostedAt()).hasToString("2024-05-01T08:00:00Z");
		assertThat(roaster.getExpiresAt()).hasToString("2099-06-30T23:59:59Z");
		Job helper = this.jobs.findById(target("csv", "JOB", "fx-8002")).orElseThrow();
		assertThat(helper.getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(helper.getApplyEmail()).isEqualTo("lager@kontor-fixture.example");
		assertThat(notesOf(jobsReport, "fx-8003")).containsExactly("transfer.skip.unknownCompany");
		Job bad = this.jobs.findById(target("csv", "JOB", "fx-8004")).orElseThrow();
		assertThat(bad.getCountryCode()).isNull();
		assertThat(bad.getSalaryMin()).isNull();
		assertThat(notesOf(jobsReport, "fx-8004")).contains("transfer.note.badNumber", "transfer.note.fieldLeftOut");

		Path again = this.dir.resolve("again");
		again.toFile().mkdirs();
		assertThat(run(TransferFixtures.upload(again, "companies-every-field.csv"), false).hasChanges()).isFalse();
		assertThat(run(TransferFixtures.upload(again, "jobs-every-field.csv"), false).hasChanges()).isFalse();
	}

	private Path csv(String name, String... lines) throws Exception {
		return java.nio.file.Files.writeString(this.dir.resolve(name), String.join("\r\n", lines) + "\r\n");
	}

	private static String companyRow(String id, String slug, String name, String site) {
		return id + "," + slug + "," + name + ",ACTIVE,,,,,,,,,,,,,,,Made by " + name + "." + "," + site;
	}

	@Test
	void csvsOfTwoBoardsWithTheSameIdsAndSlugsStayApart() throws Exception {
		String header = String.join(",", CsvColumns.COMPANIES) + ",site";
		String jobsHeader = String.join(",", CsvColumns.JOBS) + ",site";
		Path boardA = csv("a-companies.csv", header,
				companyRow("1", "two-boards-works", "Two Boards Works A", "https://a.two-boards.example"));
		Path boardB = csv("b-companies.csv", header,
				companyRow("1", "two-boards-works", "Two Boards Works B", "https://b.two-boards.example"));
		Path jobsB = csv("b-jobs.csv", jobsHeader,
				"7,two-boards-works,Welder B,welder-b,FULL_TIME,OPEN,,,false,,,,,,,2024-05-01T08:00:00Z,2099-06-30,Weld.,https://b.two-boards.example");

		assertThat(run(ImportUploads.Upload.of(boardA, null), false).getCompanies().getCreated()).isEqualTo(1);
		ImportReport b = run(ImportUploads.Upload.of(boardB, null), false);
		assertThat(b.getSite()).isEqualTo("https://b.two-boards.example");
		assertThat(b.getCompanies().getCreated()).isEqualTo(1);
		ImportReport jobs = run(ImportUploads.Upload.of(jobsB, null), false);
		assertThat(jobs.getJobs().getCreated()).isEqualTo(1);

		long a = target("https://a.two-boards.example", "COMPANY", "1");
		long bId = target("https://b.two-boards.example", "COMPANY", "1");
		assertThat(a).isNotEqualTo(bId);
		assertThat(this.companies.findById(a).orElseThrow().getName()).isEqualTo("Two Boards Works A");
		assertThat(this.companies.findById(bId).orElseThrow().getName()).isEqualTo("Two Boards Works B");
		// Board B's job names its company by B's slug: it goes to B's company, not to A's
		// of the same slug.
		assertThat(this.jobs.findWithCompanyById(target("https://b.two-boards.example", "JOB", "7"))
			.orElseThrow()
			.getCompany()
			.getId()).isEqualTo(bId);

		// The same file again under a key the admin chose is yet another board; again
		// under B's key, nothing changes.
		ImportReport chosen = run(ImportUploads.Upload.of(boardB, null, "board-c.example"), false);
		assertThat(chosen.getSite()).isEqualTo("board-c.example");
		assertThat(chosen.getCompanies().getCreated()).isEqualTo(1);
		ImportReport again = run(ImportUploads.Upload.of(boardB, null), false);
		assertThat(again.getCompanies().getUnchanged()).isEqualTo(1);
	}

	@Test
	void csvNamingTwoBoardsIsRefused() throws Exception {
		String header = String.join(",", CsvColumns.COMPANIES) + ",site";
		Path mixed = csv("mixed.csv", header, companyRow("1", "mixed-one", "Mixed One", "a.example"),
				companyRow("2", "mixed-two", "Mixed Two", "b.example"));

		ImportReport report = run(ImportUploads.Upload.of(mixed, null), false);

		assertThat(report.isFailed()).isTrue();
		assertThat(report.getFileProblems()).extracting(Note::code).containsExactly("transfer.file.csvSites");
		assertThat(this.companies.findBySlug("mixed-one")).isEmpty();
	}

	@Test
	void siteKeysAreChecked() {
		assertThat(CsvSites.chosen("  ")).isEmpty();
		assertThat(CsvSites.chosen(" https://old.example/jobs ")).contains("https://old.example/jobs");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> CsvSites.chosen("two words"));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> CsvSites.chosen("<script>"));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> CsvSites.chosen("x".repeat(201)));
	}

}
