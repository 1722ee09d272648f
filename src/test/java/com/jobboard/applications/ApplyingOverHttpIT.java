package com.jobboard.applications;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.mail.MailDispatcher;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestMail;
import com.jobboard.support.TestPasswords;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.jobboard.applications.ApplicationTestSupport.openJob;
import static com.jobboard.applications.ApplicationTestSupport.text;
import static com.jobboard.applications.ApplicationTestSupport.to;
import static com.jobboard.applications.ApplicationTestSupport.uniqueEmail;
import static com.jobboard.applications.ApplicationTestSupport.validFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying over real HTTP, as a browser without JavaScript does, with the mails going to
 * the test SMTP server (GreenMail): the confirmation with the private link, the team's
 * mail, updating by applying again, withdrawing, wrong files, closed jobs and the
 * honeypot.
 */
@IntegrationTest
class ApplyingOverHttpIT {

	private static final Pattern LINK = Pattern.compile("http://[^\\s]+(/my-applications/[A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MailDispatcher mailDispatcher;

	@Autowired
	JdbcClient jdbc;

	private ApplicationTestSupport.Browser browser;

	@BeforeEach
	void setUp() {
		TestMail.purge();
		this.browser = new ApplicationTestSupport.Browser(this.port);
		// Every request of these tests comes from this machine: their applications must
		// not use up each other's hour.
		this.jdbc.sql(
				"delete from action_log where action = 'APPLICATION' and subject in ('address:127.0.0.1', 'address:0:0:0:0:0:0:0:1')")
			.update();
	}

	@Test
	void aCandidateAppliesGetsAPrivateLinkAndTheTeamIsMailed() throws Exception {
		Company company = this.testCompanies.company("Apply Http");
		Job job = openJob(this.testCompanies, this.jobs, company, "Robot Engineer");
		UserAccount employer = employer(company);
		String candidate = uniqueEmail("candidate");

		HttpResponse<String> sent = this.browser.apply(job.getId(), validFields("Ada Lovelace", candidate),
				CvFiles.pdf(), "Ada CV.pdf");

		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(sent.headers().firstValue("Location")).hasValue("/jobs/" + job.getId() + "/apply/sent");
		assertThat(Jsoup.parse(this.browser.get("/jobs/" + job.getId() + "/apply/sent").body()).select("h1").text())
			.isEqualTo("Thank you for your application");
		this.mailDispatcher.deliverDue();
		List<MimeMessage> received = TestMail.received();
		MimeMessage confirmation = to(received, candidate).get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Your application: Robot Engineer at " + company.getName());
		Matcher link = LINK.matcher(text(confirmation));
		assertThat(link.find()).as("private link in %s", text(confirmation)).isTrue();
		MimeMessage teamMail = to(received, employer.getEmail()).get(0);
		assertThat(teamMail.getSubject()).isEqualTo("New application from Ada Lovelace: Robot Engineer");
		assertThat(text(teamMail)).contains("/admin/applications/");

		Document mine = Jsoup.parse(this.browser.get(link.group(1)).body());

		assertThat(mine.select("#my-applications tbody tr")).hasSize(1);
		assertThat(mine.select("#my-applications tbody tr").text()).contains("Robot Engineer", "New");
		assertThat(this.jdbc.sql("select count(*) from job_applications where job_id = ?")
			.param(job.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from candidate_links where email_key = ?")
			.param(candidate)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select token_sha256 from candidate_links where email_key = ?")
			.param(candidate)
			.query(byte[].class)
			.single()).hasSize(32);
	}

	@Test
	void applyingAgainWithTheSameAddressUpdatesTheApplication() throws Exception {
		Job job = openJob(this.testCompanies, this.jobs, this.testCompanies.company("Apply Again"), "Welder");
		String candidate = uniqueEmail("again");
		this.browser.apply(job.getId(), validFields("Grace Hopper", candidate), CvFiles.pdf(), "cv.pdf");

		Map<String, String> second = validFields("Grace B. Hopper", candidate.toUpperCase());
		second.put("coverLetter", "Second letter");
		assertThat(this.browser.apply(job.getId(), second, CvFiles.docx(), "cv.docx").statusCode()).isEqualTo(303);

		assertThat(this.jdbc.sql("select count(*) from job_applications where job_id = ?")
			.param(job.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select name || '|' || cover_letter from job_applications where job_id = ?")
			.param(job.getId())
			.query(String.class)
			.single()).isEqualTo("Grace B. Hopper|Second letter");
		assertThat(this.jdbc.sql("""
				select c.content_type from application_cvs c join job_applications a on a.id = c.application_id
				where a.job_id = ?""").param(job.getId()).query(String.class).single()).isEqualTo(CvCheck.DOCX);
		assertThat(this.jdbc.sql("""
				select string_agg(e.kind, ',' order by e.id) from application_events e
				join job_applications a on a.id = e.application_id where a.job_id = ?""")
			.param(job.getId())
			.query(String.class)
			.single()).isEqualTo("RECEIVED,UPDATED");
		this.mailDispatcher.deliverDue();
		assertThat(to(TestMail.received(), candidate)).extracting(ApplicationTestSupport::text)
			.anySatisfy((body) -> assertThat(body).contains("was updated"));
	}

	@Test
	void withdrawingDeletesTheApplicationAtOnce() throws Exception {
		Job job = openJob(this.testCompanies, this.jobs, this.testCompanies.company("Withdraw"), "Baker");
		String candidate = uniqueEmail("withdraw");
		this.browser.apply(job.getId(), validFields("Alan Turing", candidate), CvFiles.pdf(), "cv.pdf");
		this.mailDispatcher.deliverDue();
		Matcher link = LINK.matcher(text(to(TestMail.received(), candidate).get(0)));
		assertThat(link.find()).isTrue();

		HttpResponse<String> response = this.browser.submit(link.group(1), link.group(1) + "/withdraw", Map.of());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/my-applications/withdrawn");
		assertThat(this.jdbc.sql("select count(*) from job_applications where email_key = ?")
			.param(candidate)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from candidate_links where email_key = ?")
			.param(candidate)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.browser.get(link.group(1)).statusCode()).isEqualTo(404);
	}

	static Stream<Arguments> wrongFiles() {
		return Stream.of(
				Arguments.of("an EXE renamed .pdf", CvFiles.exe(), "cv.pdf",
						"is not a PDF, DOCX, ODT or plain-text file"),
				Arguments.of("an HTML file", CvFiles.html(), "cv.html", "is not a PDF, DOCX, ODT or plain-text file"),
				Arguments.of("an SVG", CvFiles.svg(), "cv.svg", "is not a PDF, DOCX, ODT or plain-text file"),
				Arguments.of("an empty file", new byte[0], "cv.pdf", "That file is empty"),
				Arguments.of("6 MB", Arrays.copyOf(CvFiles.pdf(), 6 * 1024 * 1024), "cv.pdf",
						"a CV may be at most 5 MB"),
				Arguments.of("a truncated PDF", CvFiles.truncatedPdf(), "cv.pdf", "damaged or incomplete"),
				Arguments.of("a PDF with JavaScript",
						CvFiles.pdfWith("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), "cv.pdf",
						"contains scripts or actions"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("wrongFiles")
	void aWrongFileGetsAMessageBesideTheFieldAndKeepsWhatWasTyped(String what, byte[] file, String name, String message)
			throws Exception {
		Job job = openJob(this.testCompanies, this.jobs, this.testCompanies.company("Wrong File"), "Analyst");
		String candidate = uniqueEmail("wrong");

		HttpResponse<String> response = this.browser.apply(job.getId(), validFields("Hedy Lamarr", candidate), file,
				name);

		assertThat(response.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#cv-error").text()).contains(message);
		assertThat(page.select("#cv").attr("aria-describedby")).contains("cv-error");
		assertThat(page.select("#name").val()).isEqualTo("Hedy Lamarr");
		assertThat(page.select("#email").val()).isEqualTo(candidate);
		assertThat(page.select("#coverLetter").text()).contains("I would like to build robots with you.");
		assertThat(page.select("#consent").hasAttr("checked")).isTrue();
		assertThat(this.jdbc.sql("select count(*) from job_applications where job_id = ?")
			.param(job.getId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void closedFilledExpiredAndDraftJobsRefuseWithAClearPage() throws Exception {
		Company company = this.testCompanies.company("Closed Jobs");
		Job filled = onSite(this.testCompanies.job(company, "Filled Job", JobStatus.FILLED, null));
		Job expired = onSite(this.testCompanies.job(company, "Expired Job", JobStatus.OPEN,
				Instant.now().minus(Duration.ofDays(1))));
		Job draft = onSite(this.testCompanies.job(company, "Draft Job", JobStatus.DRAFT, null));
		Job elsewhere = this.testCompanies.job(company, "Elsewhere Job", JobStatus.OPEN, null);

		for (Job job : List.of(filled, expired)) {
			HttpResponse<String> page = this.browser.get("/jobs/" + job.getId() + "/apply");
			assertThat(page.statusCode()).as(job.getTitle()).isEqualTo(410);
			assertThat(Jsoup.parse(page.body()).select("h1").text())
				.isEqualTo("This job does not take applications here");
			assertThat(Jsoup.parse(page.body()).select("main").text()).contains("is closed");
		}
		assertThat(this.browser.get("/jobs/" + draft.getId() + "/apply").statusCode()).isEqualTo(404);
		HttpResponse<String> other = this.browser.get("/jobs/" + elsewhere.getId() + "/apply");
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(other.body()).select("main").text()).contains("takes applications elsewhere");
		// Sending the form anyway (it was open when the page was loaded) changes nothing.
		HttpResponse<String> open = this.browser.get("/jobs/" + elsewhere.getId());
		String token = Jsoup.parse(this.browser.get("/login").body()).selectFirst("input[name=_csrf]").val();
		Map<String, String> fields = new java.util.LinkedHashMap<>(validFields("Late", uniqueEmail("late")));
		fields.put("_csrf", token);
		HttpResponse<String> late = this.browser.postMultipart("/jobs/" + filled.getId() + "/apply", fields, "cv",
				"cv.pdf", CvFiles.pdf());
		assertThat(late.statusCode()).isEqualTo(410);
		assertThat(open.statusCode()).isEqualTo(301);
		assertThat(this.jdbc.sql("select count(*) from job_applications where company_id = ?")
			.param(company.getId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aBotFillingInTheHoneypotGetsTheSameAnswerAndNothingIsStored() throws Exception {
		Job job = openJob(this.testCompanies, this.jobs, this.testCompanies.company("Honeypot"), "Driver");
		String bot = uniqueEmail("bot");
		Map<String, String> fields = validFields("Bot", bot);
		fields.put("homepage", "https://spam.example.com");

		HttpResponse<String> response = this.browser.apply(job.getId(), fields, CvFiles.pdf(), "cv.pdf");

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("/jobs/" + job.getId() + "/apply/sent");
		assertThat(this.jdbc.sql("select count(*) from job_applications where job_id = ?")
			.param(job.getId())
			.query(Long.class)
			.single()).isZero();
		this.mailDispatcher.deliverDue();
		// Other tests' mails may still be in the outbox: none may be for the bot's
		// address.
		assertThat(to(TestMail.received(), bot)).isEmpty();
	}

	@Test
	void theJobPageLinksToTheFormAndItsPostingSaysDirectApply() throws Exception {
		Job job = openJob(this.testCompanies, this.jobs, this.testCompanies.company("Direct Apply"), "Nurse");

		Document page = Jsoup.parse(this.browser.get("/jobs/" + job.getId() + "/" + job.getSlug()).body());

		assertThat(page.select("section.apply a[href=/jobs/" + job.getId() + "/apply]").text()).isEqualTo("Apply now");
		assertThat(page.select("script[type=application/ld+json]").html()).contains("\"directApply\":true");
		Document form = Jsoup.parse(this.browser.get("/jobs/" + job.getId() + "/apply").body());
		assertThat(form.select("form.apply-form").attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(form.select("form.apply-form input[name=_csrf]")).hasSize(1);
		assertThat(form.select(".privacy-notice").text()).contains("180 days after the job closes");
		for (String field : List.of("name", "email", "phone", "link", "coverLetter", "cv", "consent")) {
			assertThat(form.select("label[for=" + field + "]")).as("label of %s", field).hasSize(1);
		}
	}

	private Job onSite(Job job) {
		job.setApplyOnSite(true);
		return this.jobs.save(job);
	}

	private UserAccount employer(Company company) {
		return this.users
			.save(new UserAccount(uniqueEmail("team"), TestPasswords.HASH, Role.EMPLOYER, company.getId()));
	}

}
