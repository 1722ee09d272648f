package com.jobboard.mail;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMail;
import com.jobboard.web.SiteUrls;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Messages are rendered into the outbox in the caller's transaction, and arrive at a real
 * SMTP server as written.
 */
@IntegrationTest
class MailOutboxIT {

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
	SiteUrls siteUrls;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@BeforeEach
	void emptyMailboxes() {
		TestMail.purge();
	}

	@Test
	void enqueueStoresTheRenderedMessageWaitingToBeSent() {
		String to = address();
		long id = this.outbox.enqueue(testMessage(to, Locale.ENGLISH).build());

		Map<String, Object> row = row(id);
		assertThat(row).containsEntry("to_address", to)
			.containsEntry("from_address", this.settings.from())
			.containsEntry("subject", "Test message from the job board")
			.containsEntry("state", "PENDING")
			.containsEntry("attempts", 0)
			.containsEntry("template", "admin/test")
			.containsEntry("locale", "en");
		assertThat((String) row.get("text_body")).contains("Mail from the job board works")
			.contains("admin@example.com asked for this test message")
			.contains(this.siteUrls.absolute("/admin/mail"));
		assertThat((String) row.get("html_body")).contains("<h1")
			.contains("Mail from the job board works")
			.contains("href=\"" + this.siteUrls.absolute("/admin/mail") + "\"")
			.contains("lang=\"en\"");
		assertThat(row.get("sent_at")).isNull();
	}

	@Test
	void aGermanRecipientGetsGermanSubjectAndParts() {
		long id = this.outbox.enqueue(testMessage(address(), Locale.GERMAN).build());

		Map<String, Object> row = row(id);
		assertThat(row).containsEntry("subject", "Testnachricht der Jobbörse").containsEntry("locale", "de");
		assertThat((String) row.get("text_body")).contains("E-Mails der Jobbörse kommen an")
			.contains("hat diese Testnachricht")
			.doesNotContain("Mail from the job board works");
		assertThat((String) row.get("html_body")).contains("E-Mails der Jobbörse kommen an")
			.contains("lang=\"de\"")
			.contains("Diese Nachricht wurde automatisch");
	}

	@Test
	void modelValuesAreEscapedInTheHtmlPart() {
		long id = this.outbox.enqueue(OutgoingMail.to(address(), Locale.ENGLISH)
			.template("admin/test")
			.with("requestedBy", "<script>alert(1)</script>")
			.build());

		assertThat((String) row(id).get("html_body")).doesNotContain("<script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void aMessageEnqueuedInATransactionThatRollsBackIsNeverStored() {
		String to = address();
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.outbox.enqueue(testMessage(to, Locale.ENGLISH).build());
			status.setRollbackOnly();
		});

