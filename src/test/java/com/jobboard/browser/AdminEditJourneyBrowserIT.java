package com.jobboard.browser;

import java.time.Duration;
import java.util.UUID;

import com.jobboard.company.Company;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin edits a company's description in a real (headless) Chromium: signs in through
 * the form, previews Markdown (nothing saved yet), saves it and sees it on the public
 * profile. And an employer of another company who opens the same form gets the "not
 * allowed" page.
 */
@IntegrationTest
class AdminEditJourneyBrowserIT {

	private static final String PASSWORD = TestPasswords.PASSWORD;

	private static final Duration WAIT = Duration.ofSeconds(15);

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
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void signedOut() {
		browser.windowSize(1280, 900);
		// Nobody is signed in at the start of a test: the session cookie is per test.
		browser.driver().get(url("/login"));
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void adminPreviewsThenSavesMarkdownAndThePublicProfileShowsIt() {
		String token = token();
		String oldDescription = "The old description " + token + ".";
		Company company = this.testCompanies.company("Journey " + token, oldDescription);
		String email = account("journey-admin-" + token, Role.ADMIN, null);
		WebDriver driver = browser.driver();

		signIn(email);
		driver.get(url("/admin/companies/" + company.getId() + "/edit"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Edit " + company.getName());

		WebElement description = driver.findElement(By.id("descriptionMarkdown"));
		assertThat(description.getAttribute("value")).isEqualTo(oldDescription);
		description.clear();
		description.sendKeys("# Harbour cranes " + token + "\n\n" + "> Careful work, every day.\n\n"
				+ "- Four-day weeks\n" + "- A learning budget\n" + "- Lab access\n");
		click(driver, By.xpath("//form[contains(@class,'company-form')]//button[normalize-space()='Preview']"));

		// The preview shows the rendered Markdown, as the public page will…
		WebElement preview = driver.findElement(By.cssSelector("section.preview"));
		assertThat(preview.findElement(By.id("preview-heading")).getText()).isEqualTo("Preview of the description");
		WebElement rendered = preview.findElement(By.cssSelector(".preview-frame .prose"));
		assertThat(rendered.findElement(By.tagName("h3")).getText()).isEqualTo("Harbour cranes " + token);
		assertThat(rendered.findElement(By.tagName("blockquote")).getText()).isEqualTo("Careful work, every day.");
		assertThat(rendered.findElements(By.tagName("li"))).extracting(WebElement::getText)
			.containsExactly("Four-day weeks", "A learning budget", "Lab access");
		assertThat(rendered.getText()).doesNotContain("# Harbour", "> Careful", "- Four");
		// …the form keeps what was typed…
		assertThat(driver.findElement(By.id("descriptionMarkdown")).getAttribute("value"))
			.startsWith("# Harbour cranes " + token);
		// …and nothing is saved yet: the public profile (in another tab) still has the
		// old text.
		String editor = driver.getWindowHandle();
		driver.switchTo().newWindow(WindowType.TAB);
		driver.get(url("/companies/" + company.getSlug()));
		assertThat(publicDescription(driver).getText()).isEqualTo(oldDescription);
		driver.close();
		driver.switchTo().window(editor);

		click(driver, By.xpath("//form[contains(@class,'company-form')]//button[normalize-space()='Save']"));

		new WebDriverWait(driver, WAIT)
			.until(ExpectedConditions.urlToBe(url("/admin/companies/" + company.getId() + "/edit")));
		assertThat(driver.findElement(By.cssSelector(".flash .alert-success")).getText()).isEqualTo("Saved.");
		assertThat(driver.findElements(By.cssSelector("section.preview"))).isEmpty();

		driver.get(url("/companies/" + company.getSlug()));
		WebElement saved = publicDescription(driver);
		assertThat(saved.findElement(By.tagName("h3")).getText()).isEqualTo("Harbour cranes " + token);
		assertThat(saved.findElement(By.tagName("blockquote")).getText()).isEqualTo("Careful work, every day.");
		assertThat(saved.findElements(By.tagName("li"))).extracting(WebElement::getText)
			.containsExactly("Four-day weeks", "A learning budget", "Lab access");
		assertThat(saved.getText()).doesNotContain(oldDescription, "# Harbour", "> Careful");
	}

	@Test
	void employerOfAnotherCompanySeesTheNotAllowedPage() {
		String token = token();
		Company company = this.testCompanies.company("Journey Target " + token, "Not yours to edit.");
		Company own = this.testCompanies.company("Journey Own " + token);
		String email = account("journey-employer-" + token, Role.EMPLOYER, own.getId());
		WebDriver driver = browser.driver();

		signIn(email);
		driver.get(url("/admin/companies/" + company.getId() + "/edit"));

		assertThat(((Number) browser.script("return performance.getEntriesByType('navigation')[0].responseStatus;"))
			.intValue()).isEqualTo(403);
		assertThat(driver.getTitle()).isEqualTo("Not allowed · Job Board");
		assertThat(driver.findElements(By.tagName("h1"))).extracting(WebElement::getText)
			.containsExactly("You are not allowed to do that");
		assertThat(driver.findElements(By.id("descriptionMarkdown"))).isEmpty();
		assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Not yours to edit.");
	}

	/** Signs in through the sign-in form and waits for the dashboard. */
	private void signIn(String email) {
		WebDriver driver = browser.driver();
		browser.signIn(url(""), email, PASSWORD);
		assertThat(driver.findElements(By.xpath("//header//button[normalize-space()='Sign out']"))).hasSize(1);
	}

	/** Clicks a submit button and waits until the next page has replaced this one. */
	private static void click(WebDriver driver, By button) {
		BrowserSupport.clickAndWaitForNextPage(driver, driver.findElement(button));
	}

	private static WebElement publicDescription(WebDriver driver) {
		return driver.findElement(
				By.xpath("//article[.//h2[normalize-space()='Company Description']]//div[contains(@class,'prose')]"));
	}

	/** A real account that can sign in with {@link #PASSWORD}. */
	private String account(String prefix, Role role, Long companyId) {
		String email = prefix + "@example.com";
		this.users.save(new UserAccount(email, TestPasswords.HASH, role, companyId));
		return email;
	}

	private static String token() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
