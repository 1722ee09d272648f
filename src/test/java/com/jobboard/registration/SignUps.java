package com.jobboard.registration;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jobboard.support.TestPasswords;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the sign-up tests share: the sign-up form's POST from a client address of its own
 * (the per-address limit is shared by every test on the database), and signing in through
 * the real form.
 */
final class SignUps {

	static final String PASSWORD = TestPasswords.PASSWORD;

	static final String RECEIVED = "/employers/register/received";

	/**
	 * Test addresses from the benchmarking range 198.18.0.0/15 (RFC 2544), one per call,
	 * never repeated in a run.
	 */
	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger((int) (System.nanoTime() & 0x3FFF) * 4);

	private SignUps() {
	}

	static String token() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	static String uniqueEmail() {
		return "signup-" + token() + "@example.com";
	}

	/** A client address no other request in this run used. */
	static String newAddress() {
		int n = NEXT_ADDRESS.incrementAndGet() & 0x1FFFF;
		return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A complete, valid sign-up of a new company, from the given address. */
	static MockHttpServletRequestBuilder signUp(String email, String companyName, String address) {
		return post("/employers/register").param("email", email)
			.param("password", PASSWORD)
			.param("confirmPassword", PASSWORD)
			.param("companyName", companyName)
			.param("website", "https://example.com/" + token())
			.param("homepage", "")
			.with(csrf())
			.with(from(address));
	}

	/** Signs in through the real form and answers the session cookie. */
	static Cookie signIn(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc.perform(signInRequest(email, password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", email).isEqualTo("/admin");
		Cookie cookie = result.getResponse().getCookie("JOBBOARD_SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	static MockHttpServletRequestBuilder signInRequest(String email, String password) {
		// The throttle filter looks at the servlet path, which MockMvc leaves empty
		// unless told.
		return post("/login").servletPath("/login")
			.param("username", email)
			.param("password", password)
			.with(csrf())
			.with(from(newAddress()));
	}

	static RequestPostProcessor withSession(Cookie cookie) {
		return (request) -> {
			request.setCookies(cookie);
			return request;
		};
	}

	static Document parse(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
