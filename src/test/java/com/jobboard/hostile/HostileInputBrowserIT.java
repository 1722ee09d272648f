package com.jobboard.hostile;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jobboard.browser.BrowserSupport;
import com.jobboard.company.Company;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text stored for real through the application's own forms, then looked at in
 * headless Chromium on every page that shows it: the public profile, job page, directory,
 * job search and home page, and the admin pages (edit forms, history and diff, lists,
 * statistics, approvals). No dialog may open and no injected element, event handler,
 * script URL or script may exist in the live DOM; the text must show as text. The same
 * goes for payloads sent in the query of every page with search fields (reflected input).
 * Feeds, sitemaps and the JSON API that carry the stored payloads must stay well-formed,
 * and the HTML they carry as harmless as the pages.
 *
 * <p>
 * The forms are filled in by {@link FormFiller}: every payload of {@link Payloads#MARKUP}
 * goes into some single-line text field (a few per company, spread over several
 * companies) and all of them into every description; whatever a form refuses is replaced
 * by a plausible value.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputBrowserIT {

	private static final String PASSWORD = TestPasswords.PASSWORD;

	/**
	 * How many companies carry the payloads: each takes several in its different text
	 * fields.
	 */
	private static final int COMPANIES = 5;

	/**
	 * A handful of payloads for the reflected-input pages (the HTTP tests send them all).
	 */
	private static final List<String> REFLECTED = List.of(Payloads.MARKUP.get(1), Payloads.MARKUP.get(3),
			Payloads.MARKUP.get(5), Payloads.MARKUP.get(6), Payloads.MARKUP.get(11));

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	UserAccountRepository users;

	@Autowired
	JdbcClient jdbc;

	private final String token = "hx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

	private final Instant started = Instant.now();

	private BrowserSupport browser;

	private UserAccount admin;

	private final List<StoredCompany> stored = new ArrayList<>();

	private final List<String> findings = new ArrayList<>();

	/**
	 * A company whose profile and one job were filled in with payloads through the forms.
	 */
	record StoredCompany(long id, String slug, String name, long jobId, String jobPath, long revisionId) {
	}

	@BeforeAll
	void storePayloadsThroughTheForms() {
		this.admin = this.users.save(new UserAccount("hostile-browser-" + this.token + "@example.com",
				TestPasswords.HASH, Role.ADMIN, null));
		URI base = URI.create("http://127.0.0.1:" + this.port);
		HttpActor admin = HttpActor.signedIn("admin", base, this.admin.getEmail(), PASSWORD);
		FormFiller filler = new FormFiller(admin, this.token);
		String everyPayload = String.join("\n\n", Payloads.MARKUP) + "\n\n" + this.token;
		for (int index = 0; index < COMPANIES; index++) {
			int offset = index;
			Company company = this.testCompanies.company("Hostile Browser " + index);
			String edit = "/admin/companies/" + company.getId() + "/edit";
			List<String> textFields = new ArrayList<>();
			java.util.function.Function<Forms.Control, String> profileText = (
					control) -> control.type().equals("textarea") ? everyPayload
							: payloadFor(offset, position(textFields, control.name()));
			FormFiller.Stored profile = filler.fill(edit, edit, profileText, Map.of());
			String newJob = "/admin/companies/" + company.getId() + "/jobs/new";
			List<String> jobFields = new ArrayList<>();
			java.util.function.Function<Forms.Control, String> jobText = (control) -> control.type().equals("textarea")
					? everyPayload : payloadFor(offset + 3, position(jobFields, control.name()));
			FormFiller.Stored job = filler.fill(newJob, newJob, jobText, Map.of("action", "publish"));
			// Not a vacuous test: the free-text fields took the payloads as they are.
			assertThat(profile.values()).containsEntry("name", payloadFor(offset, textFields.indexOf("name")))
				.containsEntry("tagline", payloadFor(offset, textFields.indexOf("tagline")))
				.containsEntry("descriptionMarkdown", everyPayload);
			assertThat(job.values()).containsEntry("title", payloadFor(offset + 3, jobFields.indexOf("title")))
				.containsEntry("description", everyPayload);
			this.stored.add(read(company.getId()));
		}
		// Sign-ups too, whose company names show on the approvals page (a few: sign-ups
		// per address are limited).
		HttpActor visitor = HttpActor.anonymous(base);
		FormFiller signUps = new FormFiller(visitor, this.token);
		for (int index = 0; index < 3; index++) {
			String hostile = payloadFor(index, 0);
			signUps.fill("/employers/register", "/employers/register", (control) -> switch (control.name()) {
				case "email" -> "hostile-" + UUID.randomUUID() + "@example.com";
				case "password", "confirmPassword" -> PASSWORD;
				case "homepage" -> "";
				default -> hostile;
			}, Map.of());
		}
		this.browser = BrowserSupport.start();
	}

	@AfterAll
	void stopBrowser() {
		this.jdbc.sql("delete from action_log where subject = 'address:127.0.0.1' and at >= ?")
			.param(Timestamp.from(this.started))
			.update();
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void storedAndReflectedPayloadsNeverComeAliveInTheBrowser() {
		assertThat(this.stored).hasSize(COMPANIES);
		long start = System.nanoTime();
		int pages = 0;
		// Anonymous visitors first: the profile pages come from the shared cache then.
		for (StoredCompany company : this.stored) {
			pages += check("/companies/" + company.slug(), company.name());
			pages += check(company.jobPath(), null);
		}
		pages += check("/companies?q=" + this.token, this.token);
		pages += check("/jobs?q=" + this.token, this.token);
		pages += check("/", null);
		for (String payload : REFLECTED) {
			String q = encode(payload);
			pages += check("/companies?q=" + q + "&sector=" + q + "&page=" + q, null);
			pages += check("/jobs?q=" + q + "&location=" + q + "&sector=" + q + "&type=" + q, null);
			pages += check("/employers/register?email=" + q, null);
		}

		signIn();
		for (StoredCompany company : this.stored) {
			pages += check("/admin/companies/" + company.id() + "/edit", null);
			pages += check("/admin/companies/" + company.id() + "/history", null);
			pages += check("/admin/companies/" + company.id() + "/history/diff?to=" + company.revisionId(), null);
			pages += check("/admin/companies/" + company.id() + "/jobs", null);
			pages += check("/admin/jobs/" + company.jobId() + "/edit", null);
			pages += check("/admin/companies/" + company.id() + "/stats", null);
			pages += check("/companies/" + company.slug(), company.name());
		}
		pages += check("/admin/companies?q=" + this.token, this.token);
		pages += check("/admin/jobs?q=" + this.token, this.token);
		pages += check("/admin/approvals", null);
		pages += check("/admin", null);
		for (String payload : REFLECTED) {
			String q = encode(payload);
			pages += check("/admin/companies?q=" + q + "&status=" + q, null);
			pages += check("/admin/jobs?q=" + q + "&status=" + q, null);
			pages += check("/admin/users?q=" + q, null);
			pages += check("/admin/companies/" + this.stored.get(0).id() + "/stats?days=" + q, null);
		}
		System.out.printf("Hostile input in the browser: %d pages in %d s%n", pages,
				(System.nanoTime() - start) / 1_000_000_000L);
		assertThat(this.findings)
			.as("%d findings:%n%s", this.findings.size(),
					this.findings.stream().limit(60).collect(Collectors.joining("\n")))
			.isEmpty();
	}

	@Test
	void storedPayloadsStayInertInFeedsSitemapsAndTheApi() throws Exception {
		HttpActor reader = HttpActor.anonymous(URI.create("http://127.0.0.1:" + this.port));
		List<String> found = new ArrayList<>();
		List<String> xml = new ArrayList<>(List.of("/jobs/feed.atom?q=" + this.token, "/sitemap.xml",
				"/sitemaps/companies-1.xml", "/sitemaps/jobs-1.xml"));
		List<String> json = new ArrayList<>(List.of("/api/companies?q=" + this.token, "/api/jobs?q=" + this.token));
		for (StoredCompany company : this.stored) {
			xml.add("/companies/" + company.slug() + "/jobs.atom");
			json.add("/api/companies/" + company.slug());
			json.add("/api/jobs/" + company.jobId());
		}
		for (String path : xml) {
			HttpActor.Response response = reader.get(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			Document document = wellFormed(path, response.body());
			// Feed readers render type="html" text as HTML: it must be as harmless as the
			// page.
			NodeList elements = document.getElementsByTagName("*");
			for (int i = 0; i < elements.getLength(); i++) {
				Element element = (Element) elements.item(i);
				if ("html".equals(element.getAttribute("type"))) {
					LiveMarkup.findIn(Jsoup.parseBodyFragment(element.getTextContent()))
						.forEach((finding) -> found.add(path + " <" + element.getTagName() + ">: " + finding));
				}
			}
		}
		JsonMapper mapper = JsonMapper.builder().build();
		for (String path : json) {
			HttpActor.Response response = reader.get(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			// Valid JSON, and any HTML in it (descriptions) as harmless as on the page.
			mapper.readTree(response.body())
				.findValues("descriptionHtml")
				.forEach((html) -> LiveMarkup.findIn(Jsoup.parseBodyFragment(html.asString()))
					.forEach((finding) -> found.add(path + " descriptionHtml: " + finding)));
		}
		assertThat(this.stored.get(0).name()).as("the names carry payloads").contains("<");
		assertThat(reader.get("/companies/" + this.stored.get(0).slug() + "/jobs.atom").body())
			.as("the feed carries the payloads, escaped")
			.contains("data-pwned");
		assertThat(found).isEmpty();
	}

	private static Document wellFormed(String path, String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try {
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		}
		catch (SAXException ex) {
			throw new AssertionError(path + " is not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Opens the page and records what came alive on it: a dialog, or anything
	 * {@link LiveMarkup} finds in the DOM. When {@code shownText} is given, the page must
	 * show it as text.
	 * @return 1, for counting pages
	 */
	private int check(String path, String shownText) {
		WebDriver driver = this.browser.driver();
		try {
			driver.get(url(path));
			// Handlers such as onerror run after the page is parsed: give them their
			// moment.
			this.browser.script("return new Promise((done) => setTimeout(done, 50));");
			expectNoDialog(path);
			@SuppressWarnings("unchecked")
			List<String> found = (List<String>) this.browser.script(LiveMarkup.BROWSER_CHECK);
			found.forEach((finding) -> this.findings.add(path + ": " + finding));
			if (shownText != null && !driver.findElement(By.tagName("body")).getText().contains(shownText)) {
				this.findings.add(path + ": does not show " + HostileInputIT.shorten(shownText) + " as text");
			}
		}
		catch (UnhandledAlertException ex) {
			this.findings.add(path + ": a dialog opened: " + ex.getAlertText());
		}
		catch (WebDriverException ex) {
			this.findings.add(
					path + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage().lines().findFirst().orElse(""));
		}
		return 1;
	}

	private void expectNoDialog(String path) {
		try {
			String text = this.browser.driver().switchTo().alert().getText();
			this.browser.driver().switchTo().alert().dismiss();
			this.findings.add(path + ": a dialog opened: " + text);
		}
		catch (NoAlertPresentException ex) {
			// As it should be.
		}
	}

	private void signIn() {
		WebDriver driver = this.browser.driver();
		this.browser.signIn(url(""), this.admin.getEmail(), PASSWORD);
		assertThat(driver.getCurrentUrl()).as("signed in").endsWith("/admin");
	}

	/**
	 * The payload for a text field: each company starts further along the list, each
	 * field takes the next.
	 */
	private String payloadFor(int company, int field) {
		List<String> markup = Payloads.MARKUP;
		return markup.get((company * 4 + field) % markup.size()) + " " + this.token;
	}

	/** The position of a field among the text fields seen so far, adding it when new. */
	private static int position(List<String> fields, String name) {
		if (!fields.contains(name)) {
			fields.add(name);
		}
		return fields.indexOf(name);
	}

	private StoredCompany read(long companyId) {
		return this.jdbc.sql("""
				select c.id, c.slug, c.name, j.id as job_id, j.slug as job_slug,
				    (select max(r.id) from company_revisions r where r.company_id = c.id) as revision_id
				from companies c join jobs j on j.company_id = c.id
				where c.id = ?
				order by j.id desc limit 1
				""")
			.param(companyId)
			.query((rs, row) -> new StoredCompany(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getLong("job_id"), "/jobs/" + rs.getLong("job_id") + "/" + rs.getString("job_slug"),
					rs.getLong("revision_id")))
			.single();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
