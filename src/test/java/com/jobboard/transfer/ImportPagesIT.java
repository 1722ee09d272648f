package com.jobboard.transfer;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jobboard.company.SectorRepository;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's journey: upload, read the dry run, confirm, watch the progress, read what
 * was done.
 */
@IntegrationTest
class ImportPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SectorRepository sectors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepository jobs;

	@Autowired
	TestCompanies testCompanies;

	@TempDir
	Path dir;

	private AdminBrowser admin() throws Exception {
		return AdminBrowser.signedIn(this.port, this.users, Role.ADMIN, null);
	}

	private long rows() {
		return this.jdbc
			.sql("select (select count(*) from companies) + (select count(*) from jobs)"
					+ " + (select count(*) from import_sources)")
			.query(Long.class)
			.single();
	}

	private static byte[] resource(String name) throws Exception {
		try (InputStream in = ImportPagesIT.class.getResourceAsStream("/transfer/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void uploadShowsTheDryRunThenTheConfirmedImportAndTheOldAddressesAnswer301() throws Exception {
		TransferFixtures.ensureSector(this.sectors);
		AdminBrowser admin = admin();
		Document form = Jsoup.parse(admin.pages.get("/admin/import").body());
		assertThat(form.select("h1").text()).isEqualTo("Import companies and jobs");
		assertThat(form.select("label[for=file]")).hasSize(1);
		assertThat(form.select("form[enctype=multipart/form-data]").attr("action")).isEqualTo(ImportUploadServlet.PATH);

		Path zip = TransferFixtures.zip(this.dir.resolve("uploads.zip"), "uploads/2024/05/acme-logo.png",
				TransferFixtures.png(30, 30));
		long before = rows();
		HttpResponse<String> uploaded = admin.upload("wpjm-every-field.xml", resource("wpjm-every-field.xml"), zip);
		assertThat(uploaded.statusCode()).isEqualTo(303);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches("/admin/import/[0-9a-f-]{36}");

		HttpResponse<String> dryRun = admin.finished(location);
		assertThat(dryRun.statusCode()).isEqualTo(200);
		Document report = Jsoup.parse(dryRun.body());
		assertThat(report.select("h1").text()).isEqualTo("What the import will do");
		assertThat(report.text()).contains("a WordPress export of WP Job Manager", "Nothing has been saved yet",
				"Sector “Underwater Basket Weaving” does not exist here", "is not a date", "WordPress status “trash”");
		assertThat(report.select("#job-counts td").eachText()).hasSize(4);
		assertThat(rows()).as("a dry run saves nothing").isEqualTo(before);

		HttpResponse<String> confirmed = admin.confirm(location);
		assertThat(confirmed.statusCode()).isEqualTo(302);
		HttpResponse<String> done = admin.finished(location);
		Document result = Jsoup.parse(done.body());
		assertThat(result.select("h1").text()).isEqualTo("What the import did");
		assertThat(result.select("#import-done").text()).isEqualTo("The import is saved.");
		// (Other tests may have imported the same fixture into the shared database: then
		// nothing was new.)
		assertThat(this.jdbc.sql("select count(*) from import_sources where site = 'https://jobs.fixture-wpjm.example'")
			.query(Long.class)
			.single()).isEqualTo(5);

		// The old addresses of the WordPress site.
		long jobId = this.jdbc.sql("select target_id from import_sources where site = ? and source_id = 'post:101'")
			.param("https://jobs.fixture-wpjm.example")
			.query(Long.class)
			.single();
		Job welder = this.jobs.findById(jobId).orElseThrow();
		HttpResponse<String> oldJob = admin.pages.get("/job/senior-welder/");
		assertThat(oldJob.statusCode()).isEqualTo(301);
		assertThat(oldJob.headers().firstValue("Location")).hasValue("/jobs/" + jobId + "/" + welder.getSlug());
		HttpResponse<String> shortLink = admin.pages.get("/?post_type=job_listing&p=101");
		assertThat(shortLink.statusCode()).isEqualTo(301);
		assertThat(shortLink.headers().firstValue("Location")).hasValue("/jobs/" + jobId + "/" + welder.getSlug());
		assertThat(admin.pages.get("/?post_type=job_listing&p=999999999").statusCode()).isEqualTo(404);
		assertThat(admin.pages.get("/?post_type=job_listing&p=abc").statusCode()).isEqualTo(404);
		assertThat(admin.pages.get("/job/never-imported-fixture/").statusCode()).isEqualTo(404);

		// Confirming again: the upload is gone once imported.
		assertThat(admin.confirm(location).statusCode()).isEqualTo(404);
	}

	@Test
	void employerAddressesOfWpJobBoardProAnswer301() throws Exception {
		AdminBrowser admin = admin();
		String location = admin.upload("wpjbp-every-field.xml", resource("wpjbp-every-field.xml"), null)
			.headers()
			.firstValue("Location")
			.orElseThrow();
		admin.finished(location);
		admin.confirm(location);
		admin.finished(location);
		String slug = this.jdbc.sql("""
				select c.slug from import_sources s join companies c on c.id = s.target_id
				where s.site = 'https://board.fixture-wpjbp.example' and s.source_id = 'post:201'
				""").query(String.class).single();
		for (String old : new String[] { "/employer/orbit-fixture-launches/", "/employer/orbit-fixture-launches",
				"/company/orbit-fixture-launches/" }) {
			HttpResponse<String> moved = admin.pages.get(old);
			assertThat(moved.statusCode()).as(old).isEqualTo(301);
			assertThat(moved.headers().firstValue("Location")).hasValue("/companies/" + slug);
		}
		HttpResponse<String> anonymous = new com.jobboard.support.HttpPages(this.port)
			.get("/employer/orbit-fixture-launches/");
		assertThat(anonymous.statusCode()).isEqualTo(301);
	}

	@Test
	void aFileThatCannotBeImportedGetsAReportWith422AndNoImportButton() throws Exception {
		AdminBrowser admin = admin();
		long before = rows();
		String location = admin.upload("bomb.xml", resource("xml-bomb.xml"), null)
			.headers()
			.firstValue("Location")
			.orElseThrow();
		HttpResponse<String> page = admin.finished(location);
		assertThat(page.statusCode()).isEqualTo(422);
		Document report = Jsoup.parse(page.body());
		assertThat(report.select("#file-problems").text()).contains("This file cannot be imported",
				"declares a DTD or entities");
		assertThat(report.select("main form[method=post]")).isEmpty();
		assertThat(admin.confirm(location).statusCode()).isEqualTo(409);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anUploadWithoutAFileGoesBackToTheFormWithAMessage() throws Exception {
		AdminBrowser admin = admin();
		HttpResponse<String> response = admin.upload("", new byte[0], null);
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/admin/import?problem=noFile");
		HttpResponse<String> form = admin.pages.get("/admin/import?problem=noFile");
		assertThat(form.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(form.body()).select("[role=alert]").text()).isEqualTo("Choose a file to import.");
	}

	@Test
	void aSiteKeyWithSpacesGoesBackToTheFormWithAMessageAndNothingIsStored() throws Exception {
		AdminBrowser admin = admin();
		long before = rows();
		HttpResponse<String> response = admin.upload("companies.csv", resource("companies-every-field.csv"), null,
				"two words");
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/admin/import?problem=site");
		HttpResponse<String> form = admin.pages.get("/admin/import?problem=site");
		assertThat(form.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(form.body()).select("[role=alert]").text()).startsWith("The site key may have only");
		assertThat(Jsoup.parse(form.body()).select("label[for=site]")).hasSize(1);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void employersCannotUpload() throws Exception {
		long companyId = this.testCompanies.company("Transfer Employer").getId();
		AdminBrowser employer = AdminBrowser.signedIn(this.port, this.users, Role.EMPLOYER, companyId);
		long before = rows();
		// The form is the admins' (403), so the token comes from another page.
		Document dashboard = Jsoup.parse(employer.pages.get("/admin").body());
		String token = dashboard.select("input[name=_csrf]").val();
		HttpResponse<String> response = employer.pages.post(ImportUploadServlet.PATH, java.util.Map.of("_csrf", token));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anUploadOverTheLimitAnswers413WithTheImportsPage() throws Exception {
		AdminBrowser admin = admin();
		String token = admin.csrf();
		// A request that says it is 1 GB: the container refuses it from its length,
		// before reading it.
		String sessionCookie = admin.pages.cookie("JOBBOARD_SESSION").orElseThrow();
		String boundary = "----huge";
		String start = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.xml\"\r\n\r\n<rss>";
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + ImportUploadServlet.PATH + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Cookie: " + sessionCookie + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
					+ "\r\nContent-Length: 1073741824\r\n\r\n" + start)
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			// The container reads (and throws away) a few MB of a refused body before it
			// answers, as it does for
			// a browser that goes on sending: so go on sending, until it closes the
			// connection.
			Thread sender = new Thread(() -> {
				byte[] chunk = new byte[64 * 1024];
				try {
					for (int i = 0; i < 256; i++) {
						out.write(chunk);
					}
				}
				catch (java.io.IOException closed) {
					// The container stopped reading: what it answered is read below.
				}
			});
			sender.start();
			String answer = new String(socket.getInputStream().readNBytes(64 * 1024), StandardCharsets.UTF_8);
			sender.join(30_000);
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).contains("That file is too large to import", "at most 256 MB");
		}
	}

}
