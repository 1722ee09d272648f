package com.jobboard.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.jobboard.company.Company;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMembers;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.jobboard.job.JobAdminSupport.admin;
import static com.jobboard.job.JobAdminSupport.editPath;
import static com.jobboard.job.JobAdminSupport.jobCount;
import static com.jobboard.job.JobAdminSupport.newJobPath;
import static com.jobboard.job.JobAdminSupport.page;
import static com.jobboard.job.JobAdminSupport.params;
import static com.jobboard.job.JobAdminSupport.submit;
import static com.jobboard.job.JobAdminSupport.token;
import static com.jobboard.job.JobAdminSupport.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open and change which job pages: sign-in, roles, the company's own employers,
 * CSRF, 404s.
 */
@IntegrationTest
class JobAdminAccessIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	JdbcClient jdbc;

	Company companyA;

	Company companyB;

	Job jobOfA;

	@BeforeEach
	void companies() {
		this.companyA = this.testCompanies.company("Access A");
		this.companyB = this.testCompanies.company("Access B");
		this.jobOfA = this.testCompanies.job(this.companyA, "Welder " + token(), JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(10)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/jobs", "/admin/companies/%d/jobs", "/admin/companies/%d/jobs/new",
			"/admin/jobs/%d/edit" })
	void anonymousPeopleAreSentToSignIn(String template) throws Exception {
		String path = template.contains("/admin/jobs/%d") ? template.formatted(this.jobOfA.getId())
				: template.formatted(this.companyA.getId());

		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousPostIsSentToSignInAndSavesNothing() throws Exception {
		this.mvc.perform(post(newJobPath(this.companyA)).with(csrf()).params(params(validForm("Anon " + token()))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));

		assertThat(jobCount(this.jdbc, this.companyA)).isEqualTo(1);
	}

	@Test
	void theListOfEveryJobIsForAdminsOnly() throws Exception {
		this.mvc.perform(page("/admin/jobs", this.members.employerOf(this.companyA))).andExpect(status().isForbidden());
		this.mvc.perform(page("/admin/jobs", admin())).andExpect(status().isOk());
	}

	@Test
	void anEmployerOfAnotherCompanyCannotSeeOrCreateJobsOfThisOne() throws Exception {
		SignedInUser employerOfB = this.members.employerOf(this.companyB);

		this.mvc.perform(page("/admin/companies/" + this.companyA.getId() + "/jobs", employerOfB))
			.andExpect(status().isForbidden());
		this.mvc.perform(page(newJobPath(this.companyA), employerOfB)).andExpect(status().isForbidden());
		this.mvc.perform(submit(newJobPath(this.companyA), employerOfB, validForm("Intruder " + token()), "publish"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(submit(newJobPath(this.companyA), employerOfB, validForm("Intruder " + token()), "save")
				.param("preview", "description"))
			.andExpect(status().isForbidden());

		assertThat(jobCount(this.jdbc, this.companyA)).isEqualTo(1);
	}

	@Test
	void anEmployerOfAnotherCompanyCannotEditItsJobs() throws Exception {
		SignedInUser employerOfB = this.members.employerOf(this.companyB);
		Map<String, String> form = validForm("Hijacked " + token());
		form.put("version", Long.toString(this.jobOfA.getVersion()));

		this.mvc.perform(page(editPath(this.jobOfA.getId()), employerOfB)).andExpect(status().isForbidden());
		for (String action : new String[] { "save", "fill", "publish", "reopen" }) {
			this.mvc.perform(submit(editPath(this.jobOfA.getId()), employerOfB, form, action))
				.andExpect(status().isForbidden());
		}

		Job unchanged = this.jobs.findById(this.jobOfA.getId()).orElseThrow();
		assertThat(unchanged.getTitle()).isEqualTo(this.jobOfA.getTitle());
		assertThat(unchanged.getStatus()).isEqualTo(JobStatus.OPEN);
		assertThat(unchanged.getVersion()).isEqualTo(this.jobOfA.getVersion());
	}

	@Test
	void theCompanysOwnEmployerMayCreateAndEditItsJobs() throws Exception {
		SignedInUser employerOfA = this.members.employerOf(this.companyA);

		this.mvc.perform(page("/admin/companies/" + this.companyA.getId() + "/jobs", employerOfA))
			.andExpect(status().isOk());
		this.mvc.perform(page(newJobPath(this.companyA), employerOfA)).andExpect(status().isOk());
		this.mvc.perform(submit(newJobPath(this.companyA), employerOfA, validForm("Own " + token()), "save"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(page(editPath(this.jobOfA.getId()), employerOfA)).andExpect(status().isOk());

		assertThat(jobCount(this.jdbc, this.companyA)).isEqualTo(2);
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		Map<String, String> form = validForm("No token " + token());

		this.mvc
			.perform(
					post(newJobPath(this.companyA)).with(user(admin())).params(params(form)).param("action", "publish"))
			.andExpect(status().isForbidden());
		form.put("version", Long.toString(this.jobOfA.getVersion()));
		this.mvc.perform(
				post(editPath(this.jobOfA.getId())).with(user(admin())).params(params(form)).param("action", "fill"))
			.andExpect(status().isForbidden());

		assertThat(jobCount(this.jdbc, this.companyA)).isEqualTo(1);
		assertThat(this.jobs.findById(this.jobOfA.getId()).orElseThrow().getStatus()).isEqualTo(JobStatus.OPEN);
	}

	@Test
	void unknownJobsAndCompaniesAnswer404() throws Exception {
		long unknown = Long.MAX_VALUE - 7;

		this.mvc.perform(page(editPath(unknown), admin())).andExpect(status().isNotFound());
		this.mvc.perform(submit(editPath(unknown), admin(), validForm("Ghost " + token()), "save"))
			.andExpect(status().isNotFound());
		this.mvc.perform(page("/admin/companies/" + unknown + "/jobs", admin())).andExpect(status().isNotFound());
		this.mvc.perform(page("/admin/companies/" + unknown + "/jobs/new", admin())).andExpect(status().isNotFound());
		this.mvc
			.perform(
					submit("/admin/companies/" + unknown + "/jobs/new", admin(), validForm("Ghost " + token()), "save"))
			.andExpect(status().isNotFound());
	}

	@Test
	void malformedIdsAnswer404NotAnError() throws Exception {
		this.mvc.perform(page("/admin/jobs/abc/edit", admin())).andExpect(status().isNotFound());
		this.mvc.perform(page("/admin/companies/abc/jobs", admin())).andExpect(status().isNotFound());
		this.mvc.perform(submit("/admin/jobs/1e3/edit", admin(), validForm("x"), "save"))
			.andExpect(status().isNotFound());
	}

	@Test
	void idsTooLargeForANumberAreRefusedAsBadRequests() throws Exception {
		this.mvc.perform(page("/admin/jobs/99999999999999999999999/edit", admin()))
			.andExpect(status().is4xxClientError());
	}

}
