package com.jobboard.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every message goes first: rendered now, in the recipient's language, and stored in the caller's
 * transaction, so that a mail exists exactly when the change that causes it was committed. {@link MailDispatcher}
 * delivers it afterwards. Without an SMTP server ({@code spring.mail.host} unset) messages are kept (HELD) for the
 * admins to read at /admin/mail, and never sent.
 */
@Service
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final MailTemplates templates;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final MailSettings settings;

	private final Clock clock;

	private final boolean sending;

	@Autowired
	MailOutbox(MailTemplates templates, MessageSource messages, JdbcClient jdbc, MailSettings settings, Clock clock,
			ObjectProvider<JavaMailSender> sender) {
		this(templates, messages, jdbc, settings, clock, sender.getIfAvailable() != null);
	}

	MailOutbox(MailTemplates templates, MessageSource messages, JdbcClient jdbc, MailSettings settings, Clock clock,
			boolean sending) {
		this.templates = templates;
		this.messages = messages;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.sending = sending;
	}

	/** Renders the mail now and stores it in the caller's transaction; delivered after commit. Returns the id. */
	@Transactional
	public long enqueue(OutgoingMail mail) {
		String subject = this.messages.getMessage(mail.subjectKey(), mail.subjectArguments().toArray(),
				mail.locale());
		// The bundles are ours, but a subject argument's toString() is not: checked again once put together.
		OutgoingMail.singleLine("subject", subject);
		MailTemplates.Parts parts = this.templates.render(mail, subject);
		Instant now = this.clock.instant();
		String messageId = "<" + UUID.randomUUID() + "@" + this.settings.fromDomain() + ">";
		return this.jdbc.sql("""
				insert into mail_outbox (to_address, from_address, reply_to, subject, text_body, html_body,
				    list_unsubscribe, message_id, template, locale, state, next_attempt_at, created_at)
				values (:to, :from, :replyTo, :subject, :text, :html, :unsubscribe, :messageId, :template, :locale,
				    :state, :now, :now)
				returning id""")
			.param("to", mail.to())
			.param("from", this.settings.from())
			.param("replyTo", mail.replyTo())
			.param("subject", subject)
			.param("text", parts.text())
			.param("html", parts.html())
			.param("unsubscribe", mail.listUnsubscribe())
			.param("messageId", messageId)
			.param("template", mail.template())
			.param("locale", mail.locale().toLanguageTag())
			.param("state", (this.sending ? MailState.PENDING : MailState.HELD).name())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** Says at start-up where mail goes, so that an install without SMTP knows to look at /admin/mail. */
	@EventListener(ApplicationReadyEvent.class)
	public void announce() {
		if (this.sending) {
			log.info("Mail is sent over SMTP from {}", this.settings.from());
		}
		else {
			log.info("No SMTP server configured (SPRING_MAIL_HOST): mail is kept, not sent; admins read it at /admin/mail");
		}
	}

	/** Whether messages are sent (an SMTP server is configured) or only kept for /admin/mail. */
	public boolean sending() {
		return this.sending;
	}

}
