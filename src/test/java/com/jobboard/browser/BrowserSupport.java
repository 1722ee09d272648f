package com.jobboard.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jobboard.support.UserAgents;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A headless Chromium for browser tests, driven by the system's chromedriver.
 *
 * <p>
 * Nothing is downloaded: the driver and the browser are given by path, so Selenium
 * Manager is never run. Both paths default to the Debian packages ({@code chromium},
 * {@code chromium-driver}) and can be overridden with the system properties
 * {@code jobboard.browser.chromedriver} and {@code jobboard.browser.chromium}. When
 * either is missing the calling test fails (it does not skip): CI installs Chromium, so a
 * missing browser is a broken build, not an optional test.
 *
 * <p>
 * Start one per test class ({@code @BeforeAll}) and {@link #close()} it in
 * {@code @AfterAll}.
 */
public final class BrowserSupport implements AutoCloseable {

	public static final Path CHROMEDRIVER = Path
		.of(System.getProperty("jobboard.browser.chromedriver", "/usr/bin/chromedriver"));

	public static final Path CHROMIUM = Path.of(System.getProperty("jobboard.browser.chromium", "/usr/bin/chromium"));

	/** Where tests put their screenshots. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
			"--hide-scrollbars", "--lang=en-US", "--window-size=1280,900");

	private final ChromeDriver driver;

	private final Path userDataDir;

	private BrowserSupport(ChromeDriver driver, Path userDataDir) {
		this.driver = driver;
		this.userDataDir = userDataDir;
	}

	/**
	 * Starts a headless Chromium with a fresh profile, 1280 × 900 pixels, asking for
	 * English pages.
	 */
	public static BrowserSupport start() {
		requireExecutable(CHROMEDRIVER, "chromedriver", "chromium-driver");
		requireExecutable(CHROMIUM, "Chromium", "chromium");
		// Selenium looks here before it would ever consider running Selenium Manager.
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
		Path userDataDir;
		try {
			userDataDir = Files.createTempDirectory("jobboard-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a Chromium profile directory", ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments(ARGUMENTS);
		options.addArguments("--user-data-dir=" + userDataDir);
		// As a person's browser: the view counter does not count headless browsers
		// ("HeadlessChrome").
		options.addArguments("--user-agent=" + UserAgents.BROWSER);
		// Pages format dates for the request's locale: ask for English whatever the
		// machine's locale.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("LANG", "en_US.UTF-8", "LANGUAGE", "en_US:en"))
			.build();
		ChromeDriver driver;
		try {
			driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			deleteQuietly(userDataDir);
			throw new AssertionError("Could not start headless Chromium (" + CHROMIUM + ") with " + CHROMEDRIVER + ": "
					+ ex.getMessage(), ex);
		}
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
		return new BrowserSupport(driver, userDataDir);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Makes the page's layout viewport the given size in CSS pixels (what
	 * {@code window.innerWidth} reports), correcting for any window frame the browser
	 * adds.
	 */
	public void windowSize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
		long innerWidth = ((Number) script("return window.innerWidth;")).longValue();
		long innerHeight = ((Number) script("return window.innerHeight;")).longValue();
		if (innerWidth != width || innerHeight != height) {
			this.driver.manage()
				.window()
				.setSize(new Dimension((int) (2L * width - innerWidth), (int) (2L * height - innerHeight)));
		}
		long actual = ((Number) script("return window.innerWidth;")).longValue();
		if (actual != width) {
			throw new AssertionError("Asked for a " + width + " px wide viewport but Chromium gave " + actual + " px");
		}
	}

	/** Runs JavaScript in the current page and answers its result. */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * Signs in through the sign-in form as a person does, and waits until it has sent
	 * them to {@code /admin}, where it sends everyone who signs in at the form. The
	 * tests' one way to sign in in the browser.
	 * @param site the site's address without a trailing slash
	 * ({@code http://localhost:PORT})
	 */
	public void signIn(String site, String email, String password) {
		this.driver.get(site + "/login");
		this.driver.findElement(By.id("username")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(password);
		clickAndWaitForNextPage(this.driver, this.driver.findElement(By.cssSelector("main form button[type=submit]")));
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(site + "/admin"));
	}

	/**
	 * Clicks a link or submit button and waits until the next page has replaced this one
	 * and finished loading. Chromium sometimes reports a replaced page's element as "not
	 * in the document" instead of stale; both mean the old page is gone.
	 */
	public static void clickAndWaitForNextPage(WebDriver driver, WebElement target) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> isGone(oldPage));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
	}

	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			String message = String.valueOf(ex.getMessage());
			return message.contains("does not belong to the document") || message.contains("No node with given id");
		}
	}

	/**
	 * Saves a PNG of the whole page (not only the visible part) when the driver is
	 * Chromium's, else of the viewport.
	 * @param driver the browser
	 * @param file where to write, such as {@code target/screenshots/profile.png}; missing
	 * directories are created
	 * @return the file written
	 */
	public static Path screenshot(WebDriver driver, Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.write(file, png(driver));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not save a screenshot to " + file, ex);
		}
	}

	private static byte[] png(WebDriver driver) {
		if (driver instanceof ChromiumDriver chromium) {
			Map<?, ?> size = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
					const root = document.documentElement;
					return {width: Math.max(root.scrollWidth, window.innerWidth),
					        height: Math.max(root.scrollHeight, document.body.scrollHeight)};""");
			Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).intValue(),
					"height", ((Number) size.get("height")).intValue(), "scale", 1);
			Map<String, Object> result = chromium.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
			return Base64.getDecoder().decode((String) result.get("data"));
		}
		return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
	}

	/** Quits the browser and removes its profile. */
	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteQuietly(this.userDataDir);
		}
	}

	private static void requireExecutable(Path path, String what, String debianPackage) {
		if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
			fail("Browser tests need " + what + " at " + path
					+ " but it is missing or not executable. Install it (Debian: " + "apt-get install " + debianPackage
					+ ") or point the system property jobboard.browser."
					+ (what.equals("Chromium") ? "chromium" : "chromedriver") + " at it. These tests do not skip.");
		}
	}

	private static void deleteQuietly(Path directory) {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					// A file Chromium still holds; the temporary directory is cleaned
					// eventually.
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			// Best effort only.
		}
	}

}
