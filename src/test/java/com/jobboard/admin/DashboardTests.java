package com.jobboard.admin;

import java.time.Duration;
import java.time.Instant;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.job.JobStatus;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard that signing in leads to: the whole board for admins, their company for employers. */
@IntegrationTest
@AutoConfigureMockMvc
class DashboardTests {

	/** Far more views than any other test gives a company, so that it is among the ten most viewed. */
	private static final long MANY_VIEWS = 4_000_000_000_000L;

	@Autowired
	MockMvc mvc;

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
		setViews(popular, MANY_VIEWS + 2);
		Company hidden = this.testCompanies.company("Popular Pending");
		hidden.setStatus(CompanyStatus.PENDING);
		this.testCompanies.save(hidden);
		setViews(hidden, MANY_VIEWS + 1);
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
		assertThat(popularRow.select("a[href=/companies/" + popular.getSlug() + "]").text()).isEqualTo(popular.getName());
		assertThat(popularRow.select("a[href=/admin/companies/" + popular.getId() + "/edit]")).hasSize(1);
		assertThat(popularRow.select("td.numeric").text()).isEqualTo(formatted(MANY_VIEWS + 2));
		Element hiddenRow = row(page, hidden);
		assertThat(hiddenRow.select("a[href^=/companies/]")).as("no public page to link to").isEmpty();
		assertThat(hiddenRow.text()).contains("(not public)");
		assertThat(page.select("#most-viewed tbody tr")).hasSizeLessThanOrEqualTo(Dashboard.MOST_VIEWED);
		assertThat(page.select("#most-viewed tbody tr").indexOf(popularRow))
			.isLessThan(page.select("#most-viewed tbody tr").indexOf(hiddenRow));
	}

	@Test
	@Transactional(isolation = Isolation.REPEATABLE_READ)
	void theCountsAreOfPublicAndPendingCompaniesAndOfJobsOpenNow() {
		// One snapshot of the database for the whole test: other work cannot change the counts under it.
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
		setViews(company, 1234);

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

	private void setViews(Company company, long views) {
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

	private static RequestPostProcessor employer(Company company) {
		return user(new SignedInUser(-2, "dashboard-employer@example.com", "{noop}unused", Role.EMPLOYER,
				company.getId(), true));
	}

}
