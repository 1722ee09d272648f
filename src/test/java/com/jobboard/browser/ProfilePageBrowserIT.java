package com.jobboard.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.jobboard.company.Company;
import com.jobboard.company.LogoStore;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.company.SizeBand;
import com.jobboard.company.SocialNetwork;
import com.jobboard.job.JobStatus;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public company profile as a visitor sees it in a real (headless) Chromium: the
 * Overview box, the rendered description, the open jobs, the view counter, getting there
 * from the directory, the not-found page, and the layout on a desktop and a phone.
 */
@IntegrationTest
class ProfilePageBrowserIT {

	private static final Path SCREENSHOT_1280 = BrowserSupport.SCREENSHOTS.resolve("profile-1280.png");

	private static final Path SCREENSHOT_375 = BrowserSupport.SCREENSHOTS.resolve("profile-375.png");

	private static BrowserSupport browser;

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	SectorRepository sectors;

	@Autowired
	MarkdownRenderer markdown;

	@Autowired
	LogoStore logos;

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
	void desktopWindow() {
		browser.windowSize(1280, 900);
	}

	@Test
	void profileShowsEverythingAVisitorNeeds() {
		ProfileFixture fixture = companyWithEverything();
		WebDriver driver = browser.driver();

		driver.get(url(fixture.path()));

		assertThat(driver.getTitle()).isEqualTo(fixture.name() + " · Job Board");
		assertThat(browser.script("return getComputedStyle(document.body).display;"))
			.as("the site stylesheet is loaded and applied")
			.isEqualTo("flex");
		List<WebElement> headings = driver.findElements(By.tagName("h1"));
		assertThat(headings).hasSize(1);
		assertThat(headings.get(0).getText()).isEqualTo(fixture.name());
		WebElement logo = driver.findElement(By.cssSelector("img[alt='" + fixture.name() + " logo']"));
		assertThat(logo.isDisplayed()).isTrue();
		assertThat(((Number) browser.script("return arguments[0].naturalWidth;", logo)).intValue())
			.as("the logo image loaded")
			.isPositive();
		assertThat(driver.findElement(By.cssSelector(".profile-header")).getText()).contains(fixture.tagline())
			.contains(fixture.sectorNames());

		// The Overview box, read label by label.
		assertThat(overviewValue("Founded Date")).isEqualTo("March 1, 2014");
		assertThat(overviewValue("Sectors")).contains(fixture.sectorNames());
		assertThat(overviewValue("Posted Jobs")).isEqualTo("2");
		assertThat(overviewValue("Viewed")).isEqualTo("1");
		assertThat(overviewValue("Company Size")).isEqualTo("51–200 employees");
		assertThat(overviewValue("Location")).isEqualTo("Hamburg, Germany");
		assertThat(overviewValue("Website")).isEqualTo(fixture.website());
		assertThat(overviewLink("Website").getAttribute("href")).startsWith(fixture.website());
		assertThat(overviewValue("Email")).isEqualTo(fixture.email());
		assertThat(overviewLink("Email").getAttribute("href")).isEqualTo("mailto:" + fixture.email());
		assertThat(overviewValue("Phone")).isEqualTo("+49 40 1234 5678");
		assertThat(overviewLink("Phone").getAttribute("href")).isEqualTo("tel:+494012345678");
		assertThat(overviewValue("Social")).contains("LinkedIn", "GitHub");

		// The description is rendered Markdown, not Markdown source.
		WebElement description = driver
			.findElement(By.xpath("//article[.//h2[normalize-space()='Company Description']]"));
		assertThat(description.findElement(By.tagName("h3")).getText())
			.isEqualTo("Building robots that work beside people");
		assertThat(description.findElement(By.tagName("h4")).getText()).isEqualTo("What we offer");
		assertThat(description.findElement(By.tagName("blockquote")).getText())
			.isEqualTo("We ship small, careful improvements every week.");
		assertThat(description.findElements(By.tagName("li"))).extracting(WebElement::getText)
			.containsExactly("Four-day weeks in summer", "A learning budget of EUR 2,000 a year",
					"Hardware lab access from day one");
		WebElement blogLink = description.findElement(By.cssSelector("a[rel~='nofollow']"));
		assertThat(blogLink.getText()).isEqualTo("our engineering blog");
		assertThat(blogLink.getAttribute("href")).isEqualTo("https://blog.example.com/engineering");
		assertThat(blogLink.getAttribute("rel")).contains("noopener");
		assertThat(description.getText()).doesNotContain("# Building", "> We ship", "[our engineering blog]", "](");

		// Open jobs only: not the filled one, not the one past its expiry.
		WebElement openJobs = driver.findElement(By.xpath("//section[.//h2[normalize-space()='Open Jobs']]"));
		assertThat(openJobs.findElements(By.cssSelector(".job-card-title"))).extracting(WebElement::getText)
			.containsExactlyInAnyOrderElementsOf(fixture.openJobTitles());
		String pageText = driver.findElement(By.tagName("body")).getText();
		for (String closed : fixture.closedJobTitles()) {
			assertThat(pageText).doesNotContain(closed);
		}

		// Every view counts, and the visitor sees their own.
		driver.navigate().refresh();
		assertThat(overviewValue("Viewed")).isEqualTo("2");
	}

