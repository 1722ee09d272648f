package com.jobboard.mail;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.mail.MailOutboxIT.address;
import static com.jobboard.mail.MailOutboxIT.receivedBy;
import static com.jobboard.mail.MailOutboxIT.testMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * /admin/mail: the outbox for admins, each message whole and its HTML shown safely; a
 * test message on request.
 */
@IntegrationTest
class MailAdminPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	MailTemplates templates;

	@Autowired
	MessageSource messages;

	@Autowired
	MailSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	UserAccountRepository users;

	@Autowired
	TestCompanies testCompanies;

	private SignedInUser admin;

	@BeforeEach
	void signIn() {
		TestMail.purge();
		UserAccount account = this.users.save(
				new UserAccount("mail-admin-" + UUID.randomUUID() + "@example.com", "{noop}unused", Role.ADMIN, null));
		this.admin = new SignedInUser(account.getId(), account.getEmail(), account.getPasswordHash(), Role.ADMIN, null,
				true);
	}

	@Test
	void theListShowsRecipientSubjectStateWrittenAndAttempts() throws Exception {
		String to = address();
		long id = this.outbox.enqueue(testMessage(to, Locale.ENGLISH).build());

		MvcResult result = this.mvc.perform(get("/admin/mail").with(user(this.admin))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("#mail-delivery").text()).contains("An SMTP server is configured");
		Element row = page.selectFirst("#outbox tbody tr:has(a[href=/admin/mail/" + id + "])");
		assertThat(row).isNotNull();
		assertThat(row.select("th a").text()).isEqualTo("Test message from the job board");
		assertThat(row.select("td").eachText()).hasSize(4).startsWith(to, "Waiting").endsWith("0");
		assertThat(row.selectFirst("time").attr("datetime")).isNotBlank();
		assertThat(page.select(".admin-nav a[aria-current=page]").text()).isEqualTo("Mail");
	}

	@Test
	void aKeptMessageIsListedAsKept() throws Exception {
		MailOutbox keeping = new MailOutbox(this.templates, this.messages, this.jdbc, this.settings, this.clock, false);
		long id = keeping.enqueue(testMessage(address(), Locale.ENGLISH).build());

		Document page = page("/admin/mail");

		Element row = page.selectFirst("#outbox tbody tr:has(a[href=/admin/mail/" + id + "])");
		assertThat(row.select("td").eachText()).contains("Kept (not sent)");
	}

	@Test
	void aMessageShowsItsHeadersTextPartAndHtmlPartSafely() throws Exception {
		String to = address();
		URI unsubscribe = URI.create("https://jobs.example.com/alerts/unsubscribe?token=abc");
		long id = this.outbox.enqueue(OutgoingMail.to(to, Locale.ENGLISH)
			.template("admin/test")
			.with("requestedBy", "<script>alert('x')</script>")
			.replyTo("visitor@example.org")
			.unsubscribe(unsubscribe)
			.build());
		String storedHtml = this.jdbc.sql("select html_body from mail_outbox where id = ?")
			.param(id)
			.query(String.class)
			.single();

		MvcResult result = this.mvc.perform(get("/admin/mail/" + id).with(user(this.admin))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'");
		String html = result.getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("h1").text()).isEqualTo("Test message from the job board");
		assertThat(page.select("#mail-headers tr").eachText()).contains("From " + this.settings.from(), "To " + to,
				"Reply-To visitor@example.org", "Subject Test message from the job board",
				"List-Unsubscribe <" + unsubscribe + ">", "List-Unsubscribe-Post List-Unsubscribe=One-Click");
		assertThat(page.select("#mail-state").text()).isEqualTo("Waiting");
		assertThat(page.select("#mail-text").text()).contains("Mail from the job board works");
		assertThat(page.select("iframe, frame, object, embed")).isEmpty();
		assertThat(page.selectFirst("a#mail-html-link").attr("href")).isEqualTo("/admin/mail/" + id + "/html");
		assertThat(page.select("#mail-html-source").text()).contains("Mail from the job board works")
			.contains("&lt;script&gt;");
		// The message's markup is only ever an attribute value or escaped text on this
		// page, never markup of it.
		assertThat(page.select("script")).isEmpty();
		assertThat(html).doesNotContain("<script>").doesNotContain("<h1 style");
	}

	@Test
	void theHtmlPartIsItsOwnDocumentInASandbox() throws Exception {
		long id = this.outbox.enqueue(testMessage(address(), Locale.GERMAN).build());
		String storedHtml = this.jdbc.sql("select html_body from mail_outbox where id = ?")
			.param(id)
			.query(String.class)
			.single();

		MvcResult result = this.mvc.perform(get("/admin/mail/" + id + "/html").with(user(this.admin))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(result.getResponse().getHeaders("Content-Security-Policy"))
			.containsExactly(MailAdminController.HTML_PART_POLICY);
		assertThat(MailAdminController.HTML_PART_POLICY).startsWith("sandbox;")
			.contains("default-src 'none'")
			.doesNotContain("script-src");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(result.getResponse().getContentAsString()).isEqualTo(storedHtml).contains("E-Mails der Jobbörse");
	}

	@Test
	void anUnknownOrAbsurdMessageIdAnswers404() throws Exception {
		assertThat(status("/admin/mail/999999999999")).isEqualTo(404);
		assertThat(status("/admin/mail/99999999999999999999999")).isEqualTo(404);
		assertThat(status("/admin/mail/abc")).isEqualTo(404);
		assertThat(status("/admin/mail/999999999999/html")).isEqualTo(404);
	}

	@Test
	void theOutboxIsForAdminsOnly() throws Exception {
		long id = this.outbox.enqueue(testMessage(address(), Locale.ENGLISH).build());
		long companyId = this.testCompanies.company("Mail Employer").getId();
		UserAccount employer = this.users.save(new UserAccount("mail-employer-" + UUID.randomUUID() + "@example.com",
				"{noop}unused", Role.EMPLOYER, companyId));
		SignedInUser employerUser = new SignedInUser(employer.getId(), employer.getEmail(), employer.getPasswordHash(),
				Role.EMPLOYER, companyId, true);

		for (String path : List.of("/admin/mail", "/admin/mail/" + id, "/admin/mail/" + id + "/html")) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
			assertThat(this.mvc.perform(get(path).with(user(employerUser))).andReturn().getResponse().getStatus())
				.isEqualTo(403);
		}
		assertThat(this.mvc.perform(post("/admin/mail/test").with(csrf()).with(user(employerUser)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void anAdminsTestMessageArrivesInTheirLanguage() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/mail/test").with(csrf()).with(user(this.admin)).header("Accept-Language", "de"))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).matches("/admin/mail/\\d+");
		assertThat((String) result.getFlashMap().get("message")).contains(this.admin.email()).contains("Postausgang");
		this.dispatcher.deliverDue();
		List<MimeMessage> received = receivedBy(this.admin.email());
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Testnachricht der Jobbörse");
		MimeMultipart parts = (MimeMultipart) received.get(0).getContent();
		assertThat((String) parts.getBodyPart(0).getContent())
			.contains(this.admin.email() + " hat diese Testnachricht");
		Document page = page(result.getResponse().getRedirectedUrl());
		assertThat(page.select("#mail-state").text()).isEqualTo("Sent");
	}

	@Test
	void theDashboardLinksToTheOutbox() throws Exception {
		Document dashboard = page("/admin");

		assertThat(dashboard.select("a[href=/admin/mail]")).isNotEmpty();
	}

	private Document page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(this.admin))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private int status(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.admin))).andReturn().getResponse().getStatus();
	}

}
