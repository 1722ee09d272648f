package com.jobboard.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMembers;
import com.jobboard.support.TestCompanies;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard that signing in leads to: the whole board for admins, their company for
 * employers.
 */
@IntegrationTest
class DashboardIT {

	/**
	 * Far more views than any other test gives a company, so that it is among the ten
	 * most viewed.
	 */
	private static final long MANY_VIEWS = 4_000_000_000_000L;

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Dashboard dashboard;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void adminsSeeTheCountsTheMostViewedCompaniesAndTheAdminAreas() throws Exception {
		Company popular = this.testCompanies.company("Popular Company");
		setDailyViews(popular, TODAY, MANY_VIEWS + 2);
		Company hidden = this.testCompanies.company("Popular Pending");
		hidden.setStatus(CompanyStatus.PENDING);
		this.testCompanies.save(hidden);
		setDailyViews(hidden, TODAY.minusDays(6), MANY_VIEWS + 1);
		Dashboard.AdminOverview expected = this.dashboard.forAdmin();

		Document page = page(admin());

		assertThat(page.select("h1")).extracting(Element::text).containsExactly("Dashboard");
		assertThat(page.select("#public-companies .stat-number").text())
			.isEqualTo(formatted(expected.counts().publicCompanies()));
		assertThat(page.select("#pending-companies .stat-number").text())
			.isEqualTo(formatted(expected.counts().pendingCompanies()));
		assertThat(page.select("#open-jobs .stat-number").text()).isEqualTo(formatted(expected.counts().openJobs()));
		assertThat(page.select("main a[href=/admin/companies]")).isNotEmpty();
		assertThat(page.select("main a[href=/admin/jobs]")).isNotEmpty();
		assertThat(page.select("main a[href=/admin/users]")).isNotEmpty();

		Element popularRow = row(page, popular);
		assertThat(popularRow.select("a[href=/companies/" + popular.getSlug() + "]").text())
			.isEqualTo(popular.getName());
		assertThat(popularRow.select("a[href=/admin/companies/" + popular.getId() + "/edit]")).hasSize(1);
		assertThat(popularRow.select("a[href=/admin/companies/" + popular.getId() + "/stats]")).hasSize(1);
		assertThat(popularRow.select("td.numeric").text()).isEqualTo(formatted(MANY_VIEWS + 2));
		Element hiddenRow = row(page, hidden);
		assertThat(hiddenRow.select("a[href^=/companies/]")).as("no public page to link to").isEmpty();
		assertThat(hiddenRow.text()).contains("(not public)");
		assertThat(page.select("#most-viewed tbody tr")).hasSizeLessThanOrEqualTo(Dashboard.MOST_VIEWED);
		assertThat(page.select("#most-viewed tbody tr").indexOf(popularRow))
			.isLessThan(page.select("#most-viewed tbody tr").indexOf(hiddenRow));
	}

	@Test
	void theMostViewedAreThoseOfTheLastSevenDays() throws Exception {
		Company recent = this.testCompanies.company("Viewed This Week");
		setDailyViews(recent, TODAY.minusDays(2), MANY_VIEWS / 2);
		setDailyViews(recent, TODAY, MANY_VIEWS / 2);
		Company former = this.testCompanies.company("Viewed Long Ago");
		setDailyViews(former, TODAY.minusDays(7), 3 * MANY_VIEWS);
		setTotal(former, 3 * MANY_VIEWS);

		Document page = page(admin());

		assertThat(row(page, recent).select("td.numeric").text()).isEqualTo(formatted(MANY_VIEWS));
		assertThat(page.select("#most-viewed").text()).doesNotContain(former.getName());
	}

	@Test
	void adminsSeeTheMostViewedJobsOfTheLastSevenDays() throws Exception {
		Company company = this.testCompanies.company("Hiring Company");
		Job popular = this.testCompanies.job(company, "Popular Job", JobStatus.OPEN, null);
		Job filled = this.testCompanies.job(company, "Filled Job", JobStatus.FILLED, null);
		Job old = this.testCompanies.job(company, "Old Job", JobStatus.OPEN, null);
		setJobViews(popular, TODAY, MANY_VIEWS + 20);
		setJobViews(filled, TODAY.minusDays(6), MANY_VIEWS + 10);
		setJobViews(old, TODAY.minusDays(7), 2 * MANY_VIEWS);

		Document page = page(admin());

		List<String> rows = page.select("#most-viewed-jobs tbody tr").eachText();
		assertThat(rows).contains(
				"Popular Job " + company.getName() + " " + formatted(MANY_VIEWS + 20) + " Edit Popular Job",
				"Filled Job " + company.getName() + " " + formatted(MANY_VIEWS + 10) + " Edit Filled Job");
		assertThat(rows
			.indexOf("Popular Job " + company.getName() + " " + formatted(MANY_VIEWS + 20) + " Edit Popular Job"))
			.isLessThan(rows
				.indexOf("Filled Job " + company.getName() + " " + formatted(MANY_VIEWS + 10) + " Edit Filled Job"));
		assertThat(page.select("#most-viewed-jobs").text()).doesNotContain("Old Job");
		assertThat(page.select("#most-viewed-jobs a[href=/jobs/" + popular.getId() + "/popular-job]")).hasSize(1);
		assertThat(page.select("#most-viewed-jobs a[href=/admin/jobs/" + popular.getId() + "/edit]")).hasSize(1);
		assertThat(page.select("#most-viewed-jobs a[href=/admin/companies/" + company.getId() + "/stats]"))
			.isNotEmpty();
	}

