package com.jobboard.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's reference page (Swagger UI at {@code /api/docs}) in a real Chromium, under
 * the site's strict Content-Security-Policy: it renders without a single policy violation
 * and lists every operation of the OpenAPI document, each under its path.
 */
@IntegrationTest
class ApiReferenceBrowserIT {

	/**
	 * Collects every violation the page reports, from before its first byte is parsed.
	 */
	private static final String RECORD_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (event) => {
			  window.cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline')
			      + ' on ' + event.documentURI + ':' + event.lineNumber);
			});""";

	private static BrowserSupport browser;

	@LocalServerPort
	int port;

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

	@Test
	void theReferencePageListsEveryOperationWithoutPolicyViolations() throws Exception {
		Set<String> documented = documentedOperations();
		WebDriver driver = browser.driver();

		driver.get("http://localhost:" + this.port + "/api/docs");
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until((d) -> d.findElements(By.cssSelector(".opblock .opblock-summary-path")).size() >= documented.size());

		Set<String> listed = new TreeSet<>();
		for (WebElement operation : driver.findElements(By.cssSelector(".opblock"))) {
			String method = operation.findElement(By.cssSelector(".opblock-summary-method")).getText();
			String path = operation.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path");
			listed.add(method.toUpperCase() + " " + path);
		}
		assertThat(listed).as("operations shown on /api/docs").isEqualTo(documented);
		assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).isNotBlank();
		assertThat(violations()).as("Content-Security-Policy violations on /api/docs").isEmpty();
		Object sheets = ((JavascriptExecutor) driver).executeScript("return document.styleSheets.length;");
		assertThat(((Number) sheets).intValue()).as("Swagger UI's stylesheets apply").isPositive();
	}

	/** "GET /api/jobs" and so on, as the OpenAPI document names them. */
	private Set<String> documentedOperations() throws Exception {
		JsonNode document = JsonMapper.builder()
			.build()
			.readTree(HttpPages.plain(this.port).get("/v3/api-docs").body());
		Set<String> operations = new TreeSet<>();
		document.get("paths").properties().forEach((path) -> path.getValue().propertyNames().forEach((method) -> {
			if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
				operations.add(method.toUpperCase() + " " + path.getKey());
			}
		}));
		assertThat(operations).as("operations in the document").isNotEmpty();
		return operations;
	}

	private static List<?> violations() {
		return (List<?>) ((JavascriptExecutor) browser.driver()).executeScript("return window.cspViolations || [];");
	}

}
