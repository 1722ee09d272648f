package com.jobboard.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.company.SocialNetwork;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.mail.MailOutbox;
import com.jobboard.mail.OutgoingMail;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, as the running server sends it, through the W3C Nu Html Checker
 * (the library behind validator.w3.org/nu, with its schemas from the jar: no network): no
 * errors and no warnings, in English and German, public pages and the admin's pages.
 */
@IntegrationTest
public class HtmlConformanceIT {

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static final String PASSWORD = TestPasswords.PASSWORD;

	private static final String MARKDOWN = """
			## What we do

			We build **robots** for [warehouses](https://example.com/robots).

			#### Our team

			- Engineers
			- Designers

			# How we hire

			1. Talk
			2. Offer
			""";

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	MarkdownRenderer markdown;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MailOutbox mailOutbox;

	@Test
	void publicAndAdminPagesHaveNoErrorsOrWarnings() throws Exception {
		Company company = this.testCompanies.company("Conformance Robotics", MARKDOWN);
		company.setTagline("Robots for warehouses");
		company.setFoundedDate(LocalDate.of(2011, 5, 1));
		company.setHeadquarters("Berlin");
		company.setWebsite("https://example.com");
		company.setStreetAddress("Invalidenstraße 10");
		company.setPostalCode("10115");
		company.setLocality("Berlin");
		company.setRegion("Berlin");
		company.setCountryCode("DE");
		company.setSocialLinks(
				company.getSocialLinks().with(SocialNetwork.LINKEDIN, "https://www.linkedin.com/company/conformance"));
		company = this.testCompanies.save(company);
		Job job = this.testCompanies.job(company, "Robot Technician", JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(30)));
		job.describe(MARKDOWN, this.markdown.toSafeHtml(MARKDOWN));
		job.setLocation("Berlin");
		job.setStreetAddress("Invalidenstraße 10");
		job.setPostalCode("10115");
		job.setCountryCode("DE");
		job.setApplyUrl("https://example.com/apply");
		job = this.jobs.save(job);
		Job applyHere = this.testCompanies.job(company, "Robot Mechanic", JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(30)));
		applyHere.setApplyOnSite(true);
		applyHere = this.jobs.save(applyHere);
		String companyPath = "/companies/" + company.getSlug();
		String jobPath = "/jobs/" + job.getId() + "/" + job.getSlug();

		Map<String, Integer> publicPages = new LinkedHashMap<>();
		publicPages.put("/", 200);
		publicPages.put("/companies", 200);
		publicPages.put("/companies?q=Conformance", 200);
		publicPages.put("/companies?q=nothing-matches-this", 200);
		publicPages.put(companyPath, 200);
		publicPages.put("/jobs", 200);
		publicPages.put("/jobs?q=Robot", 200);
		publicPages.put("/jobs?q=nothing-matches-this", 200);
		publicPages.put(jobPath, 200);
		publicPages.put("/no-such-page-" + UUID.randomUUID(), 404);
		publicPages.put("/login", 200);
		publicPages.put("/employers/register", 200);
		publicPages.put("/jobs/" + applyHere.getId() + "/" + applyHere.getSlug(), 200);
		publicPages.put("/jobs/" + applyHere.getId() + "/apply", 200);
		publicPages.put("/alerts/new?q=Robot&location=Berlin", 200);
		publicPages.put(companyPath + "/follow", 200);
		publicPages.put("/invitations/not-a-real-invitation", 404);
		publicPages.put("/alerts/manage?token=tampered", 400);

		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "de")) {
			HttpPages visitor = new HttpPages(this.port);
			for (Map.Entry<String, Integer> page : publicPages.entrySet()) {
				check(visitor, page.getKey(), page.getValue(), language, problems);
			}
		}

		String email = "conformance-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		UserAccount admin = this.users.save(new UserAccount(email, TestPasswords.HASH, Role.ADMIN, null));
		long companyId = company.getId();
		long mailId = this.mailOutbox.enqueue(OutgoingMail.to(email, Locale.GERMAN)
			.template("admin/test")
			.with("requestedBy", email)
			.replyTo("visitor@example.org")
			.unsubscribe(URI.create("https://example.com/unsubscribe?token=conformance"))
			.build());
		List<String> adminPages = List.of("/admin", "/admin/companies", "/admin/companies/new",
				"/admin/companies/" + companyId + "/edit", "/admin/companies/" + companyId + "/history",
				"/admin/companies/" + companyId + "/stats", "/admin/companies/" + companyId + "/jobs",
				"/admin/companies/" + companyId + "/jobs/new", "/admin/jobs", "/admin/jobs/" + job.getId() + "/edit",
				"/admin/users", "/admin/users/new", "/admin/users/" + admin.getId() + "/edit", "/admin/approvals",
				"/admin/mail", "/admin/mail/" + mailId, "/admin/mail/" + mailId + "/html",
				"/admin/companies/" + companyId + "/team", "/admin/companies/" + companyId + "/applications",
				"/admin/jobs/" + applyHere.getId() + "/applications", "/admin/jobs/" + applyHere.getId() + "/stats",
				"/admin/notifications", "/admin/import", "/admin/export");
		for (String language : List.of("en", "de")) {
			HttpPages signedIn = new HttpPages(this.port);
			signedIn.signIn(email, PASSWORD);
			for (String path : adminPages) {
				check(signedIn, path, 200, language, problems);
			}
		}

		assertThat(problems).as("Nu Html Checker messages (page, line: message)").isEmpty();
	}

	/**
	 * The pages the first test cannot reach with a GET: forms sent back with their
	 * errors, the sign-in error, every error page the application renders, and a revision
	 * diff.
	 */
	@Test
	void formsWithErrorsErrorPagesAndRevisionDiffsHaveNoErrorsOrWarnings() throws Exception {
		Company company = this.testCompanies.save(this.testCompanies.company("Conformance Forms", MARKDOWN));
		Job job = this.jobs.save(this.testCompanies.job(company, "Forms Technician", JobStatus.DRAFT, null));
		String email = "conformance-forms-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		this.users.save(new UserAccount(email, TestPasswords.HASH, Role.ADMIN, null));
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		String jobEditPath = "/admin/jobs/" + job.getId() + "/edit";

		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "de")) {
			HttpPages visitor = new HttpPages(this.port);
			String token = csrfToken(visitor, "/login", language);
			check(problems, "sign-in error", language,
					visitor.post("/login", Map.of("username", "nobody-" + UUID.randomUUID() + "@example.test",
							"password", "wrong", "_csrf", token), "Accept-Language", language),
					302);
			check(visitor, "/login?error", 200, language, problems);
			check(problems, "registration errors", language, visitor.post("/employers/register",
					Map.of("email", "not an address", "password", "short", "confirmPassword", "other", "companyName",
							"", "website", "nowhere", "_csrf", csrfToken(visitor, "/employers/register", language)),
					"Accept-Language", language), 422);

			check(problems, "403", language, visitor.post("/logout", Map.of(), "Accept-Language", language), 403);
			check(problems, "405", language,
					visitor.post("/companies", Map.of("_csrf", token), "Accept-Language", language), 405);
			check(problems, "413", language,
					visitor.post("/login", Map.of("username", "someone@example.com", "password", "x".repeat(1_200_000)),
							"Accept-Language", language),
					413);
			check(problems, "400", language, visitor.post("/login", manyParameters(), "Accept-Language", language),
					400);
			check(visitor, "/jobs?page=not-a-number", 400, language, problems);
			check(visitor, "/companies?q=" + "a".repeat(501), 414, language, problems);
			check(visitor, TestOnlyEndpoints.FAILURE_PATH, 500, language, problems);

			HttpPages admin = new HttpPages(this.port);
			admin.signIn(email, PASSWORD);
			check(admin, "/admin/no-such-page-" + UUID.randomUUID(), 404, language, problems);
			check(admin, "/admin/companies/" + company.getId() + "/archive", 405, language, problems);

			Map<String, String> companyForm = formFields(admin, editPath, language);
			companyForm.put("name", "");
			companyForm.put("postalCode", "!!");
			companyForm.put("countryCode", "XX");
			companyForm.put("website", "not a web address");
			check(problems, "company form errors", language,
					admin.post(editPath, companyForm, "Accept-Language", language), 422);

			Map<String, String> jobForm = formFields(admin, jobEditPath, language);
			jobForm.put("title", "");
			jobForm.put("postalCode", "?");
			jobForm.put("salaryMin", "lots");
			jobForm.put("action", "save");
			// Like every form, the job form answers its errors with 422 (FormAnswers).
			check(problems, "job form errors", language, admin.post(jobEditPath, jobForm, "Accept-Language", language),
					422);
		}

		HttpPages admin = new HttpPages(this.port);
		admin.signIn(email, PASSWORD);
		Map<String, String> firstChange = formFields(admin, editPath, "en");
		firstChange.put("tagline", "Forms that check themselves");
		assertThat(admin.post(editPath, firstChange).statusCode()).as("saving the company form").isEqualTo(303);
		Map<String, String> secondChange = formFields(admin, editPath, "en");
		secondChange.put("streetAddress", "Hafenstraße 1");
		secondChange.put("countryCode", "DE");
		assertThat(admin.post(editPath, secondChange).statusCode()).as("saving it again").isEqualTo(303);
		String historyPath = "/admin/companies/" + company.getId() + "/history";
		String diffPath = Jsoup.parse(admin.get(historyPath).body())
			.select("a[href*='/history/diff']")
			.stream()
			.map((link) -> link.attr("href"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link to a revision's changes on " + historyPath));
		for (String language : List.of("en", "de")) {
			check(admin, diffPath, 200, language, problems);
		}

		assertThat(problems).as("Nu Html Checker messages (page, line: message)").isEmpty();
	}

	private static String csrfToken(HttpPages client, String path, String language) throws Exception {
		return Jsoup.parse(client.get(path, "Accept-Language", language).body()).selectFirst("input[name=_csrf]").val();
	}

	/** What the browser would send for the form on the page, unchanged. */
	private static Map<String, String> formFields(HttpPages client, String path, String language) throws Exception {
		Document page = Jsoup.parse(client.get(path, "Accept-Language", language).body());
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element control : page.select("form.stacked-form input[name], form.stacked-form select[name], "
				+ "form.stacked-form textarea[name]")) {
			String type = control.attr("type");
			if (type.equals("file") || type.equals("submit")
					|| ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked"))) {
				continue;
			}
			String value = switch (control.tagName()) {
				case "select" -> control.select("option[selected]").val();
				case "textarea" -> control.wholeText();
				default -> control.val();
			};
			fields.putIfAbsent(control.attr("name"), value);
		}
		return fields;
	}

	private static Map<String, String> manyParameters() {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < 600; i++) {
			form.put("p" + i, "v");
		}
		return form;
	}

	private static void check(List<String> problems, String what, String language, HttpResponse<String> response,
			int status) throws Exception {
		assertThat(response.statusCode()).as("status of %s (%s)", what, language).isEqualTo(status);
		if (status == 302) {
			return;
		}
		for (String message : validate(response.body())) {
			problems.add(what + " (" + language + ") " + message);
		}
	}

	private static void check(HttpPages client, String path, int status, String language, List<String> problems)
			throws Exception {
		HttpResponse<String> response = client.get(path, "Accept-Language", language);
		assertThat(response.statusCode()).as("status of %s (%s)", path, language).isEqualTo(status);
		String page = path + " (" + language + ")";
		for (String message : validate(response.body())) {
			problems.add(page + " " + message);
		}
	}

	/**
	 * The checker's errors and warnings for one HTML document, as "line N: message".
	 * Public for the pages only another application context can render
	 * (system.DatabaseOutageTests: the 503 page).
	 */
	public static List<String> validate(String html) throws Exception {
		List<String> messages = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException exception) {
				messages.add("line " + exception.getLineNumber() + ": warning: " + exception.getMessage());
			}

			@Override
			public void error(SAXParseException exception) {
				messages.add("line " + exception.getLineNumber() + ": error: " + exception.getMessage());
			}

			@Override
			public void fatalError(SAXParseException exception) {
				messages.add("line " + exception.getLineNumber() + ": fatal: " + exception.getMessage());
			}
		};
		SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
		validator.setUpMainSchema(SCHEMA, handler);
		validator.setUpValidatorAndParsers(handler, false, false);
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		source.setEncoding("UTF-8");
		validator.checkHtmlInputSource(source);
		return messages;
	}

}
