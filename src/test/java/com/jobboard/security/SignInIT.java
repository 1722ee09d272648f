package com.jobboard.security;

import java.util.Locale;

import com.jobboard.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.security.TestAccounts.PASSWORD;
import static com.jobboard.security.TestAccounts.SESSION_COOKIE;
import static com.jobboard.security.TestAccounts.fromNewAddress;
import static com.jobboard.security.TestAccounts.sessionId;
import static com.jobboard.security.TestAccounts.signIn;
import static com.jobboard.security.TestAccounts.signInRequest;
import static com.jobboard.security.TestAccounts.uniqueEmail;
import static com.jobboard.security.TestAccounts.withSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and out through the real form, filters and session store. Every attempt
 * comes from an address of its own, since the per-address throttle is shared by every
 * test using the database.
 */
@IntegrationTest
class SignInIT {

	private static final String NO_MATCH = "That e-mail address and password do not match an active account.";

	private static final String LOCKED = "Too many failed sign-ins.";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInThrottle throttle;

	TestAccounts accounts;

	@BeforeEach
	void accounts() {
		this.accounts = new TestAccounts(this.users, this.passwordEncoder, this.jdbc);
	}

	@Test
	void theRightPasswordSignsInWithTheAddressInAnyCase() throws Exception {
		UserAccount admin = this.accounts.admin("Mixed.Case");

		Cookie session = signIn(this.mvc, "  " + admin.getEmail().toUpperCase(Locale.ROOT) + " ", PASSWORD);

		this.mvc.perform(get("/admin").with(withSession(session))).andExpect(status().isOk());
		assertThat(this.accounts.sessionsOf(admin.getEmail())).isEqualTo(1);
	}

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() throws Exception {
		UserAccount admin = this.accounts.admin("wrong-password");

		this.mvc.perform(signInRequest(admin.getEmail(), PASSWORD + "?"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(signInRequest(uniqueEmail("nobody"), PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"));

		Document page = signInPage("/login?error");
		assertThat(page.select(".alert-error").text()).isEqualTo(NO_MATCH);
		assertThat(page.text()).doesNotContainIgnoringCase("no account").doesNotContainIgnoringCase("unknown");
	}

	@Test
	void aDisabledAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
		UserAccount admin = this.accounts.admin("disabled-sign-in");
		admin.setEnabled(false);
		this.users.save(admin);

		this.mvc.perform(signInRequest(admin.getEmail(), PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
		UserAccount admin = this.accounts.admin("no-csrf");

		this.mvc
			.perform(post("/login").servletPath("/login")
				.param("username", admin.getEmail())
				.param("password", PASSWORD)
				.with(fromNewAddress()))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.sessionsOf(admin.getEmail())).isZero();
	}

	@Test
	void signingOutNeedsTheCsrfTokenAndEndsTheSession() throws Exception {
		UserAccount admin = this.accounts.admin("sign-out");
		Cookie session = signIn(this.mvc, admin.getEmail(), PASSWORD);

		this.mvc.perform(post("/logout").with(withSession(session))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin").with(withSession(session))).andExpect(status().isOk());

		this.mvc.perform(post("/logout").with(withSession(session)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?signedOut"));

		assertThat(this.accounts.sessionsOf(admin.getEmail())).isZero();
		this.mvc.perform(get("/admin").with(withSession(session)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(signInPage("/login?signedOut").select(".alert-success").text()).isEqualTo("You have signed out.");
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		UserAccount admin = this.accounts.admin("fixation");
		MvcResult loginPage = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie before = loginPage.getResponse().getCookie(SESSION_COOKIE);
		assertThat(before).as("the sign-in form's CSRF token lives in a session").isNotNull();
		String token = Jsoup.parse(loginPage.getResponse().getContentAsString()).selectFirst("input[name=_csrf]").val();

		MvcResult signedIn = this.mvc
			.perform(post("/login").servletPath("/login")
				.param("username", admin.getEmail())
				.param("password", PASSWORD)
				.param("_csrf", token)
				.with(withSession(before))
				.with(fromNewAddress()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"))
			.andReturn();

		Cookie after = signedIn.getResponse().getCookie(SESSION_COOKIE);
		assertThat(after).isNotNull();
		assertThat(sessionId(after)).isNotEqualTo(sessionId(before));
		assertThat(this.accounts.sessionExists(sessionId(before))).isFalse();
		assertThat(this.accounts.sessionExists(sessionId(after))).isTrue();
		this.mvc.perform(get("/admin").with(withSession(before)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void tenFailuresLockAKnownAccountEvenAgainstTheRightPassword() throws Exception {
		UserAccount admin = this.accounts.admin("locked");
		String address = "192.0.2." + (1 + (int) (Math.random() * 250));
		for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT - 2; i++) {
			this.throttle.recordFailure(admin.getEmail(), address);
		}
		assertThat(this.throttle.isLocked(admin.getEmail(), "198.51.100.1")).isFalse();

		// The ninth failure over HTTP (held back by the throttle), then the tenth.
		this.mvc.perform(signInRequest(admin.getEmail(), "not the password")).andExpect(redirectedUrl("/login?error"));
		assertThat(this.throttle.isLocked(admin.getEmail(), "198.51.100.1")).isFalse();
		this.throttle.recordFailure(admin.getEmail(), address);
		assertThat(this.throttle.isLocked(admin.getEmail(), "198.51.100.1")).isTrue();

		MvcResult refused = this.mvc.perform(signInRequest(admin.getEmail().toUpperCase(Locale.ROOT), PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?locked"))
			.andReturn();

		assertThat(refused.getResponse().getCookie(SESSION_COOKIE)).isNull();
		assertThat(this.accounts.sessionsOf(admin.getEmail())).isZero();
		assertThat(signInPage("/login?locked").select(".alert-error").text()).startsWith(LOCKED);
	}

	@Test
	void anUnknownAddressIsLockedJustTheSame() throws Exception {
		String nobody = uniqueEmail("nobody-locked");
		String address = "192.0.2." + (1 + (int) (Math.random() * 250));
		for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
			this.throttle.recordFailure(nobody, address);
		}

		this.mvc.perform(signInRequest(nobody, PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsFailures() throws Exception {
		UserAccount admin = this.accounts.admin("cleared");
		for (int i = 0; i < 3; i++) {
			this.throttle.recordFailure(admin.getEmail(), "203.0.113.9");
		}

		signIn(this.mvc, admin.getEmail(), PASSWORD);

		assertThat(this.throttle.delayMillis(admin.getEmail())).isZero();
	}

	@Test
	void controlCharactersInTheAddressAreAWrongSignInNotAnError() throws Exception {
		UserAccount admin = this.accounts.admin("nul-byte");
		String withNul = admin.getEmail().substring(0, 3) + "\u0000" + admin.getEmail().substring(3);

		this.mvc.perform(signInRequest(withNul, PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(signInRequest("nul\u0000byte@example.com", PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"));
	}

	private Document signInPage(String url) throws Exception {
		String body = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(body);
		assertThat(page.select("h1").text()).isEqualTo("Sign in");
		return page;
	}

}
