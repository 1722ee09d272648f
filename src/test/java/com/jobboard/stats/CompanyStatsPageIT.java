package com.jobboard.stats;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMembers;
import com.jobboard.support.TestCompanies;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A company's statistics page and CSV, for a company without views, with views on one day
 * only, and with a full year of history (rows written straight into the daily table, as
 * the view counter leaves them).
 */
@IntegrationTest
class CompanyStatsPageIT {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCompanyWithoutViewsGetsAFlatChartZerosEverywhereAndAZeroCsv() throws Exception {
		Company company = this.testCompanies.company("Unseen Stats");

		Document page = page(company, 30, admin());

		assertThat(page.select("h1").text()).isEqualTo("Statistics: " + company.getName());
		assertThat(number(page, "#total-views .stat-number")).isZero();
		assertThat(number(page, "#total-unique-visitors .stat-number")).isZero();
		assertThat(page.select("#total-views .stat-change").text()).isEqualTo("None in the 30 days before either");
		Element svg = chart(page);
		assertThat(svg.selectFirst("desc").text()).contains("no views yet");
		List<double[]> views = points(svg, "polyline.chart-views");
		assertThat(views).hasSize(30);
		double baseline = views.get(0)[1];
		assertThat(views).allSatisfy((point) -> assertThat(point[1]).isEqualTo(baseline));
		assertThat(points(svg, "polyline.chart-unique-visitors")).hasSize(30);
		assertThat(rows(page)).hasSize(30).allSatisfy((row) -> assertThat(row.select("td").text()).isEqualTo("0 0"));
		assertThat(rows(page).get(29).selectFirst("time").attr("datetime")).isEqualTo(TODAY.toString());
		assertThat(page.select("#job-views")).isEmpty();

		List<CSVRecord> csv = csv(company, 30);
		assertThat(csv).hasSize(30);
		assertThat(csv.get(0).get("date")).isEqualTo(TODAY.minusDays(29).toString());
		assertThat(csv.get(29).get("date")).isEqualTo(TODAY.toString());
		assertThat(csv).allSatisfy((row) -> {
			assertThat(row.get("views")).isEqualTo("0");
			assertThat(row.get("unique_visitors")).isEqualTo("0");
		});
	}

	@Test
	void viewsOnASingleDayShowOnThatDayAlone() throws Exception {
		Company company = this.testCompanies.company("One Day Stats");
		LocalDate day = TODAY.minusDays(3);
		insertDay(company, day, 1234, 567);

		Document page = page(company, 30, employer(company));

		assertThat(number(page, "#total-views .stat-number")).isEqualTo(1234);
		assertThat(page.select("#total-views .stat-number").text()).isEqualTo("1,234");
		assertThat(number(page, "#total-unique-visitors .stat-number")).isEqualTo(567);
		assertThat(page.select("#total-views .stat-change").text()).isEqualTo("None in the 30 days before");
		Element row = rows(page).get(26);
		assertThat(row.selectFirst("time").attr("datetime")).isEqualTo(day.toString());
		assertThat(row.select("td").text()).isEqualTo("1,234 567");
		assertThat(rows(page)).filteredOn((other) -> other != row)
			.allSatisfy((other) -> assertThat(other.select("td").text()).isEqualTo("0 0"));

		Element svg = chart(page);
		List<double[]> views = points(svg, "polyline.chart-views");
		List<double[]> uniqueVisitors = points(svg, "polyline.chart-unique-visitors");
		double baseline = views.get(0)[1];
		for (int i = 0; i < 30; i++) {
			if (i == 26) {
				assertThat(views.get(i)[1]).as("the day's views are drawn above the axis").isLessThan(baseline);
				assertThat(uniqueVisitors.get(i)[1]).isLessThan(baseline).isGreaterThan(views.get(i)[1]);
			}
			else {
				assertThat(views.get(i)[1]).isEqualTo(baseline);
			}
		}
		long highestTick = svg.select("text.chart-value-label")
			.stream()
			.mapToLong((label) -> Long.parseLong(label.text().replace(",", "")))
			.max()
			.orElseThrow();
		assertThat(highestTick).isGreaterThanOrEqualTo(1234);
		assertThat(svg.select("text.chart-day-label").last().text()).as("today is labelled")
			.isEqualTo(DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).format(TODAY));
		assertThat(svg.selectFirst("desc").text()).contains("1,234 views", "567 unique visitors");

