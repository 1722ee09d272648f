package com.jobboard.applications;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jobboard.browser.BrowserSupport;
import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.mail.MailDispatcher;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestMail;
import com.jobboard.support.TestPasswords;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.jobboard.applications.ApplicationTestSupport.openJob;
import static com.jobboard.applications.ApplicationTestSupport.text;
import static com.jobboard.applications.ApplicationTestSupport.to;
import static com.jobboard.applications.ApplicationTestSupport.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey in headless Chromium, mails through GreenMail: a candidate applies
 * with a PDF from the job's page, the company's employer gets the mail, opens the
 * application from it and shortlists it, and the candidate sees the new status through
 * the private link from their confirmation.
 */
@IntegrationTest
class ApplicationJourneyIT {

	private static final String PASSWORD = TestPasswords.PASSWORD;

	private static final Pattern LINK = Pattern
		.compile("http://[^\\s]+(/(?:my-applications/[A-Za-z0-9_-]{43}|admin/applications/\\d+))");

	private static BrowserSupport browser;

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MailDispatcher mailDispatcher;

	@Autowired
	JdbcClient jdbc;

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
	void setUp() {
		TestMail.purge();
		this.jdbc.sql(
				"delete from action_log where action = 'APPLICATION' and subject in ('address:127.0.0.1', 'address:0:0:0:0:0:0:0:1')")
			.update();
	}

	@Test
	void aCandidateAppliesTheEmployerShortlistsAndTheCandidateSeesIt() throws Exception {
		Company company = this.testCompanies.company("Journey Applications");
		Job job = openJob(this.testCompanies, this.jobs, company, "Robot Engineer");
		String employer = uniqueEmail("journey-employer");
		this.users.save(new UserAccount(employer, TestPasswords.HASH, Role.EMPLOYER, company.getId()));
		String candidate = uniqueEmail("journey-candidate");
		Path cv = Files.createTempFile("cv-", ".pdf");
		Files.write(cv, CvFiles.pdf());
		WebDriver driver = browser.driver();

		driver.get(url("/jobs/" + job.getId() + "/" + job.getSlug()));
		click(driver, By.linkText("Apply now"));
		driver.findElement(By.id("name")).sendKeys("Ada Lovelace");
		driver.findElement(By.id("email")).sendKeys(candidate);
		driver.findElement(By.id("coverLetter")).sendKeys("I would like to build robots with you.");
		driver.findElement(By.id("cv")).sendKeys(cv.toAbsolutePath().toString());
		driver.findElement(By.id("consent")).click();
		click(driver, By.cssSelector("form.apply-form button[type=submit]"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your application");

		this.mailDispatcher.deliverDue();
		List<MimeMessage> received = TestMail.received();
		String candidateLink = link(to(received, candidate).get(0));
		String applicationLink = link(to(received, employer).get(0));

		browser.signIn(url(""), employer, PASSWORD);
		driver.get(url(applicationLink));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ada Lovelace");
		assertThat(driver.findElement(By.cssSelector(".cover-letter")).getText()).contains("build robots");
		new Select(driver.findElement(By.id("status"))).selectByVisibleText("Shortlisted");
		driver.findElement(By.id("note")).sendKeys("Call her this week");
		click(driver, By.cssSelector("form[action$='/status'] button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".flash .alert-success")).getText())
			.isEqualTo("The status was saved.");
		assertThat(driver.findElement(By.id("history")).getText()).contains("Set to Shortlisted by " + employer);
		BrowserSupport.screenshot(driver, Path.of("target", "screenshots", "application-detail.png"));
		click(driver, By.cssSelector("header form.inline-form button"));

		driver.get(url(candidateLink));
		assertThat(driver.findElement(By.cssSelector("#my-applications tbody tr")).getText()).contains("Robot Engineer",
				"Shortlisted");
		BrowserSupport.screenshot(driver, Path.of("target", "screenshots", "my-applications.png"));
		Files.deleteIfExists(cv);
	}

	private static String link(MimeMessage message) {
		Matcher matcher = LINK.matcher(text(message));
		assertThat(matcher.find()).as("a link in %s", text(message)).isTrue();
		return matcher.group(1);
	}

	private static void click(WebDriver driver, By target) {
		BrowserSupport.clickAndWaitForNextPage(driver, driver.findElement(target));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
