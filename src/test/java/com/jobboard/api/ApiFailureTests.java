package com.jobboard.api;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Failures the running application cannot be made to have on purpose: the database out of
 * reach (503) and a bug (500), in a controller and outside one. They are problem details
 * too, and tell nothing of what failed inside.
 */
class ApiFailureTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ApiJobs jobs = mock(ApiJobs.class);

	@Test
	void databaseOutOfReachIsA503ProblemWithRetryAfter() throws Exception {
		given(this.jobs.find(7)).willThrow(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

		MvcResult result = mvc().perform(get("/api/jobs/7")).andReturn();

		JsonNode problem = problem(result, 503, "/api/jobs/7");
		assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("10");
		assertThat(problem.get("title").asString()).isEqualTo("Service Unavailable");
	}

	@Test
	void aBugIsA500ProblemThatKeepsItsMessageInside() throws Exception {
		given(this.jobs.find(8)).willThrow(new IllegalStateException("secret table jobs_internal broke"));

		MvcResult result = mvc().perform(get("/api/jobs/8")).andReturn();

		problem(result, 500, "/api/jobs/8");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("secret", "jobs_internal");
	}

	@Test
	void aFailureOutsideTheControllersIsA500Problem() throws Exception {
		Filter broken = (request, response, chain) -> {
			throw new IllegalArgumentException("secret filter state");
		};

		MvcResult result = mvc(broken).perform(get("/api/jobs/9")).andReturn();

		problem(result, 500, "/api/jobs/9");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("secret");
	}

	@Test
	void aRefusalOutsideTheControllersIsAProblemWithItsStatus() throws Exception {
		Filter refusing = (request, response, chain) -> ((jakarta.servlet.http.HttpServletResponse) response)
			.sendError(429, "secret limit of client 10.0.0.1");

		MvcResult result = mvc(refusing).perform(get("/api/jobs")).andReturn();

		JsonNode problem = problem(result, 429, "/api/jobs");
		assertThat(problem.get("title").asString()).isEqualTo("Too Many Requests");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("secret");
	}

	@Test
	void anHtmlErrorPageSomethingElseWroteIsReplacedByAProblemWithItsStatusAndHeaders() throws Exception {
		// As the site's outage page answers when the database is known to be down.
		Filter outagePage = (request, response, chain) -> {
			jakarta.servlet.http.HttpServletResponse http = (jakarta.servlet.http.HttpServletResponse) response;
			http.setStatus(503);
			http.setHeader("Retry-After", "10");
			http.setContentType("text/html;charset=UTF-8");
			http.getWriter().write("<!DOCTYPE html><title>Down</title><p>secret host db-1:5432</p>");
			http.flushBuffer();
		};

		MvcResult result = mvc(outagePage).perform(get("/api/jobs/10")).andReturn();

		problem(result, 503, "/api/jobs/10");
		assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("10");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("secret", "<html", "<p>");
	}

	@Test
	void aForwardToTheSiteErrorPageBecomesAProblem() throws Exception {
		// As the site's outage page answers when the database is known to be down:
		// status, then the error page.
		Filter outageForward = (request, response, chain) -> {
			((jakarta.servlet.http.HttpServletResponse) response).setStatus(503);
			((jakarta.servlet.http.HttpServletResponse) response).setHeader("Retry-After", "10");
			request.getRequestDispatcher("/error").forward(request, response);
		};

		MvcResult result = mvc(outageForward).perform(get("/api/companies/acme")).andReturn();

		problem(result, 503, "/api/companies/acme");
		assertThat(result.getResponse().getForwardedUrl()).isNull();
		assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("10");
	}

	@Test
	void successfulAnswersPassThroughUnchanged() throws Exception {
		Filter page = (request, response, chain) -> {
			response.setContentType("application/json");
			response.getWriter().write("{\"fine\":true}");
		};

		MvcResult result = mvc(page).perform(get("/api/jobs/11")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).isEqualTo("{\"fine\":true}");
	}

	private MockMvc mvc(Filter... inner) {
		Filter[] filters = new Filter[inner.length + 1];
		filters[0] = new ApiProblemFilter(this.json, "/error");
		System.arraycopy(inner, 0, filters, 1, inner.length);
		return MockMvcBuilders.standaloneSetup(new JobApiController(this.jobs, mock(ApiLinks.class)))
			.setControllerAdvice(new ApiExceptionHandler())
			.addFilters(filters)
			.build();
	}

	private JsonNode problem(MvcResult result, int status, String path) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		String body = result.getResponse().getContentAsString();
		JsonNode problem = this.json.readTree(body);
		assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail", "instance");
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("instance").asString()).isEqualTo(path);
		assertThat(body).doesNotContain("Exception", "java.", "com.jobboard", "\tat ");
		return problem;
	}

}
