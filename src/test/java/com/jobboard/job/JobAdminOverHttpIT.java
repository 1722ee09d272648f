package com.jobboard.job;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.jobboard.company.Company;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.jobboard.job.JobAdminSupport.jobCount;
import static com.jobboard.job.JobAdminSupport.token;
import static com.jobboard.job.JobAdminSupport.validForm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job pages through the real server, signed in with a real session: bad and oversized
 * input and unknown addresses get a friendly 4xx page or the form again, never a server
 * error.
 */
@IntegrationTest
class JobAdminOverHttpIT {

	private static final String PASSWORD = TestPasswords.PASSWORD;

	/** What a browser asks for: error pages then come as HTML, not JSON. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	UserAccountRepository users;

	@Autowired
	JdbcClient jdbc;

	HttpClient client;

	Company company;

	@BeforeEach
	void signIn() throws Exception {
		this.company = this.testCompanies.company("Over HTTP");
		String email = "http-" + token() + "@jobs.example.test";
		this.users.save(new UserAccount(email, TestPasswords.HASH, Role.EMPLOYER, this.company.getId()));
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String csrf = csrfOf(get("/login").body());
		HttpResponse<String> signedIn = post("/login", Map.of("username", email, "password", PASSWORD, "_csrf", csrf));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
	}

	@Test
	void anOversizedDescriptionComesBackWithAMessage() throws Exception {
		Map<String, String> form = formWithToken();
		form.put("description", "word ".repeat(30_000));

		HttpResponse<String> response = post(newJobPath(), form);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(response.body()).getElementById("description-error").text())
			.contains("at most 100,000 characters");
		assertThat(jobCount(this.jdbc, this.company)).isZero();
	}

	@Test
	void aRequestBeyondTheServersSizeLimitIsRefusedWithoutAServerError() throws Exception {
		Map<String, String> form = formWithToken();
		form.put("description", "x".repeat(3 * 1024 * 1024));

		HttpResponse<String> response = post(newJobPath(), form);

		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(jobCount(this.jdbc, this.company)).isZero();
	}

	@Test
	void malformedNumbersAndDatesComeBackWithMessages() throws Exception {
		Map<String, String> form = formWithToken();
		form.put("salaryMin", "abc");
		form.put("expiresOn", "2026-13-45");
		form.put("employmentType", "<script>");

		HttpResponse<String> response = post(newJobPath(), form);

		assertThat(response.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(response.body());
		assertThat(page.getElementById("salaryMin-error").text()).contains("Enter an amount in digits");
		assertThat(page.getElementById("salaryMin").val()).isEqualTo("abc");
		assertThat(page.getElementById("expiresOn-error").text()).contains("Enter a date like");
		assertThat(page.getElementById("employmentType-error").text()).contains("Choose one of the employment types");
		assertThat(response.body()).doesNotContain("<script>");
	}

	@Test
	void unknownAndForbiddenAddressesGetFriendlyPages() throws Exception {
		// An employer is refused any job outside their teams, whether it exists or not:
		// the answer tells nothing
		// about other companies' jobs.
		assertFriendly(get("/admin/jobs/" + (Long.MAX_VALUE - 1) + "/edit"), 403, "You are not allowed to do that");
		assertFriendly(get("/admin/jobs/abc/edit"), 404, "We could not find that page");
		assertFriendly(get("/admin/jobs/99999999999999999999999/edit"), 400, "We could not handle that request");
		assertFriendly(get("/admin/jobs"), 403, "You are not allowed to do that");
		assertFriendly(get("/admin/companies/" + (Long.MAX_VALUE - 1) + "/jobs/new"), 403,
				"You are not allowed to do that");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		Map<String, String> form = validForm("No token " + token());

		HttpResponse<String> response = post(newJobPath(), form);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(jobCount(this.jdbc, this.company)).isZero();
	}

	@Test
	void aGoodFormIsSavedAndRedirectsToTheEditPage() throws Exception {
		HttpResponse<String> response = post(newJobPath(), formWithToken());

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).get().asString().matches(".*/admin/jobs/\\d+/edit");
		assertThat(jobCount(this.jdbc, this.company)).isOne();
	}

	private Map<String, String> formWithToken() throws Exception {
		HttpResponse<String> page = get(newJobPath());
		assertThat(page.statusCode()).isEqualTo(200);
		Map<String, String> form = new LinkedHashMap<>(validForm("Over HTTP " + token()));
		form.put("_csrf", csrfOf(page.body()));
		form.put("action", "publish");
		return form;
	}

	private String newJobPath() {
		return "/admin/companies/" + this.company.getId() + "/jobs/new";
	}

	private static String csrfOf(String html) {
		String token = Jsoup.parse(html).select("main form input[name=_csrf]").val();
		assertThat(token).as("CSRF token in the page's form").isNotEmpty();
		return token;
	}

	private static void assertFriendly(HttpResponse<String> response, int status, String heading) {
		assertThat(response.statusCode()).isEqualTo(status);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").eachText()).containsExactly(heading);
		assertThat(response.body()).doesNotContain("Exception", "at com.jobboard", "Whitelabel");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", BROWSER_ACCEPT)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", BROWSER_ACCEPT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
