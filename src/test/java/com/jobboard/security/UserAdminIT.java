package com.jobboard.security;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jobboard.company.Company;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static com.jobboard.security.TestAccounts.PASSWORD;
import static com.jobboard.security.TestAccounts.principal;
import static com.jobboard.security.TestAccounts.signIn;
import static com.jobboard.security.TestAccounts.signInRequest;
import static com.jobboard.security.TestAccounts.uniqueEmail;
import static com.jobboard.security.TestAccounts.withSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admins' user pages, through the whole web stack (security, sessions) on PostgreSQL.
 */
@IntegrationTest
class UserAdminIT {

	// What the forms say in English (the messages come from messages.properties).

	private static final String EMAIL_TAKEN = "There is already a user with this e-mail address.";

	private static final String COMPANY_MISSING = "That company does not exist (any more); choose another.";

	private static final String PASSWORD_LENGTH = "Use at least 12 characters (and at most 200).";

	private static final String PASSWORD_BYTES = "That password is too long to store: use at most 72 bytes "
			+ "(72 plain letters and digits; accented letters and symbols take 2 to 4 bytes each).";

	private static final String PASSWORD_MISMATCH = "The two passwords are not the same.";

	private static final String COMPANY_REQUIRED = "Choose the company this employer works for.";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	UserAdmin userAdmin;

	@Autowired
	TransactionTemplate transactions;

	TestAccounts accounts;

	UserAccount admin;

	@BeforeEach
	void signedInAdmin() {
		this.accounts = new TestAccounts(this.users, this.passwordEncoder, this.jdbc);
		this.admin = this.accounts.admin("acting-admin");
	}

	// Who may use the pages

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void employersAreRefused() throws Exception {
		Company company = this.testCompanies.company("Refused Employer");
		UserAccount employer = this.accounts.employer("refused-employer", company.getId());

		this.mvc.perform(get("/admin/users").with(user(principal(employer)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/" + employer.getId() + "/edit").with(user(principal(employer))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/" + employer.getId() + "/role").param("role", "ADMIN")
				.with(csrf())
				.with(user(principal(employer))))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.reload(employer).getRole()).isEqualTo(Role.EMPLOYER);
	}

	@Test
	void changesNeedTheCsrfToken() throws Exception {
		UserAccount other = this.accounts.admin("csrf-target");

		this.mvc.perform(post("/admin/users/" + other.getId() + "/disable").with(asAdmin()))
			.andExpect(status().isForbidden());

		assertThat(this.accounts.reload(other).isEnabled()).isTrue();
	}

	// The list

	@Test
	void listShowsUsersWithRoleCompanyAndStatusAndSearchesByEmailInAnyCase() throws Exception {
		String token = token();
		Company company = this.testCompanies.company("Listed Company");
		UserAccount employer = this.accounts.employer("listed-" + token, company.getId());
		UserAccount disabledAdmin = this.accounts.admin("listed-" + token);
		disabledAdmin.setEnabled(false);
		this.users.save(disabledAdmin);
		this.accounts.admin("unlisted");

		Document page = html(get("/admin/users").param("q", "LISTED-" + token.toUpperCase(Locale.ROOT)));

		assertThat(page.select("h1")).extracting(Element::text).containsExactly("Users");
		assertThat(page.select("p.result-count").text()).isEqualTo("2 users");
		assertThat(page.select("#users tbody tr")).hasSize(2);
		Element employerRow = row(page, employer.getEmail());
		assertThat(employerRow.select("td")).extracting(Element::text)
			.startsWith("Employer", company.getName(), "Enabled");
		assertThat(employerRow.selectFirst("a").attr("href")).isEqualTo("/admin/users/" + employer.getId() + "/edit");
		assertThat(row(page, disabledAdmin.getEmail()).select("td")).extracting(Element::text)
			.startsWith("Admin", "—", "Disabled");
		assertThat(page.selectFirst("input#q").val()).isEqualTo("LISTED-" + token.toUpperCase(Locale.ROOT));
	}

