package com.jobboard.mail;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jobboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendering many messages with their shared content rendered once gives, message by
 * message, exactly what rendering each on its own gives: personal values are escaped as
 * Thymeleaf escapes them.
 */
@IntegrationTest
class MailRendererIT {

	private static final Set<String> PERSONAL = Set.of("alertTitle", "manageUrl");

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailTemplates templates;

	@Autowired
	MessageSource messages;

	@Autowired
	MailSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void sharedRenderingGivesWhatRenderingEachMessageAloneGives() {
		MailRenderer renderer = this.outbox.renderer();
		List<Map<String, String>> jobs = List.of(
				Map.of("title", "Nurse <night> & \"day\"", "company", "Kestrel's Health", "place", "Berlin", "salary",
						"EUR 50,000 a year", "url", "https://jobs.example.com/jobs/1/nurse?a=1&b=2"),
				Map.of("title", "Welder", "company", "Forge", "place", "", "salary", "", "url",
						"https://jobs.example.com/jobs/2/welder"));
		for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
			for (String title : List.of("“nurse” · Berlin", "<b>\"x\" & 'y'</b> — ä ß 😀", "“off”")) {
				OutgoingMail mail = digest("ada@example.com", locale, title, jobs,
						"https://jobs.example.com/alerts/manage?token=a.b&x=<y>",
						"https://jobs.example.com/alerts/unsubscribe?token=" + title.length());
				RenderedMail rendered = renderer.render(mail, PERSONAL);
				String subject = this.messages.getMessage(mail.subjectKey(), mail.subjectArguments().toArray(), locale);
				MailTemplates.Parts alone = this.templates.render(mail, subject);
				assertThat(rendered.subject()).isEqualTo(subject);
				assertThat(rendered.html()).as(locale + " " + title).isEqualTo(alone.html());
				assertThat(rendered.text()).as(locale + " " + title).isEqualTo(alone.text());
				assertThat(rendered.listUnsubscribe()).isEqualTo(mail.listUnsubscribe());
				assertThat(rendered.html()).doesNotContain("mailslot");
			}
		}
	}

	@Test
	void valuesATemplateCouldTestAreRenderedTheOrdinaryWay() {
		OutgoingMail mail = digest("ada@example.com", Locale.ENGLISH, "", List.of(), "no",
				"https://jobs.example.com/alerts/unsubscribe?token=t");
		MailTemplates.Parts alone = this.templates.render(mail,
				this.messages.getMessage(mail.subjectKey(), mail.subjectArguments().toArray(), Locale.ENGLISH));
		RenderedMail rendered = this.outbox.renderer().render(mail, PERSONAL);
		assertThat(rendered.html()).isEqualTo(alone.html());
		assertThat(rendered.text()).isEqualTo(alone.text());
	}

	@Test
	void enqueueAllStoresEveryRenderedMessageInOneGo() {
		String domain = UUID.randomUUID().toString().substring(0, 8) + ".renderer.example.test";
		MailRenderer renderer = this.outbox.renderer();
		List<RenderedMail> mails = List.of(
				renderer.render(digest("one@" + domain, Locale.ENGLISH, "“one”", List.of(), "https://x.example/m1",
						"https://x.example/u1"), PERSONAL),
				renderer.render(digest("two@" + domain, Locale.GERMAN, "“two”", List.of(), "https://x.example/m2",
						"https://x.example/u2"), PERSONAL));
		new TransactionTemplate(this.transactionManager).executeWithoutResult((tx) -> this.outbox.enqueueAll(mails));
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select to_address, from_address, reply_to, subject, html_body, list_unsubscribe, message_id, template,
				    locale, state
				from mail_outbox where to_address like ? order by to_address
				""").param("%@" + domain).query().listOfRows();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("to_address", "one@" + domain)
			.containsEntry("from_address", this.settings.from())
			.containsEntry("subject", mails.get(0).subject())
			.containsEntry("html_body", mails.get(0).html())
			.containsEntry("list_unsubscribe", "<https://x.example/u1>")
			.containsEntry("template", "alerts/digest")
			.containsEntry("locale", "en")
			.containsEntry("state", this.outbox.sending() ? "PENDING" : "HELD");
		assertThat(rows.get(0).get("reply_to")).isNull();
		assertThat(rows.get(1)).containsEntry("to_address", "two@" + domain).containsEntry("locale", "de");
		assertThat(rows.get(0).get("message_id")).isNotEqualTo(rows.get(1).get("message_id"));
	}

	private static OutgoingMail digest(String to, Locale locale, String title, List<Map<String, String>> jobs,
			String manageUrl, String unsubscribeUrl) {
		return OutgoingMail.to(to, locale)
			.template("alerts/digest")
			.with("alertTitle", title)
			.with("frequency", "INSTANT")
			.with("jobs", jobs)
			.with("total", jobs.size() + 3)
			.with("more", 3)
			.with("manageUrl", manageUrl)
			.subject(jobs.size() + 3, title)
			.unsubscribe(URI.create(unsubscribeUrl))
			.build();
	}

}