		List<CSVRecord> csv = csv(company, 30);
		assertThat(csv.get(26).values()).containsExactly(day.toString(), "1234", "567");
		assertThat(csv.stream().mapToLong((record) -> Long.parseLong(record.get("views"))).sum()).isEqualTo(1234);
	}

	@Test
	void aFullYearShowsEveryDayWithTotalsAndTheChangeAgainstTheYearBefore() throws Exception {
		Company company = this.testCompanies.company("Year Stats");
		long viewsThisYear = 0;
		long uniquesThisYear = 0;
		for (int i = 0; i < 365; i++) {
			LocalDate day = TODAY.minusDays(i);
			long views = 100 + (i % 37);
			long uniques = 40 + (i % 11);
			insertDay(company, day, views, uniques);
			viewsThisYear += views;
			uniquesThisYear += uniques;
			// The year before: half as many views, the same visitors.
			insertDay(company, day.minusDays(365), views / 2, uniques);
		}
		long viewsYearBefore = 0;
		for (int i = 0; i < 365; i++) {
			viewsYearBefore += (100 + (i % 37)) / 2;
		}
		long percent = Math.round((viewsThisYear - viewsYearBefore) * 100.0 / viewsYearBefore);

		Document page = page(company, 365, admin());

		assertThat(rows(page)).hasSize(365);
		assertThat(rows(page).get(0).selectFirst("time").attr("datetime")).isEqualTo(TODAY.minusDays(364).toString());
		assertThat(number(page, "#total-views .stat-number")).isEqualTo(viewsThisYear);
		assertThat(number(page, "#total-unique-visitors .stat-number")).isEqualTo(uniquesThisYear);
		assertThat(page.select("#total-views .stat-change").text())
			.isEqualTo("+" + percent + "% compared with the 365 days before");
		assertThat(page.select("#total-unique-visitors .stat-change").text())
			.isEqualTo("The same as in the 365 days before");
		long tableViews = 0;
		for (Element row : rows(page)) {
			tableViews += Long.parseLong(row.select("td").get(0).text().replace(",", ""));
		}
		assertThat(tableViews).isEqualTo(viewsThisYear);
		Element svg = chart(page);
		assertThat(points(svg, "polyline.chart-views")).hasSize(365);
		assertThat(points(svg, "polyline.chart-unique-visitors")).hasSize(365);
		// A year is labelled by month: the first days of every other month, the latest
		// included.
		assertThat(svg.select("text.chart-day-label")).hasSizeBetween(5, 7)
			.allSatisfy((label) -> assertThat(label.text()).matches("[A-Z][a-z]{2} \\d{4}"));
		assertThat(svg.select("text.chart-day-label").last().text())
			.isEqualTo(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(TODAY.withDayOfMonth(1)));

		List<CSVRecord> csv = csv(company, 365);
		assertThat(csv).hasSize(365);
		assertThat(csv.stream().mapToLong((record) -> Long.parseLong(record.get("views"))).sum())
			.isEqualTo(viewsThisYear);
		assertThat(csv.stream().mapToLong((record) -> Long.parseLong(record.get("unique_visitors"))).sum())
			.isEqualTo(uniquesThisYear);
	}

	@Test
	void theChartIsAnAccessibleImageWithTitleDescriptionAxesAndLegend() throws Exception {
		Company company = this.testCompanies.company("Accessible Chart");
		insertDay(company, TODAY, 5, 3);

		Element svg = chart(page(company, 90, admin()));

		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-title chart-desc");
		assertThat(svg.selectFirst("title#chart-title").text()).startsWith("Profile views and unique visitors per day");
		assertThat(svg.selectFirst("desc#chart-desc").text()).contains("last 90 days", "5 views", "3 unique visitors");
		assertThat(svg.select("text.chart-axis-label")).extracting(Element::text)
			.containsExactly("Day (UTC)", "Per day");
		assertThat(svg.select(".chart-legend text")).extracting(Element::text)
			.containsExactly("Views", "Unique visitors");
		assertThat(points(svg, "polyline.chart-views")).hasSize(90);
	}

	@Test
	void thePeriodIsChosenByLinksAndAnyOtherIsRefused() throws Exception {
		Company company = this.testCompanies.company("Period Stats");

		Document page = page(company, 90, admin());
		assertThat(rows(page)).hasSize(90);
		assertThat(page.select(".period-switch a")).extracting((link) -> link.attr("href"))
			.containsExactly(statsPath(company) + "?days=30", statsPath(company) + "?days=90",
					statsPath(company) + "?days=365");
		assertThat(page.select(".period-switch a[aria-current=page]").text()).isEqualTo("Last 90 days");
		assertThat(page.select("a[download]").attr("href")).isEqualTo(statsPath(company) + ".csv?days=90");
		assertThat(rows(page(company, null, admin()))).as("30 days unless asked").hasSize(30);

		for (String days : List.of("45", "abc", "-30", "30days")) {
			MockHttpServletResponse refused = this.mvc
				.perform(get(statsPath(company)).param("days", days).with(admin()))
				.andReturn()
				.getResponse();
			assertThat(refused.getStatus()).as("days=%s", days).isEqualTo(400);
			Document refusal = Jsoup.parse(refused.getContentAsString());
			assertThat(refusal.select("[role=alert]").text()).contains("30, 90 or 365 days");
			assertThat(refusal.select(".period-switch a")).hasSize(3);
			assertThat(refusal.select("svg, #daily-figures")).isEmpty();
			MockHttpServletResponse csv = this.mvc
				.perform(get(statsPath(company) + ".csv").param("days", days).with(admin()))
				.andReturn()
				.getResponse();
			assertThat(csv.getStatus()).isEqualTo(400);
			assertThat(csv.getContentAsString()).contains("30, 90, 365");
		}
	}

	@Test
	void theCsvIsADownloadNamedAfterTheCompanyAndPeriod() throws Exception {
		Company company = this.testCompanies.company("Csv Stats");

		MockHttpServletResponse response = this.mvc
			.perform(get(statsPath(company) + ".csv").param("days", "90").with(employer(company)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"views-"
				+ company.getSlug() + "-" + TODAY.minusDays(89) + "-to-" + TODAY + ".csv\"");
		assertThat(response.getContentAsString()).startsWith("date,views,unique_visitors\r\n");
	}

	@Test
	void theCompanysJobPagesAreListedWithTheirViews() throws Exception {
		Company company = this.testCompanies.company("Job Stats");
		Job popular = this.testCompanies.job(company, "Popular Role", JobStatus.OPEN, null);
		Job quiet = this.testCompanies.job(company, "Quiet Role", JobStatus.FILLED, null);
		this.testCompanies.job(company, "Draft Role", JobStatus.DRAFT, null);
		this.jdbc.update("insert into job_daily_views (job_id, day, views, unique_visitors) values (?, ?, 42, 30)",
				popular.getId(), TODAY);
		this.jdbc.update("insert into job_daily_views (job_id, day, views, unique_visitors) values (?, ?, 99, 9)",
				popular.getId(), TODAY.minusDays(40));

		Document page = page(company, 30, employer(company));

		Elements jobRows = page.select("#job-views tbody tr");
		assertThat(jobRows).extracting(Element::text).containsExactly("Popular Role 42 30", "Quiet Role 0 0");
		assertThat(jobRows.get(0).selectFirst("a").attr("href"))
			.isEqualTo("/jobs/" + popular.getId() + "/popular-role");
		assertThat(quiet.getId()).isNotNull();
	}

	@Test
	void anUnknownCompanyIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/admin/companies/987654321/stats").with(admin()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private void insertDay(Company company, LocalDate day, long views, long uniqueVisitors) {
		this.jdbc.update(
				"insert into company_daily_views (company_id, day, views, unique_visitors) values (?, ?, ?, ?)",
				company.getId(), day, views, uniqueVisitors);
	}

	private Document page(Company company, Integer days, RequestPostProcessor user) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform((days != null) ? get(statsPath(company)).param("days", days.toString()).with(user)
					: get(statsPath(company)).with(user))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private List<CSVRecord> csv(Company company, int days) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(statsPath(company) + ".csv").param("days", Integer.toString(days)).with(admin()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		return format.parse(new StringReader(response.getContentAsString())).getRecords();
	}

	private static Element chart(Document page) {
		Element svg = page.selectFirst("figure.chart svg");
		assertThat(svg).as("the chart").isNotNull();
		return svg;
	}

	private static List<double[]> points(Element svg, String polyline) {
		List<double[]> points = new ArrayList<>();
		for (String point : svg.selectFirst(polyline).attr("points").trim().split("\\s+")) {
			String[] xy = point.split(",");
			points.add(new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) });
		}
		return points;
	}

	private static Elements rows(Document page) {
		return page.select("#daily-figures tbody tr");
	}

	private static long number(Document page, String selector) {
		return Long.parseLong(page.select(selector).text().replace(",", ""));
	}

	private static String statsPath(Company company) {
		return "/admin/companies/" + company.getId() + "/stats";
	}

	private static RequestPostProcessor admin() {
		return user(new SignedInUser(-11, "stats-admin@example.com", "{noop}unused", Role.ADMIN, null, true));
	}

	/**
	 * A real owner of the company: what an employer may see is read from the team's
	 * members.
	 */
	private RequestPostProcessor employer(Company company) {
		return user(this.members.employerOf(company));
	}

}
