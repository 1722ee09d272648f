package com.jobboard.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * Where every message goes first: rendered now, in the recipient's language, and stored
 * in the caller's transaction, so that a mail exists exactly when the change that causes
 * it was committed. {@link MailDispatcher} delivers it afterwards. Without an SMTP server
 * ({@code spring.mail.host} unset) messages are kept (HELD) for the admins to read at
 * /admin/mail, and never sent.
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

	/**
	 * Renders the mail now and stores it in the caller's transaction; delivered after
	 * commit. Returns the id.
	 */
	@Transactional
	public long enqueue(OutgoingMail mail) {
		String subject = this.messages.getMessage(mail.subjectKey(), mail.subjectArguments().toArray(), mail.locale());
		// The bundles are ours, but a subject argument's toString() is not: checked again
		// once put together.
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

	/**
	 * Renders many messages of one kind, each distinct content once (see
	 * {@link MailRenderer}).
	 */
	public MailRenderer renderer() {
		return new MailRenderer(this.templates, this.messages);
	}

	/**
	 * Stores messages rendered beforehand ({@link #renderer()}) in the caller's
	 * transaction, in one statement; delivered after commit.
	 */
	@Transactional
	public void enqueueAll(List<RenderedMail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		int count = mails.size();
		String[] to = new String[count];
		String[] replyTo = new String[count];
		String[] subject = new String[count];
		String[] text = new String[count];
		String[] html = new String[count];
		String[] unsubscribe = new String[count];
		String[] messageId = new String[count];
		String[] template = new String[count];
		String[] locale = new String[count];
		for (int i = 0; i < count; i++) {
			RenderedMail mail = mails.get(i);
			to[i] = mail.to();
			replyTo[i] = mail.replyTo();
			subject[i] = mail.subject();
			text[i] = mail.text();
			html[i] = mail.html();
			unsubscribe[i] = mail.listUnsubscribe();
			messageId[i] = "<" + UUID.randomUUID() + "@" + this.settings.fromDomain() + ">";
			template[i] = mail.template();
			locale[i] = mail.locale().toLanguageTag();
		}
		this.jdbc.sql("""
				insert into mail_outbox (to_address, from_address, reply_to, subject, text_body, html_body,
				    list_unsubscribe, message_id, template, locale, state, next_attempt_at, created_at)
				select m.to_address, :from, m.reply_to, m.subject, m.text_body, m.html_body, m.list_unsubscribe,
				    m.message_id, m.template, m.locale, :state, :now, :now
				from unnest(cast(:to as text[]), cast(:replyTo as text[]), cast(:subject as text[]),
				    cast(:text as text[]), cast(:html as text[]), cast(:unsubscribe as text[]),
				    cast(:messageId as text[]), cast(:template as text[]), cast(:locale as text[]))
				    as m(to_address, reply_to, subject, text_body, html_body, list_unsubscribe, message_id, template,
				        locale)
				""")
			.param("from", this.settings.from())
			.param("state", (this.sending ? MailState.PENDING : MailState.HELD).name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("to", to)
			.param("replyTo", replyTo)
			.param("subject", subject)
			.param("text", text)
			.param("html", html)
			.param("unsubscribe", unsubscribe)
			.param("messageId", messageId)
			.param("template", template)
			.param("locale", locale)
			.update();
	}

	/**
	 * Says at start-up where mail goes, so that an install without SMTP knows to look at
	 * /admin/mail.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void announce() {
		if (this.sending) {
			log.info("Mail is sent over SMTP from {}", this.settings.from());
		}
		else {
			log.info(
					"No SMTP server configured (SPRING_MAIL_HOST): mail is kept, not sent; admins read it at /admin/mail");
		}
	}

	/**
	 * Whether messages are sent (an SMTP server is configured) or only kept for
	 * /admin/mail.
	 */
	public boolean sending() {
		return this.sending;
	}

}