	@Test
	void listShowsTwentyAPageAndPageLinksKeepTheSearch() throws Exception {
		String token = token();
		String hash = TestPasswords.HASH;
		for (int i = 0; i < 21; i++) {
			this.users.save(new UserAccount(uniqueEmail("paged-" + token), hash, Role.ADMIN, null));
		}

		// In the query string, as a browser sends the search form (page links are built
		// from it).
		Document first = html(get("/admin/users?q=paged-" + token));
		assertThat(first.select("#users tbody tr")).hasSize(20);
		assertThat(first.select("p.result-count").text()).isEqualTo("21 users");
		String next = first.selectFirst("nav.pagination a[rel=next]").attr("href");
		assertThat(next).contains("q=paged-" + token).contains("page=2");

		Document second = html(get(next));
		assertThat(second.select("#users tbody tr")).hasSize(1);
	}

	@Test
	void oddPageNumbersAndSearchesAreNotErrors() throws Exception {
		this.mvc.perform(get("/admin/users").param("page", "-3").with(asAdmin())).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").param("page", "999999999").with(asAdmin())).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").param("q", "50%_\\ \u0000x").with(asAdmin())).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").param("page", "abc").with(asAdmin())).andExpect(status().isBadRequest());
	}

	// Inviting

	@Test
	void theInviteFormHasALabelForEveryField() throws Exception {
		Document page = html(get("/admin/users/new"));

		assertThat(page.select("h1")).extracting(Element::text).containsExactly("Invite a user");
		for (Element control : page.select("form.stacked-form input:not([type=hidden]), form.stacked-form select")) {
			assertThat(page.select("label[for=" + control.id() + "]")).as(control.id()).hasSize(1);
		}
		assertThat(page.select("form.stacked-form input[name=_csrf]")).hasSize(1);
	}

	@Test
	void invitingAnEmployerCreatesAnAccountThatCanSignIn() throws Exception {
		Company company = this.testCompanies.company("Inviting Company");
		String email = uniqueEmail("Invited.Person");

		MvcResult result = this.mvc
			.perform(invite(email, "a long first password", "a long first password", "EMPLOYER",
					company.getId().toString()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attributeExists("message"))
			.andReturn();

		UserAccount invited = this.users.findByEmail(email).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + invited.getId() + "/edit");
		assertThat(invited.getEmail()).isEqualTo(email);
		assertThat(invited.getRole()).isEqualTo(Role.EMPLOYER);
		assertThat(invited.getCompanyId()).isEqualTo(company.getId());
		assertThat(invited.isEnabled()).isTrue();
		assertThat(invited.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("a long first password");
		signIn(this.mvc, email.toUpperCase(Locale.ROOT), "a long first password");
	}

	@Test
	void invitingAnAdminIgnoresTheCompany() throws Exception {
		Company company = this.testCompanies.company("Ignored Company");
		String email = uniqueEmail("invited-admin");

		this.mvc.perform(invite(email, PASSWORD, PASSWORD, "ADMIN", company.getId().toString()))
			.andExpect(status().isSeeOther());

		UserAccount invited = this.users.findByEmail(email).orElseThrow();
		assertThat(invited.getRole()).isEqualTo(Role.ADMIN);
		assertThat(invited.getCompanyId()).isNull();
	}

	@Test
	void aBadEmailAddressIsRefusedBesideTheField() throws Exception {
		for (String bad : List.of("not-an-address", "two@@example.com", "no-dot@example", "spa ce@example.com",
				"x".repeat(250) + "@example.com", "")) {
			Document page = rejectedInvite(bad, PASSWORD, PASSWORD, "ADMIN", "");
			assertThat(fieldError(page, "email")).as(bad).isNotEmpty();
			assertThat(this.users.findByEmail(bad)).isEmpty();
		}
	}

	@Test
	void anAddressInUseInAnotherCaseIsRefused() throws Exception {
		UserAccount existing = this.accounts.admin("taken");

		Document page = rejectedInvite(existing.getEmail().toUpperCase(Locale.ROOT), PASSWORD, PASSWORD, "ADMIN", "");

		assertThat(fieldError(page, "email")).isEqualTo(EMAIL_TAKEN);
		assertThat(page.selectFirst("input#email").val()).isEqualTo(existing.getEmail().toUpperCase(Locale.ROOT));
	}

	@Test
	void aShortPasswordIsRefusedAndTheTypedTextIsKeptExceptThePasswords() throws Exception {
		String email = uniqueEmail("short-password");

		Document page = rejectedInvite(email, "eleven char", "eleven char", "ADMIN", "");

		assertThat(fieldError(page, "password")).isEqualTo(PASSWORD_LENGTH);
		assertThat(page.selectFirst("input#email").val()).isEqualTo(email);
		assertThat(page.selectFirst("select#role option[selected]").val()).isEqualTo("ADMIN");
		assertThat(page.select("input[type=password]")).hasSize(2)
			.allSatisfy((input) -> assertThat(input.val()).isEmpty());
		assertThat(page.html()).doesNotContain("eleven char");
		assertThat(page.selectFirst("input#password").attr("aria-describedby")).contains("password-error");
		assertThat(this.users.findByEmail(email)).isEmpty();
	}

	@Test
	void aPasswordBCryptCannotHashIsRefusedNotAnError() throws Exception {
		Document page = rejectedInvite(uniqueEmail("long-password"), "é".repeat(40), "é".repeat(40), "ADMIN", "");

		assertThat(fieldError(page, "password")).isEqualTo(PASSWORD_BYTES);
		Document tooLong = rejectedInvite(uniqueEmail("longer-password"), "x".repeat(201), "x".repeat(201), "ADMIN",
				"");
		assertThat(fieldError(tooLong, "password")).isEqualTo(PASSWORD_LENGTH);
	}

	@Test
	void passwordsThatDoNotMatchAreRefused() throws Exception {
		Document page = rejectedInvite(uniqueEmail("mismatch"), PASSWORD, PASSWORD + "!", "ADMIN", "");

		assertThat(fieldError(page, "confirmPassword")).isEqualTo(PASSWORD_MISMATCH);
		assertThat(fieldError(page, "password")).isEmpty();
	}

	@Test
	void anEmployerNeedsACompanyThatExists() throws Exception {
		Document withoutCompany = rejectedInvite(uniqueEmail("no-company"), PASSWORD, PASSWORD, "EMPLOYER", "");
		assertThat(fieldError(withoutCompany, "companyId")).isEqualTo(COMPANY_REQUIRED);

		Document unknownCompany = rejectedInvite(uniqueEmail("unknown-company"), PASSWORD, PASSWORD, "EMPLOYER",
				"987654321");
		assertThat(fieldError(unknownCompany, "companyId")).isEqualTo(COMPANY_MISSING);
	}

	@Test
	void twoInvitationsForOneAddressAtOnceEndInAFormMessage() throws Exception {
		String email = uniqueEmail("raced");
		NewUserForm form = new NewUserForm();
		form.setEmail(email);
		form.setPassword(PASSWORD);
		form.setConfirmPassword(PASSWORD);
		form.setRole(Role.ADMIN);
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// Another admin's invitation, inserted but not yet committed: the check
			// before the insert cannot see it.
			Future<?> other = threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("insert into users (email, password_hash, role) values (?, '{noop}x', 'ADMIN')")
					.param(email.toUpperCase(Locale.ROOT))
					.update();
				inserted.countDown();
				awaitQuietly(release);
			}));
			assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Throwable> ours = threads.submit(() -> {
				try {
					this.userAdmin.invite(form);
					return null;
				}
				catch (Throwable ex) {
					return ex;
				}
			});
			awaitInsertWaitingForALock();
			release.countDown();
			other.get(10, TimeUnit.SECONDS);

			assertThat(ours.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(RejectedChange.class, (rejected) -> {
				assertThat(rejected.field()).isEqualTo("email");
				assertThat(rejected.messageCode()).isEqualTo(UserAdmin.EMAIL_TAKEN);
			});
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	@Test
	void nonsenseChoicesAreFormErrorsNotServerErrors() throws Exception {
		Document page = rejectedInvite(uniqueEmail("nonsense"), PASSWORD, PASSWORD, "ROOT", "abc");

		assertThat(fieldError(page, "role")).isEqualTo("Choose one of the options.");
		assertThat(fieldError(page, "companyId")).isEqualTo("Choose one of the options.");
		Document noRole = rejectedInvite(uniqueEmail("no-role"), PASSWORD, PASSWORD, "", "");
		assertThat(fieldError(noRole, "role")).isEqualTo("Choose a role.");
	}

	@Test
	void everyProblemIsReportedAtOnce() throws Exception {
		Document page = rejectedInvite("bad", "short", "other", "EMPLOYER", "");

		assertThat(page.select(".field-error")).hasSize(4);
	}

	// One user

	@Test
	void theEditPageShowsTheUserAndItsForms() throws Exception {
		Company company = this.testCompanies.company("Edit Page Company");
		UserAccount employer = this.accounts.employer("edit-page", company.getId());

		Document page = html(get("/admin/users/" + employer.getId() + "/edit"));

		assertThat(page.select("h1")).extracting(Element::text).containsExactly(employer.getEmail());
		assertThat(page.select("#user-facts").text()).contains("Employer", company.getName(), "Enabled");
		assertThat(page.selectFirst("select#role option[selected]").val()).isEqualTo("EMPLOYER");
		assertThat(page.selectFirst("select#companyId option[selected]").val()).isEqualTo(company.getId().toString());
		assertThat(page.select("form[action$=/disable] button")).hasSize(1);
		for (Element control : page.select("main input:not([type=hidden]), main select")) {
			assertThat(page.select("label[for=" + control.id() + "]")).as(control.id()).hasSize(1);
		}
	}

	@Test
	void unknownUsersAre404AndNonsenseIdsAre400() throws Exception {
		long unknown = Long.MAX_VALUE - 7;
		this.mvc.perform(get("/admin/users/" + unknown + "/edit").with(asAdmin())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/" + unknown + "/disable").with(asAdmin()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/" + unknown + "/enable").with(asAdmin()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/" + unknown + "/role").param("role", "ADMIN").with(asAdmin()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/users/" + unknown + "/password").param("password", PASSWORD)
				.param("confirmPassword", PASSWORD)
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users/abc/edit").with(asAdmin())).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/users/99999999999999999999/edit").with(asAdmin()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void changingTheRoleSavesItAndEndsTheirSessions() throws Exception {
		Company company = this.testCompanies.company("Promoted From");
		UserAccount employer = this.accounts.employer("promoted", company.getId());
		Cookie session = signIn(this.mvc, employer.getEmail(), PASSWORD);
		assertThat(this.accounts.sessionsOf(employer.getEmail())).isEqualTo(1);

		this.mvc
			.perform(post("/admin/users/" + employer.getId() + "/role").param("role", "ADMIN")
				.param("companyId", company.getId().toString())
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/admin/users/" + employer.getId() + "/edit"))
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString(employer.getEmail())));

		UserAccount promoted = this.accounts.reload(employer);
		assertThat(promoted.getRole()).isEqualTo(Role.ADMIN);
		assertThat(promoted.getCompanyId()).isNull();
		assertThat(this.accounts.sessionsOf(employer.getEmail())).isZero();
		this.mvc.perform(get("/admin").with(withSession(session)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anEmployerCanMoveToAnotherCompanyButNotToNone() throws Exception {
		Company from = this.testCompanies.company("Moved From");
		Company to = this.testCompanies.company("Moved To");
		UserAccount employer = this.accounts.employer("moved", from.getId());

		Document refused = html(post("/admin/users/" + employer.getId() + "/role").param("role", "EMPLOYER")
			.param("companyId", "")
			.with(csrf()), 422);
		assertThat(fieldError(refused, "companyId")).isEqualTo(COMPANY_REQUIRED);
		assertThat(refused.select("h1")).extracting(Element::text).containsExactly(employer.getEmail());

		this.mvc
			.perform(post("/admin/users/" + employer.getId() + "/role").param("role", "EMPLOYER")
				.param("companyId", to.getId().toString())
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isSeeOther());
		assertThat(this.accounts.reload(employer).getCompanyId()).isEqualTo(to.getId());
	}

	@Test
	void resettingThePasswordEndsTheirSessionsAndOnlyTheNewOneWorks() throws Exception {
		UserAccount other = this.accounts.admin("reset");
		signIn(this.mvc, other.getEmail(), PASSWORD);
		String newPassword = "a brand new password";

		this.mvc
			.perform(post("/admin/users/" + other.getId() + "/password").param("password", newPassword)
				.param("confirmPassword", newPassword)
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attributeExists("message"));

		assertThat(this.accounts.sessionsOf(other.getEmail())).isZero();
		this.mvc.perform(signInRequest(other.getEmail(), PASSWORD)).andExpect(redirectedUrl("/login?error"));
		signIn(this.mvc, other.getEmail(), newPassword);
	}

	@Test
	void aRefusedPasswordResetIsShownBesideTheFieldAndNotEchoed() throws Exception {
		UserAccount other = this.accounts.admin("refused-reset");

		Document page = html(post("/admin/users/" + other.getId() + "/password").param("password", "too short")
			.param("confirmPassword", "something else")
			.with(csrf()), 422);

		assertThat(fieldError(page, "password")).isEqualTo(PASSWORD_LENGTH);
		assertThat(fieldError(page, "confirmPassword")).isEqualTo(PASSWORD_MISMATCH);
		assertThat(page.html()).doesNotContain("too short").doesNotContain("something else");
		assertThat(this.passwordEncoder.matches(PASSWORD, this.accounts.reload(other).getPasswordHash())).isTrue();
	}

	@Test
	void anAdminResettingTheirOwnPasswordStaysSignedInThere() throws Exception {
		Cookie session = signIn(this.mvc, this.admin.getEmail(), PASSWORD);
		Cookie elsewhere = signIn(this.mvc, this.admin.getEmail(), PASSWORD);
		String newPassword = "my own new password";

		this.mvc
			.perform(post("/admin/users/" + this.admin.getId() + "/password").param("password", newPassword)
				.param("confirmPassword", newPassword)
				.with(csrf())
				.with(withSession(session)))
			.andExpect(status().isSeeOther());

		this.mvc.perform(get("/admin/users/" + this.admin.getId() + "/edit").with(withSession(session)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin").with(withSession(elsewhere)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDisabledUserIsSignedOutAndCannotSignInUntilEnabled() throws Exception {
		Company company = this.testCompanies.company("Disabled Employer Company");
		UserAccount employer = this.accounts.employer("disabled", company.getId());
		Cookie session = signIn(this.mvc, employer.getEmail(), PASSWORD);
		this.mvc.perform(get("/admin").with(withSession(session))).andExpect(status().isOk());

		this.mvc.perform(post("/admin/users/" + employer.getId() + "/disable").with(asAdmin()).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/admin/users/" + employer.getId() + "/edit"))
			.andExpect(flash().attributeExists("message"));

		assertThat(this.accounts.reload(employer).isEnabled()).isFalse();
		assertThat(this.accounts.sessionsOf(employer.getEmail())).isZero();
		assertThat(this.accounts.sessionExists(TestAccounts.sessionId(session))).isFalse();
		this.mvc.perform(get("/admin").with(withSession(session)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(signInRequest(employer.getEmail(), PASSWORD)).andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(post("/admin/users/" + employer.getId() + "/enable").with(asAdmin()).with(csrf()))
			.andExpect(status().isSeeOther());
		signIn(this.mvc, employer.getEmail(), PASSWORD);
	}

	@Test
	void anAdminCannotDisableThemselves() throws Exception {
		Document page = html(post("/admin/users/" + this.admin.getId() + "/disable").with(csrf()), 409);

		assertThat(page.select(".alert-error").text())
			.isEqualTo("You cannot disable your own account. Ask another admin to do it.");
		assertThat(this.accounts.reload(this.admin).isEnabled()).isTrue();
	}

	@Test
	void anAdminCannotTakeAwayTheirOwnAdminRole() throws Exception {
		Company company = this.testCompanies.company("Self Demotion");

		Document page = html(post("/admin/users/" + this.admin.getId() + "/role").param("role", "EMPLOYER")
			.param("companyId", company.getId().toString())
			.with(csrf()), 422);

		assertThat(fieldError(page, "role"))
			.isEqualTo("You cannot take away your own admin role. Ask another admin to do it.");
		assertThat(page.selectFirst("select#role option[selected]").val()).isEqualTo("EMPLOYER");
		assertThat(this.accounts.reload(this.admin).getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void anotherAdminCanBeDisabledAndDemoted() throws Exception {
		Company company = this.testCompanies.company("Demoted To");
		UserAccount other = this.accounts.admin("other-admin");

		this.mvc
			.perform(post("/admin/users/" + other.getId() + "/role").param("role", "EMPLOYER")
				.param("companyId", company.getId().toString())
				.with(asAdmin())
				.with(csrf()))
			.andExpect(status().isSeeOther());
		this.mvc.perform(post("/admin/users/" + other.getId() + "/disable").with(asAdmin()).with(csrf()))
			.andExpect(status().isSeeOther());

		UserAccount changed = this.accounts.reload(other);
		assertThat(changed.getRole()).isEqualTo(Role.EMPLOYER);
		assertThat(changed.isEnabled()).isFalse();
	}

	private MockHttpServletRequestBuilder invite(String email, String password, String confirmPassword, String role,
			String companyId) {
		return post("/admin/users/new").param("email", email)
			.param("password", password)
			.param("confirmPassword", confirmPassword)
			.param("role", role)
			.param("companyId", companyId)
			.with(asAdmin())
			.with(csrf());
	}

	private Document rejectedInvite(String email, String password, String confirmPassword, String role,
			String companyId) throws Exception {
		String body = this.mvc.perform(invite(email, password, confirmPassword, role, companyId))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(body);
		assertThat(page.select("h1")).extracting(Element::text).containsExactly("Invite a user");
		return page;
	}

	/** The page as the signed-in admin gets it; must answer 200. */
	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return html(request, 200);
	}

	/**
	 * The page as the signed-in admin gets it, with that status (422 for a form with
	 * errors).
	 */
	private Document html(MockHttpServletRequestBuilder request, int status) throws Exception {
		String body = this.mvc.perform(request.with(asAdmin()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(body);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor asAdmin() {
		return user(principal(this.admin));
	}

	private static String fieldError(Document page, String field) {
		Element error = page.getElementById(field + "-error");
		return (error != null) ? error.text() : "";
	}

	private static Element row(Document page, String email) {
		return page.select("#users tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals(email))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + email));
	}

	/**
	 * Waits until our insert is blocked on the unique index by the other, uncommitted
	 * insert.
	 */
	private void awaitInsertWaitingForALock() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			long waiting = this.jdbc.sql("""
					select count(*) from pg_stat_activity
					where wait_event_type = 'Lock' and query ilike 'insert into users%'
					""").query(Long.class).single();
			if (waiting > 0) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The invitation never waited for the other one");
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String token() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
