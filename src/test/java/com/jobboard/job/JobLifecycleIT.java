package com.jobboard.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.jobboard.company.Company;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMembers;
import com.jobboard.support.TestCompanies;
import com.jobboard.web.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.jobboard.job.JobAdminSupport.admin;
import static com.jobboard.job.JobAdminSupport.editPath;
import static com.jobboard.job.JobAdminSupport.fieldError;
import static com.jobboard.job.JobAdminSupport.html;
import static com.jobboard.job.JobAdminSupport.jobCount;
import static com.jobboard.job.JobAdminSupport.newJobPath;
import static com.jobboard.job.JobAdminSupport.page;
import static com.jobboard.job.JobAdminSupport.savedJobId;
import static com.jobboard.job.JobAdminSupport.submit;
import static com.jobboard.job.JobAdminSupport.today;
import static com.jobboard.job.JobAdminSupport.token;
import static com.jobboard.job.JobAdminSupport.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A job's life through the admin pages, and what the public side shows at each step:
 * draft, published, filled, reopened; stale saves and previews.
 */
@IntegrationTest
class JobLifecycleIT {

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

	@Autowired
	MarkdownRenderer markdown;

	@Test
	void aNewJobIsSavedAsADraftThatThePublicCannotSee() throws Exception {
		Company company = this.testCompanies.company("Drafty");
		String title = "Plant Engineer (m/f/d) " + token();

		MvcResult result = this.mvc.perform(submit(newJobPath(company), admin(), validForm(title), "save"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("message", "Draft saved."))
			.andReturn();

		Job job = this.jobs.findById(savedJobId(result)).orElseThrow();
		assertThat(job.getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(job.getPostedAt()).isNull();
		assertThat(job.getTitle()).isEqualTo(title);
		assertThat(job.getSlug()).isEqualTo(Slugs.slugify(title));
		assertThat(job.getEmploymentType()).isEqualTo(EmploymentType.FULL_TIME);
		assertThat(job.getLocation()).isEqualTo("Berlin");
		assertThat(job.getCountryCode()).isEqualTo("DE");
		assertThat(job.isRemote()).isTrue();
		assertThat(job.getSalaryMin()).isEqualByComparingTo("65000");
		assertThat(job.getSalaryMax()).isEqualByComparingTo("80000.50");
		assertThat(job.getSalaryCurrency()).isEqualTo("EUR");
		assertThat(job.getSalaryPeriod()).isEqualTo(SalaryPeriod.YEAR);
		assertThat(job.getDescriptionHtml()).isEqualTo(this.markdown.toSafeHtml(job.getDescriptionMarkdown()))
			.contains("<strong>build</strong>");
		assertThat(job.getApplyUrl()).isEqualTo("https://jobs.example.com/apply");
		assertThat(job.getApplyEmail()).isEqualTo("jobs@example.com");
		this.mvc.perform(get("/jobs/" + job.getId() + "/" + job.getSlug())).andExpect(status().isNotFound());
		assertThat(postedJobs(company)).isZero();
	}

	@Test
	void theEditPageShowsTheSavedValuesAndTheFlashMessage() throws Exception {
		Company company = this.testCompanies.company("Flashy");
		SignedInUser admin = admin();
		MvcResult saved = this.mvc.perform(submit(newJobPath(company), admin, validForm("Baker " + token()), "save"))
			.andReturn();
		long id = savedJobId(saved);

		// The browser follows the redirect with its session, where the flash message
		// waits.
		MockHttpServletRequestBuilder followRedirect = page(editPath(id), admin)
			.session((MockHttpSession) saved.getRequest().getSession());
		if (saved.getResponse().getCookies().length > 0) {
			followRedirect.cookie(saved.getResponse().getCookies());
		}
		Document page = html(this.mvc.perform(followRedirect).andExpect(status().isOk()).andReturn());

		assertThat(page.select(".flash .alert-success").text()).isEqualTo("Draft saved.");
		assertThat(page.getElementById("title").val()).startsWith("Baker ");
		assertThat(page.getElementById("salaryMin").val()).isEqualTo("65000");
		assertThat(page.getElementById("salaryMax").val()).isEqualTo("80000.50");
		assertThat(page.getElementById("expiresOn").val()).isEqualTo(today().plusDays(30).toString());
		assertThat(page.select("#employmentType option[selected]").val()).isEqualTo("FULL_TIME");
		assertThat(page.select("#countryCode option[selected]").val()).isEqualTo("DE");
		assertThat(page.getElementById("remote").hasAttr("checked")).isTrue();
		assertThat(page.getElementById("description").val()).startsWith("We **build** robots.");
		assertThat(page.select("input[name=version]").val()).isEqualTo("0");
		assertThat(page.select("button[name=action]").eachAttr("value")).containsExactly("save", "publish");
	}

	@Test
	void publishingPutsTheJobOnItsPageAndOnTheCompanysProfile() throws Exception {
		Company company = this.testCompanies.company("Publisher");
		String title = "Data Scientist " + token();
		SignedInUser employer = this.members.employerOf(company);
		long id = savedJobId(
				this.mvc.perform(submit(newJobPath(company), employer, validForm(title), "save")).andReturn());
		assertThat(postedJobs(company)).isZero();

		Instant before = Instant.now();
		this.mvc.perform(submit(editPath(id), employer, withVersion(validForm(title), id), "publish"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("message", "Job published: it is on the board now."));

		Job job = this.jobs.findById(id).orElseThrow();
		assertThat(job.getStatus()).isEqualTo(JobStatus.OPEN);
		assertThat(job.getPostedAt()).isAfterOrEqualTo(before.minusSeconds(1));
		Document jobPage = Jsoup.parse(this.mvc.perform(get("/jobs/" + id + "/" + job.getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(jobPage.select("h1").eachText()).containsExactly(title);
		assertThat(jobPage.select(".prose strong").text()).isEqualTo("build");
		assertThat(jobPage.select(".apply a.button").attr("href")).isEqualTo("https://jobs.example.com/apply");
		assertThat(postedJobs(company)).isEqualTo(1);
		assertThat(openJobTitles(company)).containsExactly(title);
	}

	@Test
	void aJobCanBePublishedStraightFromTheNewJobForm() throws Exception {
		Company company = this.testCompanies.company("Straight");
		String title = "Courier " + token();

		MvcResult result = this.mvc.perform(submit(newJobPath(company), admin(), validForm(title), "publish"))
			.andExpect(status().isSeeOther())
			.andReturn();

		assertThat(this.jobs.findById(savedJobId(result)).orElseThrow().getStatus()).isEqualTo(JobStatus.OPEN);
		assertThat(openJobTitles(company)).containsExactly(title);
	}

	@Test
	void closingAsFilledTakesTheJobOffTheProfileAtOnceAndReopeningBringsItBack() throws Exception {
		Company company = this.testCompanies.company("Filler");
		String title = "Nurse " + token();
		String other = "Porter " + token();
		SignedInUser admin = admin();
		long id = savedJobId(
				this.mvc.perform(submit(newJobPath(company), admin, validForm(title), "publish")).andReturn());
		this.mvc.perform(submit(newJobPath(company), admin, validForm(other), "publish"))
			.andExpect(status().isSeeOther());
		assertThat(postedJobs(company)).isEqualTo(2);
		Instant postedAt = this.jobs.findById(id).orElseThrow().getPostedAt();

		this.mvc.perform(submit(editPath(id), admin, withVersion(validForm(title), id), "fill"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("message", "Job closed as filled: it is off the board."));

		Job filled = this.jobs.findById(id).orElseThrow();
		assertThat(filled.getStatus()).isEqualTo(JobStatus.FILLED);
		assertThat(postedJobs(company)).isEqualTo(1);
		assertThat(openJobTitles(company)).containsExactly(other);
		Document closedPage = Jsoup.parse(this.mvc.perform(get("/jobs/" + id + "/" + filled.getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(closedPage.select("p.notice").text()).contains("closed");
		assertThat(closedPage.select(".apply")).isEmpty();

		this.mvc.perform(submit(editPath(id), admin, withVersion(validForm(title), id), "reopen"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("message", "Job reopened: it is on the board again."));

		Job reopened = this.jobs.findById(id).orElseThrow();
		assertThat(reopened.getStatus()).isEqualTo(JobStatus.OPEN);
		assertThat(reopened.getPostedAt()).as("posted once").isEqualTo(postedAt);
		assertThat(postedJobs(company)).isEqualTo(2);
		assertThat(openJobTitles(company)).containsExactlyInAnyOrder(title, other);
	}

	@Test
	void savingChangesToAnOpenJobShowsThemOnTheProfileAtOnce() throws Exception {
		Company company = this.testCompanies.company("Renamer");
		String title = "Chef " + token();
		SignedInUser admin = admin();
		long id = savedJobId(
				this.mvc.perform(submit(newJobPath(company), admin, validForm(title), "publish")).andReturn());
		assertThat(openJobTitles(company)).containsExactly(title);

		this.mvc.perform(submit(editPath(id), admin, withVersion(validForm("Head " + title), id), "save"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("message", "Changes saved."));

		assertThat(openJobTitles(company)).containsExactly("Head " + title);
		Job job = this.jobs.findById(id).orElseThrow();
		assertThat(job.getSlug()).isEqualTo(Slugs.slugify("Head " + title));
		this.mvc.perform(get("/jobs/" + id + "/" + Slugs.slugify(title))).andExpect(status().isMovedPermanently());
	}

	@Test
	void anExpiredJobShowsAsExpiredAndReopensOnlyWithADateToCome() throws Exception {
		Company company = this.testCompanies.company("Expirer");
		String title = "Gardener " + token();
		Job job = this.testCompanies.job(company, title, JobStatus.OPEN, Instant.now().minus(Duration.ofDays(3)));
		SignedInUser admin = admin();
		assertThat(postedJobs(company)).isZero();

		Document page = html(
				this.mvc.perform(page(editPath(job.getId()), admin)).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".job-facts .status").text()).isEqualTo("Expired");
		assertThat(page.select("button[name=action]").eachAttr("value")).containsExactly("save", "reopen", "fill");

		Map<String, String> form = withVersion(validForm(title), job.getId());
		form.put("expiresOn", page.getElementById("expiresOn").val());
		Document refused = html(this.mvc.perform(submit(editPath(job.getId()), admin, form, "reopen"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(fieldError(refused, "expiresOn")).contains("To reopen the job, choose today or a later date");
		assertThat(postedJobs(company)).isZero();

		form.put("expiresOn", "");
		this.mvc.perform(submit(editPath(job.getId()), admin, form, "reopen")).andExpect(status().isSeeOther());
		Job reopened = this.jobs.findById(job.getId()).orElseThrow();
		assertThat(reopened.getExpiresAt()).isNull();
		assertThat(reopened.isOpenAt(Instant.now())).isTrue();
		assertThat(postedJobs(company)).isEqualTo(1);
	}

	@Test
	void anOpenJobPastItsExpiryCanStillBeEditedWithoutChangingTheDate() throws Exception {
		Company company = this.testCompanies.company("Late edit");
		String title = "Tiler " + token();
		Job job = this.testCompanies.job(company, title, JobStatus.OPEN, Instant.now().minus(Duration.ofDays(3)));
		SignedInUser admin = admin();
		Document page = html(this.mvc.perform(page(editPath(job.getId()), admin)).andReturn());
		Map<String, String> form = withVersion(validForm("Senior " + title), job.getId());
		form.put("expiresOn", page.getElementById("expiresOn").val());

		this.mvc.perform(submit(editPath(job.getId()), admin, form, "save")).andExpect(status().isSeeOther());

		assertThat(this.jobs.findById(job.getId()).orElseThrow().getTitle()).isEqualTo("Senior " + title);
	}

	@Test
	void savingAnExpiredJobWithItsDateUnchangedKeepsItExpired() throws Exception {
		Company company = this.testCompanies.company("Still expired");
		String title = "Mason " + token();
		Instant startOfToday = today().atStartOfDay(ZoneOffset.UTC).toInstant();
		Job job = this.testCompanies.job(company, title, JobStatus.OPEN, startOfToday);
		SignedInUser admin = admin();
		Document page = html(this.mvc.perform(page(editPath(job.getId()), admin)).andReturn());
		Map<String, String> form = withVersion(validForm("Senior " + title), job.getId());
		form.put("expiresOn", page.getElementById("expiresOn").val());

		this.mvc.perform(submit(editPath(job.getId()), admin, form, "save")).andExpect(status().isSeeOther());

		assertThat(this.jobs.findById(job.getId()).orElseThrow().getExpiresAt()).isEqualTo(startOfToday);
		assertThat(postedJobs(company)).isZero();
	}

	@Test
	void reopeningWithTodaysDateKeepsTheJobOpenUntilTheEndOfToday() throws Exception {
		Company company = this.testCompanies.company("Last day");
		String title = "Glazier " + token();
		Instant startOfToday = today().atStartOfDay(ZoneOffset.UTC).toInstant();
		Job job = this.testCompanies.job(company, title, JobStatus.OPEN, startOfToday);
		Map<String, String> form = withVersion(validForm(title), job.getId());
		form.put("expiresOn", today().toString());

		this.mvc.perform(submit(editPath(job.getId()), admin(), form, "reopen")).andExpect(status().isSeeOther());

		assertThat(this.jobs.findById(job.getId()).orElseThrow().getExpiresAt())
			.isEqualTo(today().atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
		assertThat(postedJobs(company)).isOne();
	}

	@Test
	void anOpenJobCannotBeGivenAnExpiryInThePast() throws Exception {
		Company company = this.testCompanies.company("Backdater");
		String title = "Roofer " + token();
		long id = savedJobId(
				this.mvc.perform(submit(newJobPath(company), admin(), validForm(title), "publish")).andReturn());
		Map<String, String> form = withVersion(validForm(title), id);
		form.put("expiresOn", today().minusDays(1).toString());

		Document page = html(this.mvc.perform(submit(editPath(id), admin(), form, "save"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(fieldError(page, "expiresOn")).contains("today or a later date");
		assertThat(postedJobs(company)).isEqualTo(1);
	}

	@Test
	void theExpiryDateIsStoredAsTheEndOfThatDayInUtc() throws Exception {
		Company company = this.testCompanies.company("Calendar");
		Map<String, String> form = validForm("Clerk " + token());
		LocalDate day = today().plusYears(1).withDayOfMonth(15);
		form.put("expiresOn", day.toString());

		long id = savedJobId(this.mvc.perform(submit(newJobPath(company), admin(), form, "publish")).andReturn());

		assertThat(this.jobs.findById(id).orElseThrow().getExpiresAt())
			.isEqualTo(day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
	}

	@Test
	void aDraftCannotBeClosedAsFilled() throws Exception {
		Company company = this.testCompanies.company("Unfillable");
		String title = "Painter " + token();
		long id = savedJobId(
				this.mvc.perform(submit(newJobPath(company), admin(), validForm(title), "save")).andReturn());

		Document page = html(this.mvc.perform(submit(editPath(id), admin(), withVersion(validForm(title), id), "fill"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page.select("form .alert-error").text()).contains("cannot be changed that way");
		assertThat(this.jobs.findById(id).orElseThrow().getStatus()).isEqualTo(JobStatus.DRAFT);
	}

	@Test
	void anUnknownActionIsABadRequest() throws Exception {
		Company company = this.testCompanies.company("Unknown action");

		this.mvc.perform(submit(newJobPath(company), admin(), validForm("Diver " + token()), "delete-everything"))
			.andExpect(status().isBadRequest());

		assertThat(jobCount(this.jdbc, company)).isZero();
	}

	@Test
	void aStaleSaveKeepsTheTypedTextAndOverwritesNothing() throws Exception {
		Company company = this.testCompanies.company("Stale");
		String title = "Pilot " + token();
		SignedInUser admin = admin();
		long id = savedJobId(
				this.mvc.perform(submit(newJobPath(company), admin, validForm(title), "save")).andReturn());
		Map<String, String> mine = withVersion(validForm("My " + title), id);
		Job theirs = this.jobs.findById(id).orElseThrow();
		theirs.setTitle("Their " + title);
		this.jobs.save(theirs);

		Document page = html(this.mvc.perform(submit(editPath(id), admin, mine, "save"))
			.andExpect(status().isConflict())
			.andReturn());

		assertThat(page.select("form .alert-error").text()).contains("Someone else saved this job");
		assertThat(page.getElementById("title").val()).isEqualTo("My " + title);
		assertThat(this.jobs.findById(id).orElseThrow().getTitle()).isEqualTo("Their " + title);
		String currentVersion = page.select("input[name=version]").val();
		assertThat(currentVersion).isEqualTo("1");

		mine.put("version", currentVersion);
		this.mvc.perform(submit(editPath(id), admin, mine, "save")).andExpect(status().isSeeOther());
		assertThat(this.jobs.findById(id).orElseThrow().getTitle()).isEqualTo("My " + title);
	}

	@Test
	void aFormWithoutAVersionIsTreatedAsStale() throws Exception {
		Company company = this.testCompanies.company("Versionless");
		String title = "Miner " + token();
		long id = savedJobId(
				this.mvc.perform(submit(newJobPath(company), admin(), validForm(title), "save")).andReturn());
		Map<String, String> form = validForm("Changed " + title);
		form.put("version", "not-a-number");

		Document page = html(this.mvc.perform(submit(editPath(id), admin(), form, "save"))
			.andExpect(status().isConflict())
			.andReturn());

		assertThat(page.select("form .alert-error").text()).isNotEmpty();
		assertThat(this.jobs.findById(id).orElseThrow().getTitle()).isEqualTo(title);
	}

	@Test
	void previewShowsTheDescriptionAsTheJobPageWillAndSavesNothing() throws Exception {
		Company company = this.testCompanies.company("Previewer");
		String description = "# Who we are\n\nWe *really* like **robots**.\n\n<script>alert(1)</script>"
				+ "<a href=\"javascript:alert(2)\">click</a>\n\n| a | b |\n|---|---|\n| 1 | 2 |";
		Map<String, String> form = validForm("Welder " + token());
		form.put("description", description);
		form.put("salaryMin", "abc");

		Document page = html(
				this.mvc.perform(submit(newJobPath(company), admin(), form, null).param("preview", "description"))
					.andExpect(status().isOk())
					.andReturn());

		Element prose = page.selectFirst("section.preview .prose");
		assertThat(prose).isNotNull();
		assertThat(prose.html().replaceAll(">\\s+<", "><"))
			.isEqualTo(Jsoup.parseBodyFragment(this.markdown.toSafeHtml(description))
				.body()
				.html()
				.replaceAll(">\\s+<", "><"));
		assertThat(prose.select("h3").text()).isEqualTo("Who we are");
		assertThat(prose.select("script")).isEmpty();
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("p.notice[role=status]").text()).contains("Nothing has been saved");
		assertThat(page.getElementById("description").val()).isEqualTo(description);
		assertThat(page.getElementById("salaryMin").val()).isEqualTo("abc");
		assertThat(jobCount(this.jdbc, company)).isZero();
	}

	@Test
	void previewOfAnExistingJobChangesNothing() throws Exception {
		Company company = this.testCompanies.company("Preview edit");
		String title = "Driver " + token();
		SignedInUser admin = admin();
		long id = savedJobId(
				this.mvc.perform(submit(newJobPath(company), admin, validForm(title), "publish")).andReturn());
		Job before = this.jobs.findById(id).orElseThrow();
		Map<String, String> form = withVersion(validForm("Renamed " + title), id);
		form.put("description", "**New** text");

		Document page = html(this.mvc.perform(submit(editPath(id), admin, form, "fill").param("preview", "description"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.select("section.preview .prose strong").text()).isEqualTo("New");
		Job after = this.jobs.findById(id).orElseThrow();
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getTitle()).isEqualTo(title);
		assertThat(after.getStatus()).isEqualTo(JobStatus.OPEN);
		assertThat(after.getUpdatedAt()).isEqualTo(before.getUpdatedAt());
	}

	@Test
	void hostileTextIsStoredAsTextAndShownEscaped() throws Exception {
		Company company = this.testCompanies.company("Hostile");
		String title = "<script>alert('x')</script> Engineer " + token();
		Map<String, String> form = validForm(title);
		form.put("location", "\"><img src=x onerror=alert(1)>");
		form.put("description", "<img src=x onerror=alert(1)> <iframe src=\"https://evil.example\"></iframe> ok");

		long id = savedJobId(this.mvc.perform(submit(newJobPath(company), admin(), form, "publish")).andReturn());

		Job job = this.jobs.findById(id).orElseThrow();
		assertThat(job.getDescriptionHtml()).doesNotContain("onerror", "iframe");
		String body = this.mvc.perform(get("/jobs/" + id + "/" + job.getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("<script>alert", "<img src=x onerror", "<iframe");
		assertThat(Jsoup.parse(body).select("h1").text()).isEqualTo(title);
	}

	private Map<String, String> withVersion(Map<String, String> form, long jobId) {
		form.put("version", Long.toString(this.jobs.findById(jobId).orElseThrow().getVersion()));
		return form;
	}

	private Document profile(Company company) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/companies/" + company.getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long postedJobs(Company company) throws Exception {
		return Long.parseLong(profile(company).select("#overview-posted-jobs dd data").attr("value"));
	}

	private List<String> openJobTitles(Company company) throws Exception {
		return profile(company).select("section.open-jobs .job-card-title").eachText();
	}

}
