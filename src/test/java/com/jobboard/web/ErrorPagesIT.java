package com.jobboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.jobboard.support.HttpPages.assertFriendlyErrorPage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors as a browser gets them from the real server: each status has a page in the
 * site's layout, with no stack trace, exception or class name; limits on addresses, forms
 * and headers answer with a 4xx, never a 500 or the container's own page.
 */
@IntegrationTest
class ErrorPagesIT {

	@LocalServerPort
	int port;

	HttpPages http;

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void anUnknownAddressAnswers404WithAWayOn() throws Exception {
		Document page = assertFriendlyErrorPage(this.http.get("/no/such/page"), 404, "We could not find that page");

		assertThat(page.title()).isEqualTo("Page not found · Job Board");
		assertThat(page.select("main a").eachAttr("href")).contains("/", "/companies");
	}

	@Test
	void aPageThatRefusesTheMethodAnswers405() throws Exception {
		// With a valid CSRF token, so that it is the method, not the missing token, that
		// is refused.
		String token = Jsoup.parse(this.http.get("/login").body()).selectFirst("input[name=_csrf]").val();

		HttpResponse<String> response = this.http.post("/companies", Map.of("_csrf", token));

		Document page = assertFriendlyErrorPage(response, 405, "This page cannot do that");
		assertThat(page.title()).isEqualTo("Not possible here · Job Board");
		assertThat(response.headers().firstValue("Allow")).get().asString().contains("GET");
	}

	@Test
	void aBugAnswers500WithoutItsDetails() throws Exception {
		HttpResponse<String> response = this.http.get(TestOnlyEndpoints.FAILURE_PATH);

		Document page = assertFriendlyErrorPage(response, 500, "Something went wrong on our side");
		assertThat(page.title()).isEqualTo("Something went wrong · Job Board");
		assertThat(response.body()).doesNotContain("IllegalStateException", "nobody should see", "TestOnlyEndpoints");
	}

	@Test
	void aBugAnswersJsonWithoutDetailsToClientsThatAskForJson() throws Exception {
		HttpResponse<String> response = this.http.get(TestOnlyEndpoints.FAILURE_PATH, "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("IllegalStateException", "nobody should see", "trace",
				"TestOnlyEndpoints");
	}

	@Test
	void aPostWithoutItsCsrfTokenAnswers403() throws Exception {
		HttpResponse<String> response = this.http.post("/logout", Map.of());

		Document page = assertFriendlyErrorPage(response, 403, "You are not allowed to do that");
		assertThat(page.title()).isEqualTo("Not allowed · Job Board");
	}

	@Test
	void aTooLongSearchTermAnswers414() throws Exception {
		HttpResponse<String> response = this.http.get("/companies?q=" + "a".repeat(501));

		Document page = assertFriendlyErrorPage(response, 414, "We could not handle that request");
		assertThat(page.select("main p").first().text()).contains("too long");
	}

	@Test
	void aSearchTermJustWithinTheLimitIsSearched() throws Exception {
		assertThat(this.http.get("/companies?q=" + "a".repeat(500)).statusCode()).isEqualTo(200);
		// Encoded, 500 characters take far more than 500 bytes: the decoded length
		// counts.
		assertThat(this.http.get("/companies?q=" + "%C3%A4".repeat(500)).statusCode()).isEqualTo(200);
	}

	@Test
	void aTooLongAddressAnswers414() throws Exception {
		HttpResponse<String> response = this.http.get("/companies?" + "sector=x&".repeat(600));

		assertFriendlyErrorPage(response, 414, "We could not handle that request");
	}

	@Test
	void aFormBodyOverTheLimitAnswers413() throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", "someone@example.com");
		form.put("password", "x".repeat(1_200_000));

		HttpResponse<String> response = this.http.post("/login", form);

		Document page = assertFriendlyErrorPage(response, 413, "That was more than we accept");
		assertThat(page.text()).doesNotContain("logo");
	}

	@Test
	void tooManyParametersAnswer400() throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < 600; i++) {
			form.put("p" + i, "v");
		}

		HttpResponse<String> response = this.http.post("/login", form);

		assertFriendlyErrorPage(response, 400, "We could not handle that request");
	}

	@Test
	void oversizedHeadersGetOurPageFromTheContainer() throws Exception {
		String response = rawRequest(
				"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n");

		assertContainerErrorPage(response);
		assertThat(this.http.get("/assets/css/site.css").statusCode()).as("the page's stylesheet").isEqualTo(200);
	}

	@Test
	void aRequestLineOverTheHeaderLimitGetsOurPageFromTheContainer() throws Exception {
		String response = rawRequest(
				"GET /companies?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertContainerErrorPage(response);
	}

	/**
	 * Tomcat refuses these before the application sees them (400), with our page instead
	 * of its own.
	 */
	private static void assertContainerErrorPage(String response) {
		assertThat(response.lines().findFirst().orElse("")).startsWith("HTTP/1.1 400");
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		Document page = Jsoup.parse(new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		assertThat(page.select("h1").eachText()).containsExactly("We could not handle that request");
		assertThat(page.select("header.site-header a.brand").text()).isEqualTo("Job Board");
		assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/css/site.css");
		assertThat(body).doesNotContain("Exception", "at org.", "Apache Tomcat", "HTTP Status");
	}

	private String rawRequest(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
