package com.jobboard.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.jobboard.browser.BrowserSupport;
import com.jobboard.company.Company;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.jobboard.job.JobAdminSupport.today;
import static com.jobboard.job.JobAdminSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employer's journey in a real browser, without JavaScript doing anything for them:
 * sign in, write a job, preview it, save it, publish it, see it on the profile, close it
 * as filled.
 */
@IntegrationTest
class JobAdminBrowserIT {

	private static final String PASSWORD = TestPasswords.PASSWORD;

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

	@Test
	void anEmployerWritesPublishesAndClosesAJob() {
		Company company = this.testCompanies.company("Journey");
		String email = "journey-" + token() + "@jobs.example.test";
		this.users.save(new UserAccount(email, TestPasswords.HASH, Role.EMPLOYER, company.getId()));
		String title = "Warehouse Lead " + token();
		WebDriver driver = browser.driver();
		browser.windowSize(1280, 900);

		browser.signIn(url(""), email, PASSWORD);

		driver.get(url("/admin/companies/" + company.getId() + "/jobs"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Jobs at " + company.getName());
		clickAndWait(driver.findElement(By.linkText("New job")));

		driver.findElement(By.id("title")).sendKeys(title);
		new Select(driver.findElement(By.id("employmentType"))).selectByVisibleText("Full-time");
		driver.findElement(By.id("location")).sendKeys("Rotterdam");
		new Select(driver.findElement(By.id("countryCode"))).selectByVisibleText("Netherlands");
		driver.findElement(By.id("salaryMin")).sendKeys("48000");
		driver.findElement(By.id("salaryMax")).sendKeys("40000");
		driver.findElement(By.id("salaryCurrency")).sendKeys("eur");
		new Select(driver.findElement(By.id("salaryPeriod"))).selectByVisibleText("Per year");
		driver.findElement(By.id("description")).sendKeys("## The role\n\nYou **lead** the night shift.");
		driver.findElement(By.id("applyEmail")).sendKeys("jobs@journey.example.com");
		driver.findElement(By.id("expiresOn")).sendKeys(dateAsTyped(today().plusDays(20)));

		clickAndWait(driver.findElement(By.cssSelector("button[name=preview]")));
		WebElement preview = driver.findElement(By.cssSelector("section.preview .prose"));
		assertThat(preview.findElement(By.tagName("h3")).getText()).isEqualTo("The role");
		assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("lead");
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		BrowserSupport.screenshot(driver, Path.of("target", "screenshots", "job-form-preview.png"));

		clickAndWait(button("Publish"));
		assertThat(driver.findElement(By.id("salaryMax-error")).getText()).contains("cannot be less than the minimum");
		assertThat(driver.findElement(By.id("salaryMax")).getAttribute("value")).isEqualTo("40000");
		BrowserSupport.screenshot(driver, Path.of("target", "screenshots", "job-form-errors.png"));
		WebElement max = driver.findElement(By.id("salaryMax"));
		max.clear();
		max.sendKeys("56000");
		clickAndWait(button("Save draft"));
		assertThat(driver.findElement(By.cssSelector(".flash .alert-success")).getText()).isEqualTo("Draft saved.");
		assertThat(visibleTitles(company)).isEmpty();

		driver.get(url("/admin/companies/" + company.getId() + "/jobs"));
		clickAndWait(driver.findElement(By.linkText(title)));
		clickAndWait(button("Publish"));
		assertThat(driver.findElement(By.cssSelector(".flash .alert-success")).getText()).startsWith("Job published");
		assertThat(driver.findElement(By.cssSelector(".job-facts .status")).getText()).isEqualTo("Open");
		BrowserSupport.screenshot(driver, Path.of("target", "screenshots", "job-form-published.png"));
		assertThat(visibleTitles(company)).containsExactly(title);

		driver.get(url("/admin/companies/" + company.getId() + "/jobs"));
		BrowserSupport.screenshot(driver, Path.of("target", "screenshots", "company-jobs.png"));
		clickAndWait(driver.findElement(By.linkText(title)));
		clickAndWait(button("Close as filled"));
		assertThat(driver.findElement(By.cssSelector(".job-facts .status")).getText()).isEqualTo("Filled");
		assertThat(visibleTitles(company)).isEmpty();
	}

	/** Chromium's date field takes the date as typed in its (en-US) format. */
	private static String dateAsTyped(LocalDate date) {
		return String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
	}

	/**
	 * Clicks a link or a submit button and waits until the next page has replaced this
	 * one.
	 */
	private static void clickAndWait(WebElement linkOrButton) {
		BrowserSupport.clickAndWaitForNextPage(browser.driver(), linkOrButton);
	}

	private WebElement button(String text) {
		return browser.driver().findElement(By.xpath("//main//button[normalize-space()='" + text + "']"));
	}

	private List<String> visibleTitles(Company company) {
		WebDriver driver = browser.driver();
		String back = driver.getCurrentUrl();
		driver.get(url("/companies/" + company.getSlug()));
		List<String> titles = driver.findElements(By.cssSelector("section.open-jobs .job-card-title"))
			.stream()
			.map(WebElement::getText)
			.toList();
		driver.get(back);
		return titles;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
