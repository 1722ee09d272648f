package com.jobboard.api;

import java.net.http.HttpResponse;

import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error under {@code /api} is RFC 9457 problem details as JSON, whether a
 * controller saw the request or not, and never shows the server's insides; the pages keep
 * their HTML errors.
 */
@IntegrationTest
class ApiErrorIT {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	HttpPages web;

	@BeforeEach
	void setUp() {
		this.web = HttpPages.plain(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/nothing", "/api/jobs/1/more", "/api/companies/a/b/c", "/api/jobs.xml" })
	void unknownAddressesAre404Problems(String path) throws Exception {
		JsonNode problem = problem(this.web.get(path), 404, path);

		assertThat(problem.get("title").asString()).isEqualTo("Not Found");
	}

	@ParameterizedTest
	@CsvSource({ "POST,/api/jobs", "PUT,/api/companies/acme", "DELETE,/api/jobs/1", "PATCH,/api/companies" })
	void changingMethodsAre405ProblemsNotCsrfRefusals(String method, String path) throws Exception {
		HttpResponse<String> response = this.web.send(method, path);

		problem(response, 405, path);
		assertThat(response.headers().firstValue("Allow")).get().asString().contains("GET");
	}

	@Test
	void anOverlongAddressIsA414Problem() throws Exception {
		HttpResponse<String> response = this.web.get("/api/jobs?q=" + "x".repeat(600));

		problem(response, 414, "/api/jobs");
	}

	@Test
	void askingForHtmlIsA406Problem() throws Exception {
		HttpResponse<String> response = this.web.get("/api/jobs", "Accept", "text/html");

		problem(response, 406, "/api/jobs");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/api/jobs?page=abc|page", "/api/jobs?page=0|page", "/api/companies?page=10001|page",
					"/api/jobs?size=101|size", "/api/companies?size=0|size", "/api/jobs?type=SOMETIMES|type",
					"/api/jobs?remote=maybe|remote", "/api/jobs?sort=BEST|sort", "/api/jobs/abc|id" })
	void badParametersAre400ProblemsNamingTheParameter(String path, String parameter) throws Exception {
		JsonNode problem = problem(this.web.get(path), 400, path.replaceAll("\\?.*", ""));

		assertThat(problem.get("detail").asString()).startsWith(parameter + " ");
		assertThat(problem.get("invalidParams")).hasSize(1);
		assertThat(problem.get("invalidParams").get(0).get("name").asString()).isEqualTo(parameter);
	}

	@Test
	void apiIndexNamesTheLists() throws Exception {
		HttpResponse<String> response = this.web.get("/api");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode index = this.json.readTree(response.body());
		assertThat(index.get("companies").asString()).isEqualTo(this.web.base() + "/api/companies");
		assertThat(index.get("jobs").asString()).isEqualTo(this.web.base() + "/api/jobs");
	}

	@Test
	void anyWebOriginMayReadTheApi() throws Exception {
		HttpResponse<String> response = this.web.get("/api/jobs", "Origin", "https://elsewhere.example");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/jobs", "/api/nothing", "/api/jobs?size=0" })
	void answersCarryTheSiteSecurityHeadersOnce(String path) throws Exception {
		HttpResponse<String> response = this.web.get(path);

		for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy" }) {
			assertThat(response.headers().allValues(header)).as("%s on %s", header, path).hasSize(1);
		}
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void pagesKeepTheirHtmlErrorPages() throws Exception {
		HttpResponse<String> response = this.web.get("/no-such-page", "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
	}

	/**
	 * Checks the problem's form and that it gives nothing of the server away; returns it.
	 */
	private JsonNode problem(HttpResponse<String> response, int status, String path) throws Exception {
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.get()
			.asString()
			.startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.propertyNames()).as(path).startsWith("type", "title", "status", "detail", "instance");
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("instance").asString()).isEqualTo(path);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(response.body()).as(path)
			.doesNotContain("Exception", "java.", "com.jobboard", "org.springframework", "\tat ", "trace");
		return problem;
	}

}