	@Test
	void aDayWithMoreThanTenTimesTheThirtyDayAverageIsAJump() throws Exception {
		// 10 views a day for the 30 days before: a jump is more than 100 views in a day.
		Company jumped = this.testCompanies.company("Jumped");
		Company steady = this.testCompanies.company("Steady");
		for (int i = 1; i <= 30; i++) {
			setDailyViews(jumped, TODAY.minusDays(i), 10);
			setDailyViews(steady, TODAY.minusDays(i), 10);
		}
		setDailyViews(jumped, TODAY, 101);
		setDailyViews(steady, TODAY, 100);
		// No history: the average counts as one view a day, so more than 10 views is a
		// jump.
		Company newcomer = this.testCompanies.company("Newcomer");
		Company quietNewcomer = this.testCompanies.company("Quiet Newcomer");
		setDailyViews(newcomer, TODAY.minusDays(3), 11);
		setDailyViews(quietNewcomer, TODAY.minusDays(3), 10);
		// Each day against its own 30 days before: 50 after 2 a day (60 in 30 days) is a
		// jump...
		Company earlier = this.testCompanies.company("Earlier Jump");
		for (int i = 6; i <= 35; i++) {
			setDailyViews(earlier, TODAY.minusDays(i), 2);
		}
		setDailyViews(earlier, TODAY.minusDays(5), 50);
		// ...and one before the last 7 days is not shown.
		Company longAgo = this.testCompanies.company("Long Ago Jump");
		setDailyViews(longAgo, TODAY.minusDays(7), 1000);
		List<Long> ours = List.of(jumped.getId(), steady.getId(), newcomer.getId(), quietNewcomer.getId(),
				earlier.getId(), longAgo.getId());

		List<Dashboard.Spike> spikes = this.dashboard.spikes(TODAY.minusDays(6), TODAY)
			.stream()
			.filter((spike) -> ours.contains(spike.companyId()))
			.toList();

		assertThat(spikes).extracting(Dashboard.Spike::companyId, Dashboard.Spike::day, Dashboard.Spike::views)
			.containsExactly(tuple(jumped.getId(), TODAY, 101L), tuple(newcomer.getId(), TODAY.minusDays(3), 11L),
					tuple(earlier.getId(), TODAY.minusDays(5), 50L));
		assertThat(spikes.get(0).baselineAverage()).isEqualTo(10.0);
		assertThat(spikes.get(1).baselineAverage()).isZero();
		assertThat(spikes.get(2).baselineAverage()).isEqualTo(2.0);

	}

	@Test
	void theDashboardListsTheJumpsWithALinkToTheCompanysStatistics() throws Exception {
		// Big enough to be among the jumps listed whatever other tests leave in the
		// shared database.
		Company jumped = this.testCompanies.company("Listed Jump");
		for (int i = 1; i <= 30; i++) {
			setDailyViews(jumped, TODAY.minusDays(i), MANY_VIEWS / 40);
		}
		setDailyViews(jumped, TODAY, MANY_VIEWS / 4 + 1);

		Document page = page(admin());

		Element jump = page.select("#spikes tbody tr")
			.stream()
			.filter((row) -> row.text().contains(jumped.getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(jumped.getName() + " is not among the jumps"));
		assertThat(jump.select("td").eachText()).containsExactly(
				DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).format(TODAY), formatted(MANY_VIEWS / 4 + 1),
				formatted(MANY_VIEWS / 40) + ".0");
		assertThat(jump.select("a[href=/admin/companies/" + jumped.getId() + "/stats]")).hasSize(1);
		assertThat(page.select("#spikes-explained").text()).contains("more than 10 times");
	}

