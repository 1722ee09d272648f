package com.jobboard.job;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMembers;
import com.jobboard.support.TestCompanies;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static com.jobboard.job.JobAdminSupport.admin;
import static com.jobboard.job.JobAdminSupport.html;
import static com.jobboard.job.JobAdminSupport.page;
import static com.jobboard.job.JobAdminSupport.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lists of jobs behind sign-in: filters, order, statuses as people see them, pages,
 * markup.
 */
@IntegrationTest
class JobAdminListIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestCompanies testCompanies;

	String token;

	Company acme;

	Company zenith;

	@BeforeEach
	void jobsInEveryStatus() {
		this.token = token();
		this.acme = this.testCompanies.company("Acme list");
		this.zenith = this.testCompanies.company("Zenith list");
		this.testCompanies.job(this.acme, "Draft " + this.token, JobStatus.DRAFT, null);
		this.testCompanies.job(this.acme, "Open " + this.token, JobStatus.OPEN, Instant.now().plus(Duration.ofDays(5)));
		this.testCompanies.job(this.zenith, "Filled " + this.token, JobStatus.FILLED, null);
		this.testCompanies.job(this.zenith, "Lapsed " + this.token, JobStatus.OPEN,
				Instant.now().minus(Duration.ofDays(1)));
		this.testCompanies.job(this.zenith, "Forever " + this.token, JobStatus.OPEN, null);
	}

	@Test
	void adminsSeeEveryJobNewestFirstWithCompanyStatusAndDates() throws Exception {
		Document page = list("/admin/jobs?q=" + this.token, admin());

		assertThat(titles(page)).containsExactly("Forever " + this.token, "Lapsed " + this.token,
				"Filled " + this.token, "Open " + this.token, "Draft " + this.token);
		Element lapsed = row(page, "Lapsed " + this.token);
		assertThat(lapsed.select("td").get(0).text()).isEqualTo(this.zenith.getName());
		assertThat(lapsed.select("td .status").text()).isEqualTo("Expired");
		assertThat(lapsed.select("td time")).hasSize(2);
		assertThat(lapsed.select("a").eachAttr("href")).contains("/admin/companies/" + this.zenith.getId() + "/jobs");
		Element draft = row(page, "Draft " + this.token);
		assertThat(draft.select("td .status").text()).isEqualTo("Draft");
		assertThat(draft.text()).contains("Not yet", "Never");
		assertThat(draft.select("a").eachText()).noneMatch((text) -> text.startsWith("View"));
		assertThat(draft.select("th a").attr("href")).matches("/admin/jobs/\\d+/edit");
		assertThat(page.select("p.result-count").text()).isEqualTo("5 jobs");
	}

	@ParameterizedTest
	@CsvSource({ "draft, Draft", "open, Open|Forever", "filled, Filled", "expired, Lapsed", "EXPIRED, Lapsed",
			"nonsense, Forever|Lapsed|Filled|Open|Draft" })
	void theStatusFilterShowsJobsAsPeopleSeeThem(String status, String expected) throws Exception {
		Document page = list("/admin/jobs?status=" + status + "&q=" + this.token, admin());

		List<String> expectedTitles = Arrays.stream(expected.split("\\|")).map((t) -> t + " " + this.token).toList();
		assertThat(titles(page)).containsExactlyInAnyOrderElementsOf(expectedTitles);
	}

	@Test
	void theTitleFilterTreatsWildcardsAsText() throws Exception {
		assertThat(titles(list("/admin/jobs?q=%25" + this.token, admin()))).isEmpty();
		assertThat(titles(list("/admin/jobs?q=%5F" + this.token, admin()))).isEmpty();
		// At the query-parameter limit (500); longer ones get 414 (web.ErrorPagesIT).
		assertThat(titles(list("/admin/jobs?q=" + "x".repeat(500), admin()))).isEmpty();
	}

	@Test
	void pagesHoldTwentyJobsAndTheirLinksKeepTheFilters() throws Exception {
		String many = "Many " + token();
		for (int i = 0; i < 21; i++) {
			this.testCompanies.job(this.acme, many + " " + i, JobStatus.DRAFT, null);
		}

		SignedInUser admin = admin();
		URI filtered = URI
			.create("/admin/jobs?status=draft&q=" + UriUtils.encodeQueryParam(many, StandardCharsets.UTF_8));
		Document first = html(this.mvc.perform(get(filtered).with(user(admin))).andExpect(status().isOk()).andReturn());

		assertThat(titles(first)).hasSize(20).startsWith(many + " 20");
		Element next = first.selectFirst("nav.pagination a[rel=next]");
		assertThat(next).isNotNull();
		var query = UriComponentsBuilder.fromUriString(next.attr("href")).build().getQueryParams();
		assertThat(query.getFirst("status")).isEqualTo("draft");
		assertThat(UriUtils.decode(query.getFirst("q"), StandardCharsets.UTF_8)).isEqualTo(many);
		assertThat(query.getFirst("page")).isEqualTo("2");
		Document second = html(this.mvc.perform(get(URI.create(next.attr("href"))).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(titles(second)).containsExactly(many + " 0");
		assertThat(second.selectFirst("nav.pagination a[rel=prev]")).isNotNull();
	}

	@Test
	void oddPageNumbersAreNeverAServerError() throws Exception {
		assertThat(titles(list("/admin/jobs?page=999999999&q=" + this.token, admin()))).isEmpty();
		assertThat(titles(list("/admin/jobs?page=-3&q=" + this.token, admin()))).hasSize(5);
		this.mvc.perform(page("/admin/jobs?page=abc", admin())).andExpect(status().isBadRequest());
	}

	@Test
	void aCompanysListHasOnlyItsJobsAndANewJobLink() throws Exception {
		SignedInUser employer = this.members.employerOf(this.zenith);

		Document page = list("/admin/companies/" + this.zenith.getId() + "/jobs?q=" + this.token, employer);

		assertThat(page.select("h1").eachText()).containsExactly("Jobs at " + this.zenith.getName());
		assertThat(titles(page)).containsExactly("Forever " + this.token, "Lapsed " + this.token,
				"Filled " + this.token);
		assertThat(page.select("a.button").eachAttr("href"))
			.contains("/admin/companies/" + this.zenith.getId() + "/jobs/new");
		assertThat(page.select("a[href=/admin/jobs]").eachText()).doesNotContain("All jobs");
		assertThat(row(page, "Forever " + this.token).select("a").eachText()).anyMatch((t) -> t.startsWith("View"));
	}

	@Test
	void jobsOfACompanyThatIsNotPublicHaveNoLinkToAPublicPage() throws Exception {
		Company pending = this.testCompanies.company("Pending list");
		pending.setStatus(CompanyStatus.PENDING);
		pending = this.testCompanies.save(pending);
		Job job = this.testCompanies.job(pending, "Hidden " + this.token, JobStatus.OPEN, null);

		Document list = list("/admin/companies/" + pending.getId() + "/jobs", admin());
		Document edit = list("/admin/jobs/" + job.getId() + "/edit", admin());

		assertThat(row(list, "Hidden " + this.token).select("a").eachText()).noneMatch((t) -> t.startsWith("View"));
		assertThat(edit.select(".job-facts a")).isEmpty();
		assertThat(edit.select(".job-facts .status").text()).isEqualTo("Open");
	}

	@Test
	void everyPageHasOneHeadingAndLabelledControls() throws Exception {
		SignedInUser admin = admin();
		for (String path : List.of("/admin/jobs", "/admin/companies/" + this.acme.getId() + "/jobs",
				"/admin/companies/" + this.acme.getId() + "/jobs/new")) {
			Document page = list(path, admin);
			assertThat(page.select("h1")).as("h1 of %s", path).hasSize(1);
			assertThat(page.select("main")).as("main of %s", path).hasSize(1);
			assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
			for (Element control : page.select("main input:not([type=hidden]), main select, main textarea")) {
				assertThat(page.select("label[for=" + control.id() + "]")).as("label of %s on %s", control.id(), path)
					.hasSize(1);
			}
		}
	}

	private Document list(String path, SignedInUser user) throws Exception {
		return html(this.mvc.perform(page(path, user)).andExpect(status().isOk()).andReturn());
	}

	private static List<String> titles(Document page) {
		return page.select("table.admin-table tbody th a").eachText();
	}

	private static Element row(Document page, String title) {
		return page.select("table.admin-table tbody tr")
			.stream()
			.filter((tr) -> tr.select("th").text().equals(title))
			.findFirst()
			.orElseThrow();
	}

}
