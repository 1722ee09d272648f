package com.jobboard.mail;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.unbescape.html.HtmlEscape;

import org.springframework.context.MessageSource;

/**
 * Renders many messages of one kind, each distinct template and shared content once: a
 * digest sent to thousands of alerts lists the same jobs for many of them, and only a few
 * values (the alert's title, its links, the subject) differ. The caller names those
 * personal variables; they are rendered as markers, and each message gets a copy of the
 * shared rendering with its own values put in, escaped as Thymeleaf escapes text and
 * attributes in HTML (and as they are in the text part). Values that a template could
 * test rather than print (empty, or {@code false}, {@code off}, {@code no}) are rendered
 * the ordinary way. Not thread-safe: one per run of sending, got from
 * {@link MailOutbox#renderer()}; it remembers the last {@value #REMEMBERED} renderings.
 */
public final class MailRenderer {

	static final int REMEMBERED = 200;

	private final MailTemplates templates;

	private final MessageSource messages;

	/**
	 * Letters and digits only, so that escaping leaves it alone; random, so that no
	 * content can contain it.
	 */
	private final String marker = "mailslot" + UUID.randomUUID().toString().replace("-", "");

	private final Map<Shared, MailTemplates.Parts> rendered = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Shared, MailTemplates.Parts> eldest) {
			return size() > REMEMBERED;
		}

	};

	MailRenderer(MailTemplates templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	/**
	 * Renders a message whose {@code personal} variables (strings) differ from one
	 * recipient to the next.
	 */
	public RenderedMail render(OutgoingMail mail, Set<String> personal) {
		String subject = this.messages.getMessage(mail.subjectKey(), mail.subjectArguments().toArray(), mail.locale());
		// The bundles are ours, but a subject argument's toString() is not: checked again
		// once put together.
		OutgoingMail.singleLine("subject", subject);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("subject", subject);
		values.put("unsubscribeUrl", (mail.unsubscribe() != null) ? mail.unsubscribe().toASCIIString() : null);
		for (String name : personal) {
			values.put(name, (mail.model().get(name) instanceof String value) ? value : null);
		}
		MailTemplates.Parts parts = values.values().stream().allMatch(MailRenderer::printedOnly)
				? personalised(mail, values) : this.templates.render(mail, subject);
		return new RenderedMail(mail.to(), mail.replyTo(), subject, parts.text(), parts.html(), mail.listUnsubscribe(),
				mail.template(), mail.locale());
	}

	private MailTemplates.Parts personalised(OutgoingMail mail, Map<String, String> values) {
		Map<String, Object> shared = new HashMap<>(mail.model());
		shared.keySet().removeAll(values.keySet());
		MailTemplates.Parts withMarkers = this.rendered.computeIfAbsent(
				new Shared(mail.template(), mail.locale(), shared), (key) -> renderWithMarkers(mail, values));
		String text = withMarkers.text();
		String html = withMarkers.html();
		int slot = 0;
		for (String value : values.values()) {
			String marker = marker(slot++);
			text = text.replace(marker, value);
			html = html.replace(marker, HtmlEscape.escapeHtml4Xml(value));
		}
		return new MailTemplates.Parts(text, html);
	}

	private MailTemplates.Parts renderWithMarkers(OutgoingMail mail, Map<String, String> values) {
		OutgoingMail.Builder template = OutgoingMail.to(mail.to(), mail.locale()).template(mail.template());
		mail.model().forEach(template::with);
		int slot = 0;
		String subject = null;
		for (Map.Entry<String, String> value : values.entrySet()) {
			String marker = marker(slot++);
			switch (value.getKey()) {
				case "subject" -> subject = marker;
				case "unsubscribeUrl" -> template.unsubscribe(java.net.URI.create("https://" + marker + ".invalid/"));
				default -> template.with(value.getKey(), marker);
			}
		}
		MailTemplates.Parts parts = this.templates.render(template.build(), subject);
		String unsubscribeStandIn = "https://" + marker(1) + ".invalid/";
		return new MailTemplates.Parts(parts.text().replace(unsubscribeStandIn, marker(1)),
				parts.html().replace(unsubscribeStandIn, marker(1)));
	}

	private String marker(int slot) {
		return this.marker + "x" + slot + "x";
	}

	/**
	 * Whether a template can only print the value, not tell it from another one in a
	 * condition.
	 */
	private static boolean printedOnly(String value) {
		return value != null && !value.isEmpty()
				&& !List.of("false", "off", "no").contains(value.toLowerCase(Locale.ROOT));
	}

	/** Everything of a message but its personal values. */
	private record Shared(String template, Locale locale, Map<String, Object> model) {
	}

}
