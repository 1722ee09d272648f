package com.jobboard.transfer;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jobboard.company.SectorRepository;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ExportIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SectorRepository sectors;

	@Autowired
	Importer importer;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private ImportReport run(Path file) {
		return this.importer.run(ImportUploads.Upload.of(file, null), false, new Importer.Author(null, null), (n) -> {
		});
	}

	private void importFixtures() {
		TransferFixtures.ensureSector(this.sectors);
		run(TransferFixtures.resource(this.dir, "companies-every-field.csv"));
		run(TransferFixtures.resource(this.dir, "jobs-every-field.csv"));
	}

	private static List<CSVRecord> parse(String csv) throws Exception {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
	}

	@Test
	void csvExportIsRfc4180WithOurColumnsAndNeutralisedFormulasAndRoundTripsThroughTheImporter() throws Exception {
		importFixtures();
		AdminBrowser admin = AdminBrowser.signedIn(this.port, this.users, Role.ADMIN, null);

		HttpResponse<String> companies = admin.pages.get("/admin/export/companies.csv");
		assertThat(companies.statusCode()).isEqualTo(200);
		assertThat(companies.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("text/csv")
			.contains("UTF-8");
		assertThat(companies.headers().firstValue("Content-Disposition")).get()
			.asString()
			.startsWith("attachment; filename=\"companies-");
		assertThat(companies.body()).startsWith(String.join(",", CsvColumns.COMPANIES) + ",site\r\n");
		List<CSVRecord> companyRows = parse(companies.body());
		CSVRecord formula = companyRows.stream()
			.filter((row) -> row.get("slug").startsWith("hyperlink-https-evil-example")
					|| row.get("name").contains("HYPERLINK"))
			.findFirst()
			.orElseThrow();
		assertThat(formula.get("name")).isEqualTo("'=HYPERLINK(\"https://evil.example\")");
		assertThat(formula.get("tagline")).isEqualTo("'+cmd|' /C calc'!A0");
		CSVRecord kontor = companyRows.stream()
			.filter((row) -> row.get("slug").equals("csv-fixture-kontor"))
			.findFirst()
			.orElseThrow();
		assertThat(kontor.get("sectors")).isEqualTo(TransferFixtures.SECTOR);
		assertThat(kontor.get("description_markdown")).contains("**Kaffee**", "\n");

		HttpResponse<String> jobs = admin.pages.get("/admin/export/jobs.csv");
		assertThat(jobs.statusCode()).isEqualTo(200);
		assertThat(jobs.body()).startsWith(String.join(",", CsvColumns.JOBS) + ",site\r\n");
		CSVRecord roaster = parse(jobs.body()).stream()
			.filter((row) -> row.get("title").equals("Kaffeeröster (m/w/d)"))
			.findFirst()
			.orElseThrow();
		assertThat(roaster.get("company_slug")).isEqualTo("csv-fixture-kontor");
		assertThat(roaster.get("salary_max")).isEqualTo("52000.50");
		assertThat(roaster.get("expires_on")).isEqualTo("2099-06-30");
		assertThat(roaster.get("posted_at")).isEqualTo("2024-05-01T08:00:00Z");

		// The round trip: the exported files imported again onto the same board create
		// nothing.
		Path companiesFile = Files.write(this.dir.resolve("exported-companies.csv"),
				companies.body().getBytes(StandardCharsets.UTF_8));
		Path jobsFile = Files.write(this.dir.resolve("exported-jobs.csv"),
				jobs.body().getBytes(StandardCharsets.UTF_8));
		ImportReport companiesAgain = run(companiesFile);
		assertThat(companiesAgain.getFileProblems()).isEmpty();
		assertThat(companiesAgain.getCompanies().getCreated()).isZero();
		assertThat(outcome(companiesAgain, kontor.get("id"))).isEqualTo(ImportReport.Outcome.UNCHANGED);
		assertThat(outcome(companiesAgain, formula.get("id"))).isEqualTo(ImportReport.Outcome.UNCHANGED);
		ImportReport jobsAgain = run(jobsFile);
		assertThat(jobsAgain.getFileProblems()).isEmpty();
		assertThat(jobsAgain.getJobs().getCreated()).isZero();
		assertThat(outcome(jobsAgain, roaster.get("id"))).isEqualTo(ImportReport.Outcome.UNCHANGED);
	}

	private static ImportReport.Outcome outcome(ImportReport report, String sourceId) {
		return report.getEntries()
			.stream()
			.filter((entry) -> entry.sourceId().equals(sourceId))
			.map(ImportReport.Entry::outcome)
			.findFirst()
			.orElse(ImportReport.Outcome.UNCHANGED);
	}

	@Test
	void jsonExportHoldsTheWholeBoard() throws Exception {
		importFixtures();
		AdminBrowser admin = AdminBrowser.signedIn(this.port, this.users, Role.ADMIN, null);

		HttpResponse<String> response = admin.pages.get("/admin/export/board.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
		JsonNode board = JsonMapper.builder().build().readTree(response.body());
		assertThat(board.get("format").asString()).isEqualTo("jobboard-export-1");
		JsonNode tables = board.get("tables");
		assertThat(tables.propertyNames()).containsAll(BoardExport.JSON_TABLES);
		long companies = this.jdbc.sql("select count(*) from companies").query(Long.class).single();
		assertThat(tables.get("companies").size()).isGreaterThanOrEqualTo((int) companies);
		JsonNode kontor = null;
		for (JsonNode company : tables.get("companies")) {
			if ("csv-fixture-kontor".equals(company.get("slug").asString())) {
				kontor = company;
			}
		}
		assertThat(kontor).isNotNull();
		assertThat(kontor.get("founded_date").asString()).isEqualTo("1890-04-01");
		assertThat(tables.get("company_revisions").get(0).get("snapshot").isObject()).isTrue();
		assertThat(response.body()).doesNotContain("password_hash");
	}

	@Test
	void exportPageLinksTheThreeDownloads() throws Exception {
		AdminBrowser admin = AdminBrowser.signedIn(this.port, this.users, Role.ADMIN, null);
		HttpResponse<String> page = admin.pages.get("/admin/export");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(page.body()).select("main a[download]").eachAttr("href"))
			.containsExactly("/admin/export/companies.csv", "/admin/export/jobs.csv", "/admin/export/board.json");
	}

}
