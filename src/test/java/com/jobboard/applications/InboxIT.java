package com.jobboard.applications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.mail.MailDispatcher;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestClock;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.applications.ApplicationTestSupport.insertApplication;
import static com.jobboard.applications.ApplicationTestSupport.openJob;
import static com.jobboard.applications.ApplicationTestSupport.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The team's inbox: lists, one application, its CV, status changes, the CSV, digests,
 * retention and erasure.
 */
@IntegrationTest
class InboxIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	UserAccountRepository users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailDispatcher mailDispatcher;

	@Autowired
	TeamNotifications notifications;

	@Autowired
	Retention retention;

	@Autowired
	TestClock clock;

	private Company company;

	private Job job;

	private UserAccount employer;

	@BeforeEach
	void setUp() {
		TestMail.purge();
		this.company = this.testCompanies.company("Inbox");
		this.job = openJob(this.testCompanies, this.jobs, this.company, "Robot Engineer");
		this.employer = account(Role.EMPLOYER, this.company.getId());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCompanyListIsNewestFirstFilteredAndPaginatedKeepingTheFilters() throws Exception {
		Job other = openJob(this.testCompanies, this.jobs, this.company, "Welder");
		Instant start = Instant.now().minus(Duration.ofDays(10));
		for (int i = 0; i < 30; i++) {
			insertApplication(this.jdbc, this.job, "Candidate " + i, uniqueEmail("list"),
					(i % 2 == 0) ? ApplicationStatus.NEW : ApplicationStatus.REVIEWING, start.plusSeconds(i * 60L));
		}
		insertApplication(this.jdbc, other, "Welder Candidate", uniqueEmail("welder"), ApplicationStatus.NEW, start);
		String path = "/admin/companies/" + this.company.getId() + "/applications";

		Document all = page(path);
		Document newOnes = page(path + "?status=NEW&job=" + this.job.getId());
		Document second = page(path + "?page=2");
		Document welders = page("/admin/jobs/" + other.getId() + "/applications");

		assertThat(all.select("#applications tbody tr")).hasSize(Inbox.PAGE_SIZE);
		assertThat(all.select("#applications tbody tr").first().text()).contains("Candidate 29");
		assertThat(newOnes.select("#applications tbody tr")).hasSize(15)
			.allSatisfy((row) -> assertThat(row.text()).contains("New").contains("Robot Engineer"));
		assertThat(newOnes.select("#applications tbody tr").first().text()).contains("Candidate 28");
		assertThat(newOnes.select("nav.pagination")).isEmpty();
		assertThat(all.select("nav.pagination a[rel=next]").attr("href")).contains("page=2");
		assertThat(second.select("#applications tbody tr")).hasSize(6);
		assertThat(welders.select("#applications tbody tr")).hasSize(1);
		assertThat(welders.select("h1").text()).isEqualTo("Applications: Welder");
		assertThat(page(path + "?status=bogus&job=x").select("#applications tbody tr")).hasSize(Inbox.PAGE_SIZE);
	}

	@Test
	void anApplicationShowsItsLetterAsTextItsCvAndItsHistory() throws Exception {
		long id = insertApplication(this.jdbc, this.job, "<b>Ada</b>", uniqueEmail("detail"), ApplicationStatus.NEW,
				Instant.now());
		this.jdbc.sql("update job_applications set cover_letter = ? where id = ?")
			.params("<script>alert(1)</script>\nHello", id)
			.update();

		Document page = page("/admin/applications/" + id);

		assertThat(page.select("h1").text()).isEqualTo("<b>Ada</b>");
		assertThat(page.select(".cover-letter").text()).contains("<script>alert(1)</script>");
		assertThat(page.select(".cover-letter script")).isEmpty();
		assertThat(page.select("a[href=/admin/applications/" + id + "/cv]").text()).contains("cv.pdf");
		assertThat(page.select("#status option")).extracting((option) -> option.val())
			.containsExactly("NEW", "REVIEWING", "SHORTLISTED", "REJECTED", "HIRED");
	}

	@Test
	void theCvIsOnlyEverADownloadWithASafeName() throws Exception {
		long id = insertApplication(this.jdbc, this.job, "Ada", uniqueEmail("cv"), ApplicationStatus.NEW,
				Instant.now());
		this.jdbc.sql("update application_cvs set file_name = ? where application_id = ?")
			.params("Lebenslauf_Ä.pdf", id)
			.update();

		MvcResult result = this.mvc
			.perform(get("/admin/applications/" + id + "/cv").with(user(principal(this.employer))))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/octet-stream");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Lebenslauf__.pdf\"; filename*=UTF-8''Lebenslauf_%C3%84.pdf");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(CvFiles.pdf());
	}

	@Test
	void anotherCompanysEmployerGets403AndAnUnknownApplication404() throws Exception {
		long id = insertApplication(this.jdbc, this.job, "Ada", uniqueEmail("other"), ApplicationStatus.NEW,
				Instant.now());
		Company otherCompany = this.testCompanies.company("Other Inbox");
		SignedInUser stranger = principal(account(Role.EMPLOYER, otherCompany.getId()));

		for (String path : List.of("/admin/applications/" + id, "/admin/applications/" + id + "/cv",
				"/admin/jobs/" + this.job.getId() + "/applications.csv",
				"/admin/jobs/" + this.job.getId() + "/applications",
				"/admin/companies/" + this.company.getId() + "/applications")) {
			assertThat(this.mvc.perform(get(path).with(user(stranger))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(403);
		}
		assertThat(this.mvc.perform(get("/admin/applications/999999999").with(user(principal(this.employer))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc
			.perform(post("/admin/applications/" + id + "/status").param("status", "HIRED")
				.param("version", "0")
				.with(csrf())
				.with(user(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(status(id)).isEqualTo("NEW");
	}

	@Test
	void aStatusChangeIsKeptInTheHistoryAndAStaleOneAnswers409() throws Exception {
		long id = insertApplication(this.jdbc, this.job, "Ada", uniqueEmail("status"), ApplicationStatus.NEW,
				Instant.now());

		MvcResult saved = this.mvc
			.perform(post("/admin/applications/" + id + "/status").param("status", "SHORTLISTED")
				.param("note", "Strong portfolio")
				.param("version", "0")
				.with(csrf())
				.with(user(principal(this.employer))))
			.andReturn();
		MvcResult stale = this.mvc
			.perform(post("/admin/applications/" + id + "/status").param("status", "REJECTED")
				.param("version", "0")
				.with(csrf())
				.with(user(principal(this.employer))))
			.andReturn();

		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("SHORTLISTED");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(stale.getResponse().getContentAsString());
		assertThat(page.select(".alert-error").text()).contains("Someone else changed this application");
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
		Document detail = page("/admin/applications/" + id);
		assertThat(detail.select("#history").text()).contains("Set to Shortlisted by " + this.employer.getEmail())
			.contains("Strong portfolio");
	}

	@Test
	void aRejectionCanSendAPoliteMailInTheCandidatesLanguage() throws Exception {
		String candidate = uniqueEmail("rejected");
		long id = insertApplication(this.jdbc, this.job, "Anna", candidate, ApplicationStatus.REVIEWING, Instant.now());
		this.jdbc.sql("update job_applications set locale = 'de' where id = ?").param(id).update();

		this.mvc.perform(post("/admin/applications/" + id + "/status").param("status", "REJECTED")
			.param("notifyCandidate", "true")
			.param("version", "0")
			.with(csrf())
			.with(user(principal(this.employer))));
		this.mailDispatcher.deliverDue();

		List<MimeMessage> mails = ApplicationTestSupport.to(TestMail.received(), candidate);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Ihre Bewerbung: Robot Engineer bei " + this.company.getName());
		assertThat(ApplicationTestSupport.text(mails.get(0))).contains("Hallo Anna,").contains("andere Bewerberinnen");
		assertThat(status(id)).isEqualTo("REJECTED");
	}

	@Test
	void theCsvNeutralisesFormulas() throws Exception {
		long id = insertApplication(this.jdbc, this.job, "=HYPERLINK(\"http://evil\")", uniqueEmail("csv"),
				ApplicationStatus.NEW, Instant.now());
		this.jdbc.sql("update job_applications set phone = '+1 555', cover_letter = '@SUM(A1)' where id = ?")
			.param(id)
			.update();

		MvcResult result = this.mvc
			.perform(get("/admin/jobs/" + this.job.getId() + "/applications.csv").with(user(principal(this.employer))))
			.andReturn();

		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"applications-");
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records).hasSize(1);
		assertThat(records.get(0).get("name")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(records.get(0).get("phone")).isEqualTo("'+1 555");
		assertThat(records.get(0).get("cover_letter")).isEqualTo("'@SUM(A1)");
		assertThat(records.get(0).get("status")).isEqualTo("NEW");
	}

	@Test
	void theDailyDigestListsTheDaysApplicationsOnce() throws Exception {
		this.notifications.choose(this.employer.getId(), NotificationFrequency.DAILY, Locale.ENGLISH);
		insertApplication(this.jdbc, this.job, "Digest One", uniqueEmail("digest"), ApplicationStatus.NEW,
				Instant.now());
		insertApplication(this.jdbc, this.job, "Digest Two", uniqueEmail("digest"), ApplicationStatus.NEW,
				Instant.now());
		this.clock.advance(Duration.ofMinutes(1));

		this.notifications.sendDailyDigests();
		this.notifications.sendDailyDigests();
		this.mailDispatcher.deliverDue();

		List<MimeMessage> mails = ApplicationTestSupport.to(TestMail.received(), this.employer.getEmail());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("New applications: 2");
		assertThat(ApplicationTestSupport.text(mails.get(0))).contains("Digest One, for Robot Engineer", "Digest Two");
	}

	@Test
	void applicationsAreDeletedTheRetentionTimeAfterTheJobClosed() throws Exception {
		Job closed = openJob(this.testCompanies, this.jobs, this.company, "Closing Soon");
		closed.setExpiresAt(Instant.now().plus(Duration.ofDays(1)));
		this.jobs.save(closed);
		long old = insertApplication(this.jdbc, closed, "Old", uniqueEmail("old"), ApplicationStatus.NEW,
				Instant.now());
		long current = insertApplication(this.jdbc, this.job, "Current", uniqueEmail("current"), ApplicationStatus.NEW,
				Instant.now());

		this.clock.advance(Duration.ofDays(180));
		this.retention.deleteExpired();
		assertThat(exists(old)).as("179 days after closing").isTrue();
		this.clock.advance(Duration.ofDays(2));
		this.retention.deleteExpired();

		assertThat(exists(old)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from application_cvs where application_id = ?")
			.param(old)
			.query(Long.class)
			.single()).isZero();
		assertThat(exists(current)).as("its job is still open").isTrue();
	}

	@Test
	void anAdminErasesEverythingAboutAnAddress() throws Exception {
		String candidate = uniqueEmail("erase");
		long first = insertApplication(this.jdbc, this.job, "Erase Me", candidate, ApplicationStatus.NEW,
				Instant.now());
		long second = insertApplication(this.jdbc, openJob(this.testCompanies, this.jobs, this.company, "Second"),
				"Erase Me", candidate.toUpperCase(), ApplicationStatus.HIRED, Instant.now());
		UserAccount admin = account(Role.ADMIN, null);

		MvcResult refused = this.mvc.perform(
				post("/admin/applications/erasure").param("email", candidate).with(csrf()).with(user(principal(admin))))
			.andReturn();
		MvcResult erased = this.mvc
			.perform(post("/admin/applications/erasure").param("email", candidate)
				.param("confirm", "true")
				.with(csrf())
				.with(user(principal(admin))))
			.andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(erased.getResponse().getStatus()).isEqualTo(302);
		assertThat(exists(first)).isFalse();
		assertThat(exists(second)).isFalse();
		assertThat(this.mvc
			.perform(post("/admin/applications/erasure").param("email", candidate)
				.param("confirm", "true")
				.with(csrf())
				.with(user(principal(this.employer))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theDashboardsCountNewApplicationsAndTheJobStatisticsShowThemPerDay() throws Exception {
		insertApplication(this.jdbc, this.job, "Counted", uniqueEmail("count"), ApplicationStatus.NEW, Instant.now());
		this.jdbc.sql("insert into job_daily_applications (job_id, day, applications) values (?, current_date, 3)")
			.param(this.job.getId())
			.update();
		this.jdbc
			.sql("insert into job_daily_views (job_id, day, views, unique_visitors) values (?, current_date, 40, 12)")
			.param(this.job.getId())
			.update();

		Document dashboard = page("/admin");
		Document stats = page("/admin/jobs/" + this.job.getId() + "/stats");

		assertThat(dashboard.select("#new-applications .stat-number").text()).isEqualTo("1");
		assertThat(stats.select("#total-applications").text()).isEqualTo("3");
		assertThat(stats.select("#job-daily tbody tr").last().text()).contains("40", "12", "3", "25 %");
	}

	private Document page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(principal(this.employer)))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private boolean exists(long id) {
		return this.jdbc.sql("select count(*) from job_applications where id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	private String status(long id) {
		return this.jdbc.sql("select status from job_applications where id = ?").param(id).query(String.class).single();
	}

	private UserAccount account(Role role, Long companyId) {
		return this.users
			.save(new UserAccount(uniqueEmail("inbox-" + role.name().toLowerCase()), "{noop}x", role, companyId));
	}

	private static SignedInUser principal(UserAccount account) {
		return new SignedInUser(account.getId(), account.getEmail(), account.getPasswordHash(), account.getRole(),
				account.getCompanyId(), account.isEnabled());
	}

}
