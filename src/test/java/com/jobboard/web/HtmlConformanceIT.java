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
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, as the running server sends it, through the W3C Nu Html Checker (the
 * library behind validator.w3.org/nu, with its schemas from the jar: no network): no errors and
 * no warnings, in English and German, public pages and the admin's pages.
 */
@IntegrationTest
class HtmlConformanceIT {

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static final String PASSWORD = "correct horse battery staple";

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
	PasswordEncoder passwordEncoder;

	@Autowired
	MailOutbox mailOutbox;

	@Test
	void publicAndAdminPagesHaveNoErrorsOrWarnings() throws Exception {
		Company company = this.testCompanies.company("Conformance Robotics", MARKDOWN);
		company.setTagline("Robots for warehouses");
		company.setFoundedDate(LocalDate.of(2011, 5, 1));
		company.setHeadquarters("Berlin");
		company.setWebsite("https://example.com");
		company = this.testCompanies.save(company);
		Job job = this.testCompanies.job(company, "Robot Technician", JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(30)));
		job.describe(MARKDOWN, this.markdown.toSafeHtml(MARKDOWN));
		job.setLocation("Berlin");
		job.setApplyUrl("https://example.com/apply");
		job = this.jobs.save(job);
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

		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "de")) {
			HttpPages visitor = new HttpPages(this.port);
			for (Map.Entry<String, Integer> page : publicPages.entrySet()) {
				check(visitor, page.getKey(), page.getValue(), language, problems);
			}
		}

		String email = "conformance-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		UserAccount admin = this.users.save(new UserAccount(email, this.passwordEncoder.encode(PASSWORD), Role.ADMIN, null));
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
				"/admin/mail", "/admin/mail/" + mailId, "/admin/mail/" + mailId + "/html");
		for (String language : List.of("en", "de")) {
			HttpPages signedIn = new HttpPages(this.port);
			signedIn.signIn(email, PASSWORD);
			for (String path : adminPages) {
				check(signedIn, path, 200, language, problems);
			}
		}

		assertThat(problems).as("Nu Html Checker messages (page, line: message)").isEmpty();
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

	/** The checker's errors and warnings for one HTML document, as "line N: message". */
	static List<String> validate(String html) throws Exception {
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
