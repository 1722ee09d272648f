package com.jobboard.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strict Content-Security-Policy in a real Chromium: the pages people use load their
 * stylesheet and show without a single violation, public and signed-in alike, while an
 * inline script is refused (so the policy is really in force, and violations would be
 * seen).
 */
@IntegrationTest
class ContentSecurityPolicyBrowserIT {

	private static final String PASSWORD = TestPasswords.PASSWORD;

	/**
	 * Collects every violation the page reports, from before its first byte is parsed.
	 */
	private static final String RECORD_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (event) => {
			  window.cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline')
			      + ' on ' + event.documentURI);
			});""";

	private static BrowserSupport browser;

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	UserAccountRepository users;

	@BeforeAll
	static void startBrowser() {
		browser = BrowserSupport.start();
		browser.driver()
			.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void signedOut() {
		browser.driver().get(url("/login"));
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void publicPagesLoadWithoutViolations() {
		Company company = this.testCompanies.company("Policy " + token(),
				"## What we do\n\nWe build **robots**. See [our site](https://policy.example.com).\n\n| a | b |\n|---|---|\n| 1 | 2 |");
		Job job = this.testCompanies.job(company, "Policy Engineer", JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(9)));

		for (String path : List.of("/", "/companies", "/companies?q=policy", "/companies/" + company.getSlug(),
				"/companies/" + company.getSlug(), "/jobs", "/jobs/" + job.getId() + "/" + job.getSlug(), "/login",
				"/no/such/page")) {
			assertLoadsCleanly(path);
		}
	}

	@Test
	void signedInPagesLoadWithoutViolations() {
		Company company = this.testCompanies.company("Policy Admin " + token(), "Plain *text*.");
		signIn(account("policy-admin-" + token(), Role.ADMIN));

		for (String path : List.of("/admin", "/admin/companies", "/admin/companies/" + company.getId() + "/edit",
				"/admin/companies/" + company.getId() + "/history", "/admin/companies/" + company.getId() + "/jobs",
				"/admin/jobs", "/admin/users", "/companies/" + company.getSlug())) {
			assertLoadsCleanly(path);
		}
	}

	@Test
	void anInlineScriptIsRefused() {
		assertLoadsCleanly("/");
		JavascriptExecutor page = (JavascriptExecutor) browser.driver();

		page.executeScript("""
				const script = document.createElement('script');
				script.textContent = 'window.inlineRan = true;';
				document.body.appendChild(script);""");

		new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until((driver) -> !violations().isEmpty());
		assertThat(page.executeScript("return window.inlineRan === true;")).isEqualTo(false);
		assertThat(violations()).singleElement().asString().startsWith("script-src");
	}

	private void assertLoadsCleanly(String path) {
		WebDriver driver = browser.driver();
		driver.get(url(path));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
		assertThat(violations()).as("violations on " + path).isEmpty();
		Object rules = ((JavascriptExecutor) driver)
			.executeScript("return document.styleSheets.length > 0 ? document.styleSheets[0].cssRules.length : 0;");
		assertThat(((Number) rules).intValue()).as("the site's stylesheet applies on " + path).isPositive();
	}

	private static List<?> violations() {
		Object recorded = ((JavascriptExecutor) browser.driver()).executeScript("return window.cspViolations || [];");
		return (List<?>) recorded;
	}

	private void signIn(String email) {
		WebDriver driver = browser.driver();
		browser.signIn(url(""), email, PASSWORD);
		assertThat(driver.getCurrentUrl()).as("signed in").isEqualTo(url("/admin"));
	}

	private String account(String prefix, Role role) {
		String email = prefix + "@example.com";
		this.users.save(new UserAccount(email, TestPasswords.HASH, role, null));
		return email;
	}

	private static String token() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
