package com.jobboard.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.security.Approval;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.registration.SignUps.PASSWORD;
import static com.jobboard.registration.SignUps.RECEIVED;
import static com.jobboard.registration.SignUps.from;
import static com.jobboard.registration.SignUps.newAddress;
import static com.jobboard.registration.SignUps.parse;
import static com.jobboard.registration.SignUps.signIn;
import static com.jobboard.registration.SignUps.signUp;
import static com.jobboard.registration.SignUps.token;
import static com.jobboard.registration.SignUps.uniqueEmail;
import static com.jobboard.registration.SignUps.withSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The public employer sign-up: what a valid sign-up makes, what a signed-up employer may
 * do while waiting, and how the form treats mistakes, addresses in use, bots and floods.
 * Every sign-up comes from a client address of its own unless the test is about the
 * per-address limit.
 */
@IntegrationTest
class EmployerRegistrationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JobRepository jobs;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormHasALabelForEveryFieldAndAHiddenHoneypot() throws Exception {
		MvcResult result = this.mvc.perform(get("/employers/register")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = parse(result);
		assertThat(page.select("h1")).hasSize(1);
		Element form = page.selectFirst("form[action=/employers/register]");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.select("input[name=_csrf]")).hasSize(1);
		for (String field : List.of("email", "password", "confirmPassword", "companyName", "website", "homepage")) {
			assertThat(form.getElementById(field)).as(field).isNotNull();
			assertThat(form.select("label[for=" + field + "]")).as("label of " + field).hasSize(1);
		}
		assertThat(form.getElementById("password").attr("autocomplete")).isEqualTo("new-password");
		Element trap = form.getElementById("homepage").parent();
		assertThat(trap.hasClass("form-trap")).isTrue();
		assertThat(trap.attr("aria-hidden")).isEqualTo("true");
		assertThat(form.getElementById("homepage").attr("tabindex")).isEqualTo("-1");
	}

	@Test
	void aSignUpMakesAPendingCompanyAndAnEmployerWhoCanSignInAtOnce() throws Exception {
		String email = uniqueEmail();
		String name = "Signed Up Bakery " + token();

		MvcResult result = this.mvc.perform(signUp("  " + email + " ", name, newAddress())).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(RECEIVED);
		UserAccount account = this.users.findByEmail(email).orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.EMPLOYER);
		assertThat(account.getApproval()).isEqualTo(Approval.PENDING);
		assertThat(account.isEnabled()).isTrue();
		assertThat(this.passwordEncoder.matches(PASSWORD, account.getPasswordHash())).isTrue();
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}");
		Company company = this.companies.findById(account.getCompanyId()).orElseThrow();
		assertThat(company.getName()).isEqualTo(name);
		assertThat(company.getStatus()).isEqualTo(CompanyStatus.PENDING);
		assertThat(company.getSlug()).isEqualTo(name.toLowerCase().replace(' ', '-'));
		assertThat(company.getWebsite()).startsWith("https://example.com/");
		assertThat(this.jdbc.sql("select author_id from company_revisions where company_id = ? and kind = 'CREATED'")
			.param(company.getId())
			.query(Long.class)
			.single()).as("the first revision names the employer").isEqualTo(account.getId());

		Cookie session = signIn(this.mvc, email, PASSWORD);
		Document dashboard = parse(this.mvc.perform(get("/admin").with(withSession(session))).andReturn());
		assertThat(dashboard.select("h1").text()).isEqualTo(name);
		assertThat(dashboard.select(".notice").text()).contains("not public");
	}

	@Test
	void theReceivedPageSaysTheSameWhateverHappened() throws Exception {
		MvcResult result = this.mvc.perform(get(RECEIVED)).andReturn();

		Document page = parse(result);
		assertThat(page.select("h1").text()).isEqualTo("Thank you for signing up");
		assertThat(page.select("main").text()).contains("If this e-mail address was not in use yet")
			.contains("An admin checks every new sign-up");
	}

	@Test
	void aWaitingEmployerPreparesTheProfileAndDraftsButCannotPublish() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(signUp(email, "Preparing Co " + token(), newAddress()));
		UserAccount account = this.users.findByEmail(email).orElseThrow();
		long companyId = account.getCompanyId();
		Cookie session = signIn(this.mvc, email, PASSWORD);
		Company company = this.companies.findById(companyId).orElseThrow();

		MvcResult saved = this.mvc
			.perform(post("/admin/companies/" + companyId + "/edit").param("name", company.getName())
				.param("slug", company.getSlug())
				.param("tagline", "Getting ready")
				.param("version", Long.toString(company.getVersion()))
				.with(csrf())
				.with(withSession(session)))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(303);
		assertThat(this.companies.findById(companyId).orElseThrow().getTagline()).isEqualTo("Getting ready");

		String draftTitle = "Draft Baker " + token();
		MvcResult draft = this.mvc
			.perform(post("/admin/companies/" + companyId + "/jobs/new").param("title", draftTitle)
				.param("employmentType", "FULL_TIME")
				.param("applyUrl", "https://apply.example.com")
				.param("action", "save")
				.with(csrf())
				.with(withSession(session)))
			.andReturn();
		assertThat(draft.getResponse().getStatus()).isEqualTo(303);
		assertThat(statusOfJob(companyId, draftTitle)).isEqualTo("DRAFT");

		String publishedTitle = "Published Baker " + token();
		MvcResult publish = this.mvc
			.perform(post("/admin/companies/" + companyId + "/jobs/new").param("title", publishedTitle)
				.param("employmentType", "FULL_TIME")
				.param("applyUrl", "https://apply.example.com")
				.param("action", "publish")
				.with(csrf())
				.with(withSession(session)))
			.andReturn();
		assertThat(publish.getResponse().getStatus()).isEqualTo(422);
		assertThat(parse(publish).select("[role=alert]").text()).contains("waiting for an admin’s approval");
		assertThat(parse(publish).select("input[name=title]").val()).isEqualTo(publishedTitle);
		assertThat(this.jdbc.sql("select count(*) from jobs where company_id = ? and title = ?")
			.params(companyId, publishedTitle)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void nothingOfAWaitingCompanyIsPublic() throws Exception {
		String email = uniqueEmail();
		String name = "Hidden Forge " + token();
		this.mvc.perform(signUp(email, name, newAddress()));
		Company company = this.companies.findById(this.users.findByEmail(email).orElseThrow().getCompanyId())
			.orElseThrow();
		// Even a job that is open (as one could be after an admin's change) stays hidden
		// with its company.
		String title = "Hidden Smith " + token();
		Job job = this.testCompanies.job(company, title, JobStatus.OPEN, Instant.now().plus(Duration.ofDays(10)));

		assertThat(this.mvc.perform(get("/companies/" + company.getSlug())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(parse(this.mvc.perform(get("/companies").param("q", name)).andReturn()).select("main").text())
			.doesNotContain(name);
		assertThat(parse(this.mvc.perform(get("/jobs").param("q", title)).andReturn()).select("main").text())
			.doesNotContain(title);
		assertThat(this.mvc.perform(get("/jobs/" + job.getId() + "/" + job.getSlug()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(parse(this.mvc.perform(get("/")).andReturn()).select("main").text()).doesNotContain(name)
			.doesNotContain(title);
		assertThat(sitemap("/sitemaps/companies-1.xml")).doesNotContain("/companies/" + company.getSlug());
		assertThat(sitemap("/sitemaps/jobs-1.xml")).doesNotContain("/jobs/" + job.getId() + "/");
		assertThat(this.mvc.perform(get("/api/companies/" + company.getSlug())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(body("/api/companies?q=" + name.replace(' ', '+'))).doesNotContain(company.getSlug());
		assertThat(this.mvc.perform(get("/api/jobs/" + job.getId())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(body("/api/jobs?q=" + title.replace(' ', '+'))).doesNotContain(title);
		assertThat(this.mvc.perform(get("/companies/" + company.getSlug() + "/jobs.atom"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(body("/jobs/feed.atom")).doesNotContain(title);
	}

	/** A sitemap's text; none (404) when it would list nothing. */
	private String sitemap(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();
		return (result.getResponse().getStatus() == 404) ? ""
				: result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String body(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void mistakesComeBackWithMessagesBesideTheFieldsAndNothingIsMade() throws Exception {
		String name = "Mistaken " + token();

		MvcResult result = this.mvc
			.perform(post("/employers/register").param("email", "not an address")
				.param("password", "short")
				.param("confirmPassword", "other")
				.param("companyName", name)
				.param("website", "javascript:alert(1)")
				.with(csrf())
				.with(from(newAddress())))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		Document page = parse(result);
		assertThat(page.getElementById("email-error").text())
			.isEqualTo("Enter a valid e-mail address, like name@example.com.");
		assertThat(page.getElementById("email").attr("aria-describedby")).isEqualTo("email-error");
		assertThat(page.getElementById("email").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("password-error").text())
			.isEqualTo("Use at least 12 characters (and at most 200).");
		assertThat(page.getElementById("confirmPassword-error").text())
			.isEqualTo("The two passwords are not the same.");
		assertThat(page.getElementById("website-error").text()).startsWith("Enter a full web address");
		assertThat(page.getElementById("email").val()).isEqualTo("not an address");
		assertThat(page.getElementById("companyName").val()).isEqualTo(name);
		assertThat(page.getElementById("password").val()).as("passwords never go back to the browser").isEmpty();
		assertThat(page.html()).doesNotContain("short");
		assertThat(
				this.jdbc.sql("select count(*) from companies where name = ?").param(name).query(Long.class).single())
			.isZero();
	}

	@Test
	void missingFieldsAreEachNamed() throws Exception {
		MvcResult result = this.mvc.perform(post("/employers/register").with(csrf()).with(from(newAddress())))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		Document page = parse(result);
		assertThat(page.getElementById("email-error").text()).isEqualTo("Enter your e-mail address.");
		assertThat(page.getElementById("companyName-error").text()).isEqualTo("Enter your company’s name.");
		assertThat(page.getElementById("password-error")).isNotNull();
	}

	@Test
	void aPasswordBcryptCannotHashIsRefused() throws Exception {
		String email = uniqueEmail();
		String tooLong = "ü".repeat(40);

		MvcResult result = this.mvc
			.perform(post("/employers/register").param("email", email)
				.param("password", tooLong)
				.param("confirmPassword", tooLong)
				.param("companyName", "Long Password " + token())
				.with(csrf())
				.with(from(newAddress())))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(parse(result).getElementById("password-error").text())
			.startsWith("That password is too long to store");
		assertThat(this.users.findByEmail(email)).isEmpty();
	}

	@Test
	void anAddressInUseGetsTheSameAnswerAndChangesNothing() throws Exception {
		Company existingCompany = this.testCompanies.company("Existing Employer");
		UserAccount existing = this.users
			.save(new UserAccount(uniqueEmail(), TestPasswords.HASH, Role.EMPLOYER, existingCompany.getId()));
		String name = "Impostor " + token();

		MvcResult result = this.mvc.perform(signUp(existing.getEmail().toUpperCase(), name, newAddress())).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(RECEIVED);
		UserAccount after = this.users.findById(existing.getId()).orElseThrow();
		assertThat(after.getPasswordHash()).isEqualTo(existing.getPasswordHash());
		assertThat(after.getCompanyId()).isEqualTo(existingCompany.getId());
		assertThat(after.getApproval()).isEqualTo(Approval.APPROVED);
		assertThat(after.getVersion()).isEqualTo(existing.getVersion());
		assertThat(
				this.jdbc.sql("select count(*) from companies where name = ?").param(name).query(Long.class).single())
			.isZero();
	}

	@Test
	void aFilledInHoneypotGetsTheSameAnswerAndMakesNothing() throws Exception {
		String email = uniqueEmail();
		String name = "Bot Company " + token();

		MvcResult result = this.mvc.perform(signUp(email, name, newAddress()).param("homepage", "https://spam.example"))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(RECEIVED);
		assertThat(this.users.findByEmail(email)).isEmpty();
		assertThat(
				this.jdbc.sql("select count(*) from companies where name = ?").param(name).query(Long.class).single())
			.isZero();
	}

	@Test
	void anAddressMayOnlySignUpSoOftenPerHour() throws Exception {
		String address = newAddress();
		for (int i = 1; i <= 5; i++) {
			MvcResult accepted = this.mvc.perform(signUp(uniqueEmail(), "Flood " + i + " " + token(), address))
				.andReturn();
			assertThat(accepted.getResponse().getStatus()).as("sign-up %d", i).isEqualTo(303);
		}
		String email = uniqueEmail();
		String name = "Flood Six " + token();

		MvcResult refused = this.mvc.perform(signUp(email, name, address)).andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 3600L);
		Document page = parse(refused);
		assertThat(page.select("[role=alert]").text()).startsWith("Too many sign-ups have come from your network")
			.contains("minutes");
		assertThat(page.getElementById("email").val()).isEqualTo(email);
		assertThat(page.getElementById("companyName").val()).isEqualTo(name);
		assertThat(this.users.findByEmail(email)).isEmpty();
		assertThat(this.mvc.perform(signUp(uniqueEmail(), "Elsewhere " + token(), newAddress()))
			.andReturn()
			.getResponse()
			.getStatus()).as("another address is not affected").isEqualTo(303);
	}

	@Test
	void botsCountTowardsTheLimitToo() throws Exception {
		String address = newAddress();
		for (int i = 1; i <= 5; i++) {
			this.mvc.perform(signUp(uniqueEmail(), "Bot " + i + " " + token(), address).param("homepage", "x"));
		}

		MvcResult refused = this.mvc.perform(signUp(uniqueEmail(), "After Bots " + token(), address)).andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
	}

	@Test
	void aSignUpWithoutCsrfTokenIsRefused() throws Exception {
		String email = uniqueEmail();

		MvcResult result = this.mvc
			.perform(post("/employers/register").param("email", email)
				.param("password", PASSWORD)
				.param("confirmPassword", PASSWORD)
				.param("companyName", "No Token " + token())
				.with(from(newAddress())))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(this.users.findByEmail(email)).isEmpty();
	}

	@Test
	void signedInPeopleAreSentToTheirDashboard() throws Exception {
		String email = uniqueEmail();
		this.mvc.perform(signUp(email, "Already In " + token(), newAddress()));
		Cookie session = signIn(this.mvc, email, PASSWORD);

		MvcResult result = this.mvc.perform(get("/employers/register").with(withSession(session))).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
	}

	@Test
	void aNameWithoutLettersStillGetsAnAddress() throws Exception {
		String email = uniqueEmail();

		this.mvc.perform(signUp(email, "東京ロボット", newAddress()));

		Company company = this.companies.findById(this.users.findByEmail(email).orElseThrow().getCompanyId())
			.orElseThrow();
		assertThat(company.getName()).isEqualTo("東京ロボット");
		assertThat(company.getSlug()).startsWith("company").matches("[a-z0-9]+(-[a-z0-9]+)*");
	}

	@Test
	void aGermanBrowserSignsUpInGerman() throws Exception {
		Document form = parse(
				this.mvc.perform(get("/employers/register").header("Accept-Language", "de-DE,de")).andReturn());
		assertThat(form.select("h1").text()).isEqualTo("Als Arbeitgeber registrieren");
		assertThat(form.select("label[for=companyName]").text()).isEqualTo("Name des Unternehmens");

		MvcResult refused = this.mvc.perform(
				post("/employers/register").header("Accept-Language", "de-DE,de").with(csrf()).with(from(newAddress())))
			.andReturn();

		Document page = parse(refused);
		assertThat(page.getElementById("email-error").text()).isEqualTo("Geben Sie Ihre E-Mail-Adresse ein.");
		assertThat(page.getElementById("companyName-error").text())
			.isEqualTo("Geben Sie den Namen Ihres Unternehmens ein.");
	}

	@Test
	void theSignInPageLinksToTheSignUp() throws Exception {
		Document page = parse(this.mvc.perform(get("/login")).andReturn());

		assertThat(page.select("a[href=/employers/register]")).hasSize(1);
	}

	private String statusOfJob(long companyId, String title) {
		return this.jdbc.sql("select status from jobs where company_id = ? and title = ?")
			.params(companyId, title)
			.query(String.class)
			.single();
	}

}