	@Test
	void visitorFindsTheCompanyInTheDirectoryAndOpensItsProfile() {
		ProfileFixture fixture = companyWithEverything();
		WebDriver driver = browser.driver();

		driver.get(url("/companies"));
		WebElement nameField = driver.findElement(
				By.id(driver.findElement(By.xpath("//label[normalize-space()='Company name']")).getAttribute("for")));
		nameField.sendKeys(fixture.token());
		driver.findElement(By.xpath("//form[@role='search']//button[normalize-space()='Search']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=" + fixture.token()));

		assertThat(driver.findElement(By.cssSelector(".result-count")).getText()).isEqualTo("1 company");
		WebElement card = driver.findElement(By
			.xpath("//article[contains(@class,'company-card')][.//a[normalize-space()='" + fixture.name() + "']]"));
		assertThat(card.getText()).contains(fixture.tagline(), "2 open jobs").contains(fixture.sectorNames());

		card.findElement(By.linkText(fixture.name())).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(fixture.path())));

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(fixture.name());
		assertThat(overviewValue("Posted Jobs")).isEqualTo("2");
		assertThat(overviewValue("Viewed")).isEqualTo("1");
	}

	@Test
	void unknownCompanyShowsTheFriendlyNotFoundPage() {
		WebDriver driver = browser.driver();

		driver.get(url("/companies/no-such-company-" + UUID.randomUUID().toString().substring(0, 8)));

		assertThat(((Number) browser.script("return performance.getEntriesByType('navigation')[0].responseStatus;"))
			.intValue()).isEqualTo(404);
		assertThat(driver.getTitle()).isEqualTo("Page not found · Job Board");
		assertThat(driver.findElements(By.tagName("h1"))).extracting(WebElement::getText)
			.containsExactly("We could not find that page");
		assertThat(driver.findElement(By.linkText("Browse all companies")).getAttribute("href"))
			.isEqualTo(url("/companies"));
	}

	@Test
	void profileFitsADesktopAndAPhone() throws IOException {
		ProfileFixture fixture = companyWithEverything();
		WebDriver driver = browser.driver();

		// Each screenshot is taken before the checks, so that a failure leaves the
		// picture behind.
		driver.get(url(fixture.path()));
		BrowserSupport.screenshot(driver, SCREENSHOT_1280);
		assertThat(Files.size(SCREENSHOT_1280)).isPositive();
		assertNoHorizontalScrolling(1280);

		// On a phone everything fits the width: nothing needs scrolling sideways.
		browser.windowSize(375, 812);
		driver.navigate().refresh();
		BrowserSupport.screenshot(driver, SCREENSHOT_375);
		assertThat(Files.size(SCREENSHOT_375)).isPositive();
		assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
		assertNoHorizontalScrolling(375);
	}

	private void assertNoHorizontalScrolling(int width) {
		assertThat(((Number) browser.script("return window.innerWidth;")).intValue()).isEqualTo(width);
		long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
		long innerWidth = ((Number) browser.script("return window.innerWidth;")).longValue();
		assertThat(scrollWidth)
			.as(() -> "page is " + scrollWidth + " px wide in a " + innerWidth
					+ " px window; innermost elements sticking out: " + browser.script("""
							const limit = document.documentElement.clientWidth + 0.5;
							const out = (e) => e.getBoundingClientRect().right > limit;
							return Array.from(document.querySelectorAll('body *'))
							    .filter((e) => out(e) && !Array.from(e.children).some(out))
							    .slice(0, 15)
							    .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
							        + (typeof e.className === 'string' && e.className.trim()
							            ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
							        + ' "' + (e.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 50) + '"'
							        + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')');"""))
			.isLessThanOrEqualTo(innerWidth);
	}

	/** The value next to a label in the Overview box, as shown on screen. */
	private String overviewValue(String label) {
		WebElement value = overviewEntry(label);
		assertThat(value.isDisplayed()).as("%s is visible", label).isTrue();
		return value.getText().strip();
	}

	private WebElement overviewLink(String label) {
		return overviewEntry(label).findElement(By.tagName("a"));
	}

	private WebElement overviewEntry(String label) {
		WebElement overview = browser.driver().findElement(By.xpath("//aside[.//h2[normalize-space()='Overview']]"));
		return overview.findElement(By.xpath(".//dt[normalize-space()='" + label + "']/following-sibling::dd[1]"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * A public company with every profile field set, two open jobs and two that are not.
	 */
	private ProfileFixture companyWithEverything() {
		String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Sector robotics = this.sectors.save(new Sector("Robotics " + token, "robotics-" + token));
		Sector logistics = this.sectors.save(new Sector("Logistics " + token, "logistics-" + token));

		// Long enough to wrap, with what companies really write: a heading, a quote, a
		// list, a link,
		// and a bare careers URL longer than a phone is wide.
		String descriptionMarkdown = """
				# Building robots that work beside people

				We design, build and run autonomous mobile robots for warehouses across northern Europe. \
				Our fleet moves parcels, pallets and spare parts around the clock, so that the people on the \
				floor can spend their time on the work that needs judgement rather than walking.

				> We ship small, careful improvements every week.

				Our teams are small and own their work from the first sketch to the robot on the floor. We \
				pair often, write things down and keep meetings short. Most of us work from Hamburg; some \
				work remotely from anywhere in the EU and visit the lab a few times a year.

				## What we offer

				- Four-day weeks in summer
				- A learning budget of EUR 2,000 a year
				- Hardware lab access from day one

				Read more on [our engineering blog](https://blog.example.com/engineering), or see every opening \
				at https://careers.example.com/teams/robotics-platform/openings?ref=company-profile-page.
				""";
		Company company = this.testCompanies.company("Browser Profile " + token, descriptionMarkdown);
		company.setTagline("Warehouse robots that people like working with");
		company.setLogoId(this.logos.store("image/png", logoPng()));
		company.setFoundedDate(LocalDate.of(2014, 3, 1));
		company.setSizeBand(SizeBand.SIZE_51_200);
		company.setHeadquarters("Hamburg, Germany");
		company.setWebsite("https://" + token + ".example.com");
		company.setEmail("jobs@" + token + ".example.com");
		company.setPhone("+49 40 1234 5678");
		company.setSocialLinks(
				company.getSocialLinks().with(SocialNetwork.LINKEDIN, "https://www.linkedin.com/company/" + token));
		company.setSocialLinks(company.getSocialLinks().with(SocialNetwork.GITHUB, "https://github.com/" + token));
		company.getSectors().add(robotics);
		company.getSectors().add(logistics);
		company = this.testCompanies.save(company);
		assertThat(company.getDescriptionHtml()).isEqualTo(this.markdown.toSafeHtml(descriptionMarkdown));

		Instant now = Instant.now();
		String openForGood = "Robotics Software Engineer " + token;
		String openUntilNextMonth = "Fleet Operations Lead " + token;
		String filled = "Filled Hardware Technician " + token;
		String expired = "Expired Night Dispatcher " + token;
		this.testCompanies.job(company, openForGood, JobStatus.OPEN, null);
		this.testCompanies.job(company, openUntilNextMonth, JobStatus.OPEN, now.plus(Duration.ofDays(30)));
		this.testCompanies.job(company, filled, JobStatus.FILLED, null);
		this.testCompanies.job(company, expired, JobStatus.OPEN, now.minus(Duration.ofHours(1)));

		return new ProfileFixture(token, company.getName(), company.getSlug(), company.getTagline(),
				company.getWebsite(), company.getEmail(), List.of(robotics.getName(), logistics.getName()),
				List.of(openForGood, openUntilNextMonth), List.of(filled, expired));
	}

	/** A small PNG logo: a blue square with a white bar. */
	private static byte[] logoPng() {
		BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x0b5cad));
		graphics.fillRect(0, 0, 64, 64);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(12, 28, 40, 8);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	record ProfileFixture(String token, String name, String slug, String tagline, String website, String email,
			List<String> sectorNames, List<String> openJobTitles, List<String> closedJobTitles) {

		String path() {
			return "/companies/" + this.slug;
		}

	}

}
