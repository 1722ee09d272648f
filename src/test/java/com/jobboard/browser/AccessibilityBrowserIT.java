package com.jobboard.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.company.SizeBand;
import com.jobboard.company.SocialNetwork;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.security.Approval;
import com.jobboard.security.EmployerAccounts;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and admin page passes axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules, in
 * the light and the dark theme, 375 and 1280 pixels wide; the main public pages do not
 * scroll sideways at 320 pixels; and the profile is photographed in both themes for a
 * person to look at ({@code target/screenshots/profile-*.png}). One browser session
 * serves the whole run: the theme and width change by emulation, without reloading.
 */
@IntegrationTest
class AccessibilityBrowserIT {

	/** axe-core's WCAG A and AA rule sets; best practices are not requirements. */
	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final List<Integer> WIDTHS = List.of(375, 1280);

	private static final List<String> THEMES = List.of("light", "dark");

	private static final String PASSWORD = TestPasswords.PASSWORD;

	private static BrowserSupport browser;

	private static String axeSource;

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	SectorRepository sectors;

	@Autowired
	UserAccountRepository users;

	@Autowired
	EmployerAccounts employerAccounts;

	@BeforeAll
	static void startBrowser() throws IOException {
		try (InputStream axe = AccessibilityBrowserIT.class.getResourceAsStream("/axe.min.js")) {
			assertThat(axe).as("axe.min.js on the test classpath (com.deque.html.axe-core:selenium)").isNotNull();
			axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
		}
		browser = BrowserSupport.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void everyPageMeetsWcagAaInBothThemesAtPhoneAndDesktopWidths() {
		Fixture fixture = fixture();
		List<String> violations = new ArrayList<>();
		ChromeDriver driver = browser.driver();
		driver.manage().deleteAllCookies();

		// axe really runs and reports: an image without a text alternative is found.
		open("/");
		browser.script("const img = document.createElement('img'); img.id = 'axe-probe'; img.src = '/nothing.png';"
				+ "document.querySelector('main').append(img);");
		emulate(1280, "light");
		assertThat(axe()).extracting((violation) -> String.valueOf(violation.get("id"))).contains("image-alt");

		// Public pages, as a visitor who is not signed in.
		List<String> publicPages = List.of("/", "/companies", "/companies?q=" + fixture.token(), fixture.profilePath(),
				"/jobs", fixture.jobPath(), "/login", "/companies/no-such-company-" + fixture.token(),
				"/employers/register", "/employers/register/received");
		for (String path : publicPages) {
			open(path);
			violations.addAll(checkEveryThemeAndWidth(path));
		}
		open(fixture.profilePath() + "?lang=de");
		violations.addAll(checkEveryThemeAndWidth(fixture.profilePath() + " (German)"));
		open("/?lang=en");

		// No page a visitor reads scrolls sideways on the narrowest phones.
		for (String path : List.of("/", "/companies", fixture.profilePath(), "/jobs", fixture.jobPath(), "/login")) {
			open(path);
			emulate(320, "light");
			long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
			assertThat(scrollWidth).as("width of %s in a 320 px window", path).isLessThanOrEqualTo(320);
		}

		// The profile, photographed for people to look at.
		open(fixture.profilePath());
		for (String theme : THEMES) {
			for (int width : WIDTHS) {
				emulate(width, theme);
				String suffix = "light".equals(theme) ? "" : "-" + theme;
				BrowserSupport.screenshot(driver,
						BrowserSupport.SCREENSHOTS.resolve("profile-" + width + suffix + ".png"));
			}
		}
		clearEmulation();

		// Admin pages, signed in as an admin.
		signIn(fixture.adminEmail());
		long companyId = fixture.companyId();
		List<String> adminPages = List.of("/admin", "/admin/companies", "/admin/companies/new",
				"/admin/companies/" + companyId + "/edit", "/admin/companies/" + companyId + "/history",
				"/admin/companies/" + companyId + "/stats",
				"/admin/companies/" + companyId + "/history/diff?to=" + fixture.latestRevision(companyId, this),
				"/admin/jobs", "/admin/companies/" + companyId + "/jobs", "/admin/companies/" + companyId + "/jobs/new",
				"/admin/jobs/" + fixture.jobId() + "/edit", "/admin/users", "/admin/users/new",
				"/admin/users/" + fixture.adminId() + "/edit", "/admin/approvals");
		for (String path : adminPages) {
			open(path);
			violations.addAll(checkEveryThemeAndWidth(path));
		}

		// A form that came back with errors beside its fields.
		open("/admin/companies/" + companyId + "/edit");
		WebElement name = driver.findElement(By.id("name"));
		name.clear();
		// Only what the browser itself lets through (a type="url" field would stop the
		// form before it is sent).
		driver.findElement(By.id("phone")).clear();
		driver.findElement(By.id("phone")).sendKeys("call us");
		BrowserSupport.clickAndWaitForNextPage(driver,
				driver.findElement(By.xpath("//form[contains(@class,'company-form')]//button[@name='save']")));
		assertThat(driver.findElements(By.cssSelector(".error-summary"))).hasSize(1);
		assertThat(driver.findElement(By.id("name")).getAttribute("aria-describedby")).contains("name-error");
		violations.addAll(checkEveryThemeAndWidth("company form with errors"));

		clearEmulation();
		assertThat(violations).as("axe-core WCAG 2.2 AA violations").isEmpty();
	}

	/** Runs axe in each theme at each width; answers the violations, readably. */
	private List<String> checkEveryThemeAndWidth(String page) {
		List<String> found = new ArrayList<>();
		for (String theme : THEMES) {
			for (int width : WIDTHS) {
				emulate(width, theme);
				for (Map<?, ?> violation : axe()) {
					found.add(page + " [" + theme + ", " + width + " px] " + violation.get("id") + " ("
							+ violation.get("impact") + "): " + violation.get("help") + "\n      "
							+ String.join("\n      ", (List<String>) violation.get("nodes")));
				}
			}
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private List<Map<?, ?>> axe() {
		if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
			browser.script(axeSource);
		}
		Object result = browser.driver()
			.executeAsyncScript(
					"""
							const done = arguments[arguments.length - 1];
							axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
							  .then((results) => done(results.violations.map((v) => ({
							    id: v.id, impact: v.impact, help: v.help,
							    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' :: '
							      + (n.failureSummary || '').replace(/\\s+/g, ' '))
							  }))))
							  .catch((error) => done([{ id: 'axe-error', impact: 'critical', help: String(error), nodes: [] }]));""",
					WCAG_TAGS);
		return (List<Map<?, ?>>) result;
	}

	/**
	 * Emulates a viewport width and a colour scheme in the current page, without
	 * reloading it.
	 */
	private void emulate(int width, String theme) {
		ChromeDriver driver = browser.driver();
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", theme))));
		assertThat(((Number) browser.script("return window.innerWidth;")).intValue()).isEqualTo(width);
		assertThat(browser.script("return matchMedia('(prefers-color-scheme: " + theme + ")').matches;"))
			.isEqualTo(true);
	}

	private void clearEmulation() {
		browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
	}

	private void open(String path) {
		browser.driver().get("http://localhost:" + this.port + path);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until((d) -> "complete".equals(browser.script("return document.readyState;")));
	}

	private void signIn(String email) {
		browser.signIn("http://localhost:" + this.port, email, PASSWORD);
	}

	/**
	 * A company with everything a profile shows, a revision history, open jobs and an
	 * admin.
	 */
	private Fixture fixture() {
		String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Sector sector = this.sectors.save(new Sector("Accessibility " + token, "accessibility-" + token));
		String description = """
				# Who we are

				We build accessible software for public services. %s

				> Everyone should be able to use what we make.

				## What we offer

				- Flexible hours
				- A learning budget
				- Screen reader test devices

				# How we hire

				Read about [our process](https://example.com/hiring) and apply below.
				""".formatted("Words that make the description long enough to be read for a while. ".repeat(30));
		Company company = this.testCompanies.company("Accessible " + token, description);
		company.setTagline("Software everyone can use");
		company.setFoundedDate(LocalDate.of(2012, 5, 14));
		company.setSizeBand(SizeBand.SIZE_51_200);
		company.setHeadquarters("Leipzig, Germany");
		company.setWebsite("https://" + token + ".example.com");
		company.setEmail("jobs@" + token + ".example.com");
		company.setPhone("+49 341 1234 567");
		company.setSocialLinks(
				company.getSocialLinks().with(SocialNetwork.LINKEDIN, "https://www.linkedin.com/company/" + token));
		company.getSectors().add(sector);
		company = this.testCompanies.save(company);
		Job job = this.testCompanies.job(company, "Accessibility Engineer " + token, JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(30)));
		this.testCompanies.job(company, "Draft Role " + token, JobStatus.DRAFT, null);
		UserAccount admin = this.users
			.save(new UserAccount("a11y-" + token + "@example.com", TestPasswords.HASH, Role.ADMIN, null));
		// The approvals page with a sign-up waiting and one decided.
		for (String name : List.of("Waiting", "Decided")) {
			Company signedUp = this.testCompanies.company(name + " " + token);
			signedUp.setStatus(CompanyStatus.PENDING);
			SignedInUser employer = this.employerAccounts.registerPending(
					name.toLowerCase() + "-" + token + "@example.com", PASSWORD,
					this.testCompanies.save(signedUp).getId());
			if (name.equals("Decided")) {
				this.employerAccounts.decide(employer.id(), Approval.APPROVED, new SignedInUser(admin.getId(),
						admin.getEmail(), admin.getPasswordHash(), Role.ADMIN, null, true));
			}
		}
		return new Fixture(token, company.getId(), company.getSlug(), job.getId(), job.getSlug(), admin.getId(),
				admin.getEmail());
	}

	record Fixture(String token, long companyId, String slug, long jobId, String jobSlug, long adminId,
			String adminEmail) {

		String profilePath() {
			return "/companies/" + this.slug;
		}

		String jobPath() {
			return "/jobs/" + this.jobId + "/" + this.jobSlug;
		}

		/**
		 * Saves the profile once through the form (a real revision), and answers the
		 * newest revision's id.
		 */
		long latestRevision(long companyId, AccessibilityBrowserIT test) {
			ChromeDriver driver = browser.driver();
			test.open("/admin/companies/" + companyId + "/edit");
			WebElement tagline = driver.findElement(By.id("tagline"));
			tagline.clear();
			tagline.sendKeys("Software everyone can use, every day");
			BrowserSupport.clickAndWaitForNextPage(driver,
					driver.findElement(By.xpath("//form[contains(@class,'company-form')]//button[@name='save']")));
			test.open("/admin/companies/" + companyId + "/history");
			String href = driver.findElement(By.cssSelector(".history-table tbody tr a[href*='/history/diff']"))
				.getAttribute("href");
			return Long.parseLong(href.replaceAll(".*[?&]to=(\\d+).*", "$1"));
		}

	}

}
