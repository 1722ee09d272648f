package com.jobboard.registration;

import java.time.Duration;
import java.time.Instant;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.security.Approval;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.registration.SignUps.PASSWORD;
import static com.jobboard.registration.SignUps.newAddress;
import static com.jobboard.registration.SignUps.parse;
import static com.jobboard.registration.SignUps.signIn;
import static com.jobboard.registration.SignUps.signInRequest;
import static com.jobboard.registration.SignUps.signUp;
import static com.jobboard.registration.SignUps.token;
import static com.jobboard.registration.SignUps.uniqueEmail;
import static com.jobboard.registration.SignUps.withSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admins' side of sign-ups: the queue, approving, rejecting, and what each changes in
 * public.
 */
@IntegrationTest
class ApprovalsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

	@Autowired
	CompanyRepository companies;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JdbcClient jdbc;

	private SignedInUser admin;

	@BeforeEach
	void admin() {
		UserAccount account = this.users
			.save(new UserAccount("approver-" + token() + "@example.com", TestPasswords.HASH, Role.ADMIN, null));
		this.admin = new SignedInUser(account.getId(), account.getEmail(), account.getPasswordHash(), Role.ADMIN, null,
				true);
	}

	@Test
	void theQueueListsWaitingSignUpsWithTheirCompanyAndButtons() throws Exception {
		String email = uniqueEmail();
		String name = "Queued Co " + token();
		this.mvc.perform(signUp(email, name, newAddress()));
		UserAccount account = this.users.findByEmail(email).orElseThrow();

		Document page = parse(this.mvc.perform(get("/admin/approvals").with(user(this.admin))).andReturn());

		assertThat(page.select("h1").text()).isEqualTo("Sign-ups waiting for approval");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		Element row = page.select("#waiting-sign-ups tbody tr")
			.stream()
			.filter((tr) -> tr.text().contains(email))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + email + " (the queue may be longer than a page)"));
		assertThat(row.select("th a").text()).isEqualTo(name);
		assertThat(row.select("th a").attr("href")).isEqualTo("/admin/companies/" + account.getCompanyId() + "/edit");
		assertThat(row.select("form[action=/admin/approvals/" + account.getId() + "/approve] button").text())
			.isEqualTo("Approve");
		assertThat(row.select("form[action=/admin/approvals/" + account.getId() + "/reject] button").text())
			.isEqualTo("Reject");
		assertThat(row.select("a[href^=https]")).as("the unchecked website is not a link").isEmpty();
	}

	@Test
	void theDashboardCountsTheWaitingSignUpsAndLinksToThem() throws Exception {
		this.mvc.perform(signUp(uniqueEmail(), "Counted Co " + token(), newAddress()));
		long waiting = this.jdbc.sql("select count(*) from users where approval = 'PENDING'")
			.query(Long.class)
			.single();

		Document page = parse(this.mvc.perform(get("/admin").with(user(this.admin))).andReturn());

		Element stat = page.getElementById("waiting-sign-ups");
		assertThat(Long.parseLong(stat.selectFirst(".stat-number").text().replace(",", ""))).isGreaterThanOrEqualTo(1)
			.isLessThanOrEqualTo(waiting + 5);
		assertThat(stat.select("a[href=/admin/approvals]")).hasSize(1);
		assertThat(page.select("nav.admin-nav a[href=/admin/approvals]")).hasSize(1);
	}

	@Test
	void approvingMakesTheProfileAndItsJobsPublicAndLetsTheEmployerPublish() throws Exception {
		String email = uniqueEmail();
		String name = "Approved Atelier " + token();
		this.mvc.perform(signUp(email, name, newAddress()));
		UserAccount account = this.users.findByEmail(email).orElseThrow();
		Company company = this.companies.findById(account.getCompanyId()).orElseThrow();
		Job job = this.testCompanies.job(company, "Atelier Tailor " + token(), JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(10)));
		assertThat(status(get("/companies/" + company.getSlug()))).isEqualTo(404);
		Cookie session = signIn(this.mvc, email, PASSWORD);

		MvcResult approved = this.mvc
			.perform(post("/admin/approvals/" + account.getId() + "/approve").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/admin/approvals");
		assertThat(approved.getFlashMap().get("message")).asString()
			.isEqualTo("Approved " + email + ": the account is a normal one now, and the profile of " + name
					+ " is public.");
		UserAccount after = this.users.findById(account.getId()).orElseThrow();
		assertThat(after.getApproval()).isEqualTo(Approval.APPROVED);
		assertThat(after.isEnabled()).isTrue();
		assertThat(this.companies.findById(company.getId()).orElseThrow().getStatus()).isEqualTo(CompanyStatus.ACTIVE);
		assertThat(this.jdbc.sql("select approval_decided_by from users where id = ?")
			.param(account.getId())
			.query(Long.class)
			.single()).isEqualTo(this.admin.id());
		assertThat(status(get("/companies/" + company.getSlug()))).isEqualTo(200);
		assertThat(parse(this.mvc.perform(get("/companies").param("q", name)).andReturn()).select("main").text())
			.contains(name);
		assertThat(parse(this.mvc.perform(get("/jobs").param("q", job.getTitle())).andReturn()).select("main").text())
			.contains(job.getTitle());
		assertThat(status(get("/jobs/" + job.getId() + "/" + job.getSlug()))).isEqualTo(200);
		assertThat(status(get("/api/companies/" + company.getSlug()))).isEqualTo(200);
		assertThat(status(get("/api/jobs/" + job.getId()))).isEqualTo(200);
		assertThat(this.mvc.perform(get("/sitemaps/companies-1.xml"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("/companies/" + company.getSlug());

		// The employer's session goes on, and publishing works now.
		String title = "Published After Approval " + token();
		MvcResult published = this.mvc
			.perform(post("/admin/companies/" + company.getId() + "/jobs/new").param("title", title)
				.param("employmentType", "FULL_TIME")
				.param("applyUrl", "https://apply.example.com")
				.param("action", "publish")
				.with(csrf())
				.with(withSession(session)))
			.andReturn();
		assertThat(published.getResponse().getStatus()).isEqualTo(303);
		assertThat(this.jdbc.sql("select status from jobs where company_id = ? and title = ?")
			.params(company.getId(), title)
			.query(String.class)
			.single()).isEqualTo("OPEN");
		assertThat(this.jdbc.sql("select count(*) from company_revisions where company_id = ? and kind = 'PUBLISHED'")
			.param(company.getId())
			.query(Long.class)
			.single()).as("the history says who made it public").isEqualTo(1);
	}

	@Test
	void rejectingDisablesTheAccountEndsItsSessionsAndArchivesTheCompany() throws Exception {
		String email = uniqueEmail();
		String name = "Rejected Racket " + token();
		this.mvc.perform(signUp(email, name, newAddress()));
		UserAccount account = this.users.findByEmail(email).orElseThrow();
		Cookie session = signIn(this.mvc, email, PASSWORD);
		assertThat(status(get("/admin").with(withSession(session)))).isEqualTo(200);

		MvcResult rejected = this.mvc
			.perform(post("/admin/approvals/" + account.getId() + "/reject").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(rejected.getFlashMap().get("message")).asString()
			.isEqualTo("Rejected " + email + ": the account is disabled and signed out, and " + name + " is archived.");
		UserAccount after = this.users.findById(account.getId()).orElseThrow();
		assertThat(after.getApproval()).isEqualTo(Approval.REJECTED);
		assertThat(after.isEnabled()).isFalse();
		Company company = this.companies.findById(account.getCompanyId()).orElseThrow();
		assertThat(company.getStatus()).isEqualTo(CompanyStatus.ARCHIVED);
		assertThat(status(get("/companies/" + company.getSlug()))).isEqualTo(404);
		assertThat(
				this.mvc.perform(get("/admin").with(withSession(session))).andReturn().getResponse().getRedirectedUrl())
			.as("the old session is gone")
			.endsWith("/login");
		assertThat(this.mvc.perform(signInRequest(email, PASSWORD)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		Document queue = parse(this.mvc.perform(get("/admin/approvals").with(user(this.admin))).andReturn());
		assertThat(queue.select("#waiting-sign-ups").text()).doesNotContain(email);
		assertThat(queue.select("#recent-decisions").text()).contains(email).contains("Rejected");
	}

	@Test
	void decidingTwiceSaysSomeoneDecidedAlready() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(signUp(email, "Twice Decided " + token(), newAddress()));
		UserAccount account = this.users.findByEmail(email).orElseThrow();
		this.mvc.perform(post("/admin/approvals/" + account.getId() + "/approve").with(csrf()).with(user(this.admin)));

		MvcResult again = this.mvc
			.perform(post("/admin/approvals/" + account.getId() + "/reject").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(again.getFlashMap().get("errorMessage")).asString().contains("is not waiting for approval");
		UserAccount after = this.users.findById(account.getId()).orElseThrow();
		assertThat(after.getApproval()).isEqualTo(Approval.APPROVED);
		assertThat(after.isEnabled()).isTrue();
	}

	@Test
	void accountsAdminsMadeAreNeverInTheQueue() throws Exception {
		Company company = this.testCompanies.company("Invited Employer");
		UserAccount invited = this.users
			.save(new UserAccount(uniqueEmail(), TestPasswords.HASH, Role.EMPLOYER, company.getId()));

		MvcResult result = this.mvc
			.perform(post("/admin/approvals/" + invited.getId() + "/reject").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(result.getFlashMap().get("errorMessage")).asString().contains("is not waiting for approval");
		assertThat(this.users.findById(invited.getId()).orElseThrow().isEnabled()).isTrue();
		assertThat(this.companies.findById(company.getId()).orElseThrow().getStatus()).isEqualTo(CompanyStatus.ACTIVE);
	}

	@Test
	void aCompanyAnAdminAlreadyPublishedStaysAsItIs() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(signUp(email, "Published By Hand " + token(), newAddress()));
		UserAccount account = this.users.findByEmail(email).orElseThrow();
		this.mvc.perform(
				post("/admin/companies/" + account.getCompanyId() + "/publish").with(csrf()).with(user(this.admin)));

		this.mvc.perform(post("/admin/approvals/" + account.getId() + "/approve").with(csrf()).with(user(this.admin)));

		assertThat(this.users.findById(account.getId()).orElseThrow().getApproval()).isEqualTo(Approval.APPROVED);
		assertThat(this.companies.findById(account.getCompanyId()).orElseThrow().getStatus())
			.isEqualTo(CompanyStatus.ACTIVE);
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		assertThat(status(post("/admin/approvals/999999999/approve").with(csrf()).with(user(this.admin))))
			.isEqualTo(404);
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