		assertThat(this.jdbc.sql("select count(*) from mail_outbox where to_address = ?")
			.param(to)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aHeaderInjectionAttemptNeverReachesTheOutbox() {
		String to = address();

		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox
			.enqueue(testMessage(to, Locale.ENGLISH).subject("Acme\r\nBcc: victim@example.com").build()));
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.outbox.enqueue(testMessage(to + "\r\nBcc: victim@example.com", Locale.ENGLISH).build()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.outbox
			.enqueue(testMessage(to, Locale.ENGLISH).replyTo("a@example.org\nBcc: victim@example.com").build()));

		assertThat(this.jdbc.sql("select count(*) from mail_outbox where to_address like ?")
			.param(to + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void withoutAnSmtpServerMessagesAreHeldAndNeverSent() {
		MailOutbox keepingOutbox = new MailOutbox(this.templates, this.messages, this.jdbc, this.settings, this.clock,
				false);
		String to = address();
		long id = keepingOutbox.enqueue(testMessage(to, Locale.ENGLISH).build());

		this.dispatcher.deliverDue();

		assertThat(row(id)).containsEntry("state", "HELD").containsEntry("attempts", 0);
		assertThat(receivedBy(to)).isEmpty();
		assertThat(keepingOutbox.sending()).isFalse();
		assertThat(this.outbox.sending()).isTrue();
	}

	@Test
	void aDeliveredMessageHasTheSitesFromBothPartsAndItsHeaders() throws Exception {
		String to = address();
		URI unsubscribe = URI.create(this.siteUrls.absolute("/alerts/unsubscribe?token=" + UUID.randomUUID()));
		long id = this.outbox
			.enqueue(testMessage(to, Locale.ENGLISH).replyTo("visitor@example.org").unsubscribe(unsubscribe).build());

		this.dispatcher.deliverDue();

		List<MimeMessage> received = receivedBy(to);
		assertThat(received).hasSize(1);
		MimeMessage message = received.get(0);
		assertThat(message.getHeader("From", ",")).isEqualTo(this.settings.from());
		assertThat(message.getHeader("Reply-To", ",")).isEqualTo("visitor@example.org");
		assertThat(message.getHeader("To", ",")).isEqualTo(to);
		assertThat(message.getSubject()).isEqualTo("Test message from the job board");
		assertThat(message.getHeader("List-Unsubscribe", ",")).isEqualTo("<" + unsubscribe + ">");
		assertThat(message.getHeader("List-Unsubscribe-Post", ",")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(message.getHeader("Auto-Submitted", ",")).isEqualTo("auto-generated");
		assertThat(message.getMessageID()).isEqualTo(row(id).get("message_id"));
		assertThat(message.getContentType()).startsWith("multipart/alternative");
		MimeMultipart parts = (MimeMultipart) message.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
		assertThat((String) parts.getBodyPart(0).getContent()).contains("Mail from the job board works")
			.contains(this.siteUrls.absolute("/admin/mail"))
			.contains("Unsubscribe: " + unsubscribe);
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").contains("UTF-8");
		assertThat((String) parts.getBodyPart(1).getContent()).contains("Mail from the job board works")
			.contains("href=\"" + this.siteUrls.absolute("/admin/mail") + "\"")
			.contains("href=\"" + unsubscribe + "\"");
		Map<String, Object> row = row(id);
		assertThat(row).containsEntry("state", "SENT").containsEntry("attempts", 1);
		assertThat(row.get("sent_at")).isNotNull();
		assertThat(row.get("lease_until")).isNull();
	}

	@Test
	void aGermanMessageArrivesInGermanWithUmlautsIntact() throws Exception {
		String to = address();
		this.outbox.enqueue(testMessage(to, Locale.GERMAN).build());

		this.dispatcher.deliverDue();

		MimeMessage message = receivedBy(to).get(0);
		assertThat(message.getSubject()).isEqualTo("Testnachricht der Jobbörse");
		MimeMultipart parts = (MimeMultipart) message.getContent();
		assertThat((String) parts.getBodyPart(0).getContent()).contains("E-Mails der Jobbörse kommen an");
		assertThat((String) parts.getBodyPart(1).getContent()).contains("E-Mails der Jobbörse kommen an");
	}

	@Test
	void withoutReplyToOrUnsubscribeThoseHeadersAreAbsent() throws Exception {
		String to = address();
		this.outbox.enqueue(testMessage(to, Locale.ENGLISH).build());

		this.dispatcher.deliverDue();

		MimeMessage message = receivedBy(to).get(0);
		assertThat(message.getHeader("Reply-To")).isNull();
		assertThat(message.getHeader("List-Unsubscribe")).isNull();
		assertThat(message.getHeader("List-Unsubscribe-Post")).isNull();
	}

	static OutgoingMail.Builder testMessage(String to, Locale locale) {
		return OutgoingMail.to(to, locale).template("admin/test").with("requestedBy", "admin@example.com");
	}

	static String address() {
		return "mail-" + UUID.randomUUID() + "@example.com";
	}

	static List<MimeMessage> receivedBy(String address) {
		return TestMail.received().stream().filter((message) -> sentTo(message, address)).toList();
	}

	private static boolean sentTo(MimeMessage message, String address) {
		try {
			jakarta.mail.Address[] recipients = message.getRecipients(Message.RecipientType.TO);
			return recipients != null && recipients.length == 1 && recipients[0].toString().equals(address);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.sql("select * from mail_outbox where id = ?").param(id).query().singleRow();
	}

}
