package com.jobboard.limits;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMembers;
import com.jobboard.support.TestCompanies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The per-hour limits on an employer's profile saves and job posts: the form answers 429
 * with a message and what was typed, nothing is saved, only real saves count, the hour
 * slides, and admins are never limited. The defaults (20 saves, 10 job posts) are in
 * force; earlier actions are put straight into the log, dated where the test needs them.
 */
@IntegrationTest
class ActionLimitsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionLimits limits;

	@Autowired
	ActionLog log;

	@Test
	void theLimitsAreTwentyProfileSavesAndTenJobPostsPerHour() {
		assertThat(this.limits.limitOf(LimitedAction.PROFILE_EDIT)).isEqualTo(20);
		assertThat(this.limits.limitOf(LimitedAction.JOB_POST)).isEqualTo(10);
		assertThat(this.limits.limitOf(LimitedAction.REGISTRATION)).isEqualTo(5);
	}

	@Test
	void theSaveOverTheLimitAnswers429KeepsWhatWasTypedAndSavesNothing() throws Exception {
		Company company = this.testCompanies.company("Busy Editor");
		SignedInUser employer = employerOf(company);
		logActions(employer, LimitedAction.PROFILE_EDIT, 19, "30 minutes");

		MvcResult last = this.mvc.perform(save(company, employer, "The twentieth tagline")).andReturn();
		assertThat(last.getResponse().getStatus()).isEqualTo(303);
		Company afterLast = this.companies.findById(company.getId()).orElseThrow();
		assertThat(afterLast.getTagline()).isEqualTo("The twentieth tagline");

		MvcResult refused = this.mvc.perform(save(afterLast, employer, "One tagline too many")).andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1700L, 1800L);
		Document page = parse(refused);
		assertThat(page.select("[role=alert]").text()).contains(
				"You have saved this profile 20 times in the past hour, the most allowed. Nothing was saved; what you "
						+ "typed is kept below. Please try again in 30 minutes.");
		assertThat(page.getElementById("tagline").val()).isEqualTo("One tagline too many");
		Company unchanged = this.companies.findById(company.getId()).orElseThrow();
		assertThat(unchanged.getTagline()).isEqualTo("The twentieth tagline");
		assertThat(unchanged.getVersion()).isEqualTo(afterLast.getVersion());
		assertThat(used(employer, LimitedAction.PROFILE_EDIT)).isEqualTo(20);
	}

	@Test
	void onlySavesThatGoThroughAreCounted() throws Exception {
		Company company = this.testCompanies.company("Careful Editor");
		SignedInUser employer = employerOf(company);

		this.mvc.perform(save(company, employer, "x".repeat(201)));
		this.mvc.perform(save(company, employer, company.getTagline()));
		assertThat(used(employer, LimitedAction.PROFILE_EDIT)).as("an invalid form and an unchanged profile").isZero();

		this.mvc.perform(save(company, employer, "A real change"));
		assertThat(used(employer, LimitedAction.PROFILE_EDIT)).isEqualTo(1);
	}

	@Test
	void anUnchangedProfileSavesFineAtTheLimit() throws Exception {
		Company company = this.testCompanies.company("Idle Editor");
		SignedInUser employer = employerOf(company);
		logActions(employer, LimitedAction.PROFILE_EDIT, 20, "5 minutes");

		MvcResult result = this.mvc.perform(save(company, employer, company.getTagline())).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(result.getFlashMap().get("message")).asString().startsWith("Nothing to save");
	}

	@Test
	void actionsOlderThanAnHourNoLongerCount() throws Exception {
		Company company = this.testCompanies.company("Yesterday's Editor");
		SignedInUser employer = employerOf(company);
		logActions(employer, LimitedAction.PROFILE_EDIT, 20, "61 minutes");

		MvcResult result = this.mvc.perform(save(company, employer, "A new hour")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(this.companies.findById(company.getId()).orElseThrow().getTagline()).isEqualTo("A new hour");
	}

	@Test
	void adminsAreNeverLimited() throws Exception {
		Company company = this.testCompanies.company("Admin Edited");
		SignedInUser admin = new SignedInUser(randomId(), "admin-" + UUID.randomUUID() + "@example.com", "", Role.ADMIN,
				null, true);
		logActions(admin, LimitedAction.PROFILE_EDIT, 40, "1 minute");
		logActions(admin, LimitedAction.JOB_POST, 40, "1 minute");

		assertThat(this.mvc.perform(save(company, admin, "Admins edit freely")).andReturn().getResponse().getStatus())
			.isEqualTo(303);
		assertThat(this.mvc.perform(newJob(company, admin, "Admin Posted", "publish"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(303);
	}

	@Test
	void theJobPostOverTheLimitAnswers429AndMakesNoJob() throws Exception {
		Company company = this.testCompanies.company("Busy Poster");
		SignedInUser employer = employerOf(company);
		logActions(employer, LimitedAction.JOB_POST, 10, "10 minutes");
		String title = "Eleventh Job " + UUID.randomUUID().toString().substring(0, 8);

		MvcResult refused = this.mvc.perform(newJob(company, employer, title, "save")).andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotNull();
		Document page = parse(refused);
		assertThat(page.select("[role=alert]").text()).contains("You have posted 10 jobs in the past hour")
			.contains("Please try again in 50 minutes.");
		assertThat(page.select("input[name=title]").val()).isEqualTo(title);
		assertThat(this.jdbc.sql("select count(*) from jobs where title = ?").param(title).query(Long.class).single())
			.isZero();
	}

	@Test
	void publishingCountsButSavingAJobDoesNot() throws Exception {
		Company company = this.testCompanies.company("Draft Keeper");
		SignedInUser employer = employerOf(company);
		Job draft = this.testCompanies.job(company, "Kept Draft", JobStatus.DRAFT, null);
		logActions(employer, LimitedAction.JOB_POST, 10, "10 minutes");

		MvcResult saved = this.mvc.perform(editJob(draft, employer, "Kept Draft, edited", "save")).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(303);

		MvcResult published = this.mvc.perform(editJob(draft, employer, "Kept Draft, edited", "publish")).andReturn();
		assertThat(published.getResponse().getStatus()).isEqualTo(429);
		assertThat(
				this.jdbc.sql("select status from jobs where id = ?").param(draft.getId()).query(String.class).single())
			.isEqualTo("DRAFT");
	}

	@Test
	void aPublishedNewJobCountsOnce() throws Exception {
		Company company = this.testCompanies.company("Single Poster");
		SignedInUser employer = employerOf(company);

		this.mvc.perform(newJob(company, employer, "Posted Once", "publish"));

		assertThat(used(employer, LimitedAction.JOB_POST)).isEqualTo(1);
	}

	@Test
	void requestsAtTheSameMomentNeverGoPastTheLimit() throws Exception {
		SignedInUser employer = employerOf(this.testCompanies.company("Racing Editor"));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> takes = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				takes.add(() -> this.limits.tryTake(employer, LimitedAction.PROFILE_EDIT).allowed());
			}
			long allowed = 0;
			for (Future<Boolean> take : pool.invokeAll(takes)) {
				allowed += take.get() ? 1 : 0;
			}
			assertThat(allowed).isEqualTo(20);
			assertThat(used(employer, LimitedAction.PROFILE_EDIT)).isEqualTo(20);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void trimmingForgetsActionsOlderThanADay() {
		SignedInUser employer = employerOf(this.testCompanies.company("Old Actions"));
		logActions(employer, LimitedAction.JOB_POST, 2, "25 hours");
		logActions(employer, LimitedAction.JOB_POST, 1, "2 hours");

		this.log.trim();

		assertThat(this.jdbc.sql("select count(*) from action_log where subject = ?")
			.param("account:" + employer.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static long randomId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
	}

	/**
	 * A real owner of the company: who may save its profile is read from the team's
	 * members.
	 */
	private SignedInUser employerOf(Company company) {
		return this.members.employerOf(company);
	}

	private void logActions(SignedInUser user, LimitedAction action, int count, String ago) {
		this.jdbc.sql("""
				insert into action_log (subject, action, at)
				select ?, ?, now() - cast(? as interval) from generate_series(1, ?)
				""").params("account:" + user.id(), action.name(), ago, count).update();
	}

	private long used(SignedInUser user, LimitedAction action) {
		return this.log.used("account:" + user.id(), action, ActionLimits.WINDOW);
	}

	private static MockHttpServletRequestBuilder save(Company company, SignedInUser person, String tagline) {
		MockHttpServletRequestBuilder request = post("/admin/companies/" + company.getId() + "/edit")
			.param("name", company.getName())
			.param("slug", company.getSlug())
			.param("version", Long.toString(company.getVersion()))
			.with(csrf())
			.with(user(person));
		if (tagline != null) {
			request.param("tagline", tagline);
		}
		return request;
	}

	private static MockHttpServletRequestBuilder newJob(Company company, SignedInUser person, String title,
			String action) {
		return post("/admin/companies/" + company.getId() + "/jobs/new").param("title", title)
			.param("employmentType", "FULL_TIME")
			.param("applyUrl", "https://apply.example.com")
			.param("action", action)
			.with(csrf())
			.with(user(person));
	}

	/**
	 * The job form of the job as saved now (its current version), with the title and the
	 * button.
	 */
	private MockHttpServletRequestBuilder editJob(Job job, SignedInUser person, String title, String action) {
		long version = this.jdbc.sql("select version from jobs where id = ?")
			.param(job.getId())
			.query(Long.class)
			.single();
		return post("/admin/jobs/" + job.getId() + "/edit").param("title", title)
			.param("employmentType", "FULL_TIME")
			.param("applyUrl", "https://apply.example.com")
			.param("version", Long.toString(version))
			.param("action", action)
			.with(csrf())
			.with(user(person));
	}

	private static Document parse(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
