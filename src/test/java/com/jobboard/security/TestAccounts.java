package com.jobboard.security;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jobboard.support.TestPasswords;
import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts with unique e-mail addresses for tests sharing one database, and the little
 * things sign-in tests need: a client address of their own (so that the per-address
 * sign-in throttle, shared by every test, never locks other tests out) and the session
 * rows.
 */
final class TestAccounts {

	static final String PASSWORD = TestPasswords.PASSWORD;

	static final String SESSION_COOKIE = "JOBBOARD_SESSION";

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	TestAccounts(UserAccountRepository users, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
	}

	/** A made-up client address, different for every call. */
	static RequestPostProcessor fromNewAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static RequestPostProcessor withSession(Cookie cookie) {
		return (request) -> {
			request.setCookies(cookie);
			return request;
		};
	}

	UserAccount admin(String prefix) {
		return this.users.save(new UserAccount(uniqueEmail(prefix), TestPasswords.HASH, Role.ADMIN, null));
	}

	UserAccount employer(String prefix, long companyId) {
		return this.users.save(new UserAccount(uniqueEmail(prefix), TestPasswords.HASH, Role.EMPLOYER, companyId));
	}

	UserAccount reload(UserAccount account) {
		return this.users.findById(account.getId()).orElseThrow();
	}

	/** How the account would be on a request after signing in. */
	static SignedInUser principal(UserAccount account) {
		return SignedInUser.of(account);
	}

	long sessionsOf(String email) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	boolean sessionExists(String sessionId) {
		return this.jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Signs in through the real form and returns the session cookie.
	 * @return the cookie of the signed-in session
	 */
	static Cookie signIn(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc.perform(signInRequest(email, password))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
		assertThat(cookie).as("session cookie after signing in").isNotNull();
		return cookie;
	}

	/** The sign-in form's POST, with its CSRF token, from an address of its own. */
	static MockHttpServletRequestBuilder signInRequest(String email, String password) {
		// The throttle filter looks at the servlet path, which MockMvc leaves empty
		// unless told.
		return post("/login").servletPath("/login")
			.param("username", email)
			.param("password", password)
			.with(csrf())
			.with(fromNewAddress());
	}

	/** The session id inside the cookie (Spring Session writes it Base64-encoded). */
	static String sessionId(Cookie cookie) {
		return new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
				java.nio.charset.StandardCharsets.UTF_8);
	}

}
