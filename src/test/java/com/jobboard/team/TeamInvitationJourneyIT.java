package com.jobboard.team;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jobboard.browser.BrowserSupport;
import com.jobboard.company.Company;
import com.jobboard.mail.MailDispatcher;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestMail;
import com.jobboard.support.TestPasswords;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation journey in a real (headless) Chromium: an owner opens the team page from
 * the admin navigation and invites someone; the mail arrives (GreenMail); the invitee
 * opens its link in the browser, chooses a password, and lands signed in on the team
 * page, listed as an editor.
 */
@IntegrationTest
class TeamInvitationJourneyIT {

	private static final String PASSWORD = TestPasswords.PASSWORD;

	private static final String NEW_PASSWORD = "the invitee's new password";

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+(/invitations/[A-Za-z0-9_-]{43})");

	private static BrowserSupport browser;

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MailDispatcher mailDispatcher;

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
	void ownerInvitesAndTheInviteeJoinsFromTheMailLink() throws Exception {
		TestMail.purge();
		String token = UUID.randomUUID().toString().substring(0, 10);
		Company company = this.testCompanies.company("Browser Team " + token);
		String owner = "browser-owner-" + token + "@example.com";
		this.users.save(new UserAccount(owner, TestPasswords.HASH, Role.EMPLOYER, company.getId()));
		String invitee = "browser-invitee-" + token + "@example.com";
		WebDriver driver = browser.driver();

		driver.get(url("/login"));
		driver.manage().deleteAllCookies();
		browser.signIn(url(""), owner, PASSWORD);

		click(driver, By.xpath("//nav[contains(@class,'admin-nav')]//a[normalize-space()='Team']"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Team of " + company.getName());
		driver.findElement(By.id("email")).sendKeys(invitee);
		new Select(driver.findElement(By.id("role"))).selectByVisibleText("Editor");
		click(driver, By.xpath("//button[normalize-space()='Send the invitation']"));
		assertThat(driver.findElement(By.cssSelector(".flash .alert-success")).getText())
			.isEqualTo("The invitation to " + invitee + " is on its way.");
		assertThat(driver.findElement(By.id("invitations")).getText()).contains(invitee);

		String link = linkIn(deliveredTo(invitee));

		// The invitee, in the same browser after the owner signed out.
		click(driver, By.xpath("//header//button[normalize-space()='Sign out']"));
		driver.get(url(link));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Join the team of " + company.getName());
		driver.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
		driver.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
		click(driver, By.xpath("//button[normalize-space()='Make my account and join']"));

		new WebDriverWait(driver, WAIT)
			.until(ExpectedConditions.urlToBe(url("/admin/companies/" + company.getId() + "/team")));
		assertThat(driver.findElement(By.cssSelector(".flash .alert-success")).getText())
			.startsWith("Your account is ready");
		WebElement row = driver.findElement(By.cssSelector("#members tr[data-member='" + invitee + "']"));
		assertThat(row.findElement(By.cssSelector(".member-role")).getText()).isEqualTo("Editor");
		assertThat(driver.findElements(By.xpath("//header//button[normalize-space()='Sign out']"))).hasSize(1);
		assertThat(driver.findElements(By.id("invite-heading"))).as("an editor does not invite").isEmpty();
	}

	private MimeMessage deliveredTo(String address) throws Exception {
		this.mailDispatcher.deliverDue();
		for (MimeMessage message : TestMail.received()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address)) {
				return message;
			}
		}
		throw new AssertionError("No mail to " + address);
	}

	/** The path of the invitation link in the message's text part. */
	private static String linkIn(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		StringBuilder text = new StringBuilder();
		collect(parts, text);
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("an invitation link in %s", text).isTrue();
		return matcher.group(1);
	}

	private static void collect(Multipart multipart, StringBuilder text) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			Object content = multipart.getBodyPart(i).getContent();
			if (content instanceof Multipart nested) {
				collect(nested, text);
			}
			else if (content instanceof String part) {
				text.append(part).append('\n');
			}
		}
	}

	private static void click(WebDriver driver, By target) {
		BrowserSupport.clickAndWaitForNextPage(driver, driver.findElement(target));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