	@Test
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	void theCountsAreOfPublicAndPendingCompaniesAndOfJobsOpenNow() {
		// One snapshot of the database for the whole test: other work cannot change the
		// counts under it.
		Dashboard.AdminOverview.Counts before = this.dashboard.forAdmin().counts();
		Company open = this.testCompanies.company("Counted Public");
		Company pending = this.testCompanies.company("Counted Pending");
		pending.setStatus(CompanyStatus.PENDING);
		this.testCompanies.save(pending);
		Company archived = this.testCompanies.company("Counted Archived");
		archived.setStatus(CompanyStatus.ARCHIVED);
		this.testCompanies.save(archived);
		Instant now = Instant.now();
		this.testCompanies.job(open, "Open Forever", JobStatus.OPEN, null);
		this.testCompanies.job(open, "Open Until Tomorrow", JobStatus.OPEN, now.plus(Duration.ofDays(1)));
		this.testCompanies.job(open, "Expired Yesterday", JobStatus.OPEN, now.minus(Duration.ofDays(1)));
		this.testCompanies.job(open, "Still A Draft", JobStatus.DRAFT, null);
		this.testCompanies.job(open, "Already Filled", JobStatus.FILLED, null);

		this.entityManager.flush();

		Dashboard.AdminOverview.Counts after = this.dashboard.forAdmin().counts();

		assertThat(after.publicCompanies() - before.publicCompanies()).isEqualTo(1);
		assertThat(after.pendingCompanies() - before.pendingCompanies()).isEqualTo(1);
		assertThat(after.openJobs() - before.openJobs()).isEqualTo(2);
	}

	@Test
	void employersSeeTheirCompanyItsViewsAndOpenJobs() throws Exception {
		Company company = this.testCompanies.company("Employer Dashboard");
		Company other = this.testCompanies.company("Someone Else");
		Instant now = Instant.now();
		this.testCompanies.job(company, "Open One", JobStatus.OPEN, null);
		this.testCompanies.job(company, "Open Two", JobStatus.OPEN, now.plus(Duration.ofDays(3)));
		this.testCompanies.job(company, "Expired", JobStatus.OPEN, now.minus(Duration.ofMinutes(1)));
		this.testCompanies.job(company, "Draft", JobStatus.DRAFT, null);
		this.testCompanies.job(other, "Not Theirs", JobStatus.OPEN, null);
		setTotal(company, 1234);

		Document page = page(employer(company));

		assertThat(page.select("h1")).extracting(Element::text).containsExactly(company.getName());
		assertThat(page.select("#views .stat-number").text()).isEqualTo("1,234");
		assertThat(page.select("#open-jobs .stat-number").text()).isEqualTo("2");
		assertThat(page.select("main a[href=/admin/companies/" + company.getId() + "/edit]")).isNotEmpty();
		assertThat(page.select("main a[href=/admin/companies/" + company.getId() + "/jobs]")).isNotEmpty();
		assertThat(page.select("main a[href=/companies/" + company.getSlug() + "]")).isNotEmpty();
		assertThat(page.select("a[href^=/admin/users]")).isEmpty();
		assertThat(page.text()).doesNotContain(other.getName());
	}

	@Test
	void anEmployerOfACompanyWithoutViewsSeesZero() throws Exception {
		Company company = this.testCompanies.company("Unseen Company");
		company.setStatus(CompanyStatus.PENDING);
		this.testCompanies.save(company);

		Document page = page(employer(company));

		assertThat(page.select("#views .stat-number").text()).isEqualTo("0");
		assertThat(page.select("#open-jobs .stat-number").text()).isEqualTo("0");
		assertThat(page.select("p.notice").text()).contains("not public");
		assertThat(page.select("main a[href^=/companies/]")).isEmpty();
	}

	private Document page(RequestPostProcessor user) throws Exception {
		String body = this.mvc.perform(get("/admin").with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(body);
	}

	private void setDailyViews(Company company, LocalDate day, long views) {
		this.jdbc.sql("""
				insert into company_daily_views (company_id, day, views) values (?, ?, ?)
				on conflict (company_id, day) do update set views = excluded.views
				""").params(company.getId(), day, views).update();
	}

	private void setJobViews(Job job, LocalDate day, long views) {
		this.jdbc.sql("""
				insert into job_daily_views (job_id, day, views) values (?, ?, ?)
				on conflict (job_id, day) do update set views = excluded.views
				""").params(job.getId(), day, views).update();
	}

	private void setTotal(Company company, long views) {
		this.jdbc.sql("""
				insert into company_view_totals (company_id, views) values (?, ?)
				on conflict (company_id) do update set views = excluded.views
				""").params(company.getId(), views).update();
	}

	private static Element row(Document page, Company company) {
		return page.select("#most-viewed tbody tr")
			.stream()
			.filter((row) -> row.text().contains(company.getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(company.getName() + " is not among the most viewed"));
	}

	private static String formatted(long number) {
		return String.format(java.util.Locale.ENGLISH, "%,d", number);
	}

	private static RequestPostProcessor admin() {
		return user(new SignedInUser(-1, "dashboard-admin@example.com", "{noop}unused", Role.ADMIN, null, true));
	}

	/**
	 * A real owner of the company: what an employer may see is read from the team's
	 * members.
	 */
	private RequestPostProcessor employer(Company company) {
		return user(this.members.employerOf(company));
	}

}
