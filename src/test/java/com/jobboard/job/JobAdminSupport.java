package com.jobboard.job;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.jobboard.company.Company;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the job admin tests share: people, a valid job form, requests and reading the
 * answers.
 */
final class JobAdminSupport {

	/** Ids far from real accounts': the principal is all the job pages look at. */
	private static final AtomicLong USER_IDS = new AtomicLong(900_000_000L);

	private JobAdminSupport() {
	}

	static SignedInUser admin() {
		long id = USER_IDS.incrementAndGet();
		return new SignedInUser(id, "admin-" + id + "@jobs.example.test", "{noop}unused", Role.ADMIN, null, true);
	}

	static String token() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/** Every field filled with values that pass every rule, publishing included. */
	static Map<String, String> validForm(String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", title);
		form.put("employmentType", "FULL_TIME");
		form.put("location", "Berlin");
		form.put("countryCode", "DE");
		form.put("remote", "true");
		form.put("_remote", "on");
		form.put("salaryMin", "65000");
		form.put("salaryMax", "80000.50");
		form.put("salaryCurrency", "EUR");
		form.put("salaryPeriod", "YEAR");
		form.put("description", "We **build** robots.\n\n- one\n- two");
		form.put("applyUrl", "https://jobs.example.com/apply");
		form.put("applyEmail", "jobs@example.com");
		form.put("expiresOn", today().plusDays(30).toString());
		form.put("version", "");
		return form;
	}

	static MultiValueMap<String, String> params(Map<String, String> form) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		form.forEach(params::add);
		return params;
	}

	static MockHttpServletRequestBuilder submit(String path, SignedInUser user, Map<String, String> form,
			String action) {
		MockHttpServletRequestBuilder request = post(path).with(user(user)).with(csrf()).params(params(form));
		return (action != null) ? request.param("action", action) : request;
	}

	static MockHttpServletRequestBuilder page(String path, SignedInUser user) {
		return get(path).with(user(user));
	}

	static String newJobPath(Company company) {
		return "/admin/companies/" + company.getId() + "/jobs/new";
	}

	static String editPath(long jobId) {
		return "/admin/jobs/" + jobId + "/edit";
	}

	/** The id of the job a successful save redirected to. */
	static long savedJobId(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("redirect after saving").matches("/admin/jobs/\\d+/edit");
		return Long.parseLong(location.replaceAll("\\D", ""));
	}

	static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	/** The error shown beside a field, checked to be tied to its control. */
	static String fieldError(Document page, String field) {
		Element error = page.getElementById(field + "-error");
		assertThat(error).as("error of %s", field).isNotNull();
		Element control = page.getElementById(field);
		assertThat(control).as("control of %s", field).isNotNull();
		assertThat(control.attr("aria-describedby").split(" ")).as("aria-describedby of %s", field)
			.contains(field + "-error");
		assertThat(control.attr("aria-invalid")).isEqualTo("true");
		return error.text();
	}

	/** How many jobs a company has, straight from the table. */
	static long jobCount(JdbcClient jdbc, Company company) {
		return jdbc.sql("select count(*) from jobs where company_id = ?")
			.param(company.getId())
			.query(Long.class)
			.single();
	}

}
