package com.jobboard.mail;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.jspecify.annotations.Nullable;

/**
 * One message to send, rendered when it is enqueued ({@link MailOutbox#enqueue}), in the
 * recipient's language. Built with {@link #to(String, Locale)}; the constructor refuses
 * anything that could not be sent safely, so that no value can ever add a header line:
 * every address parses strictly as one plain address, and no header value (address,
 * subject argument, unsubscribe address) contains a CR or LF.
 *
 * @param to the recipient's address, such as {@code ada@example.com}
 * @param locale the recipient's language: the subject and both parts are rendered in it
 * @param template the template's name under {@code templates/mail/} without extension,
 * such as {@code alerts/digest} ({@code .html} for the HTML part, {@code .txt} for the
 * text part)
 * @param model the variables of both templates
 * @param subjectArguments the arguments of the subject's message
 * ({@code mail.alerts.digest.subject})
 * @param replyTo a visitor's address: the only place such an address may ever go (From is
 * always the site's)
 * @param unsubscribe the one-click unsubscribe address (List-Unsubscribe,
 * List-Unsubscribe-Post)
 */
public record OutgoingMail(String to, Locale locale, String template, Map<String, Object> model,
		List<Object> subjectArguments, @Nullable String replyTo, @Nullable URI unsubscribe) {

	/**
	 * Lower-case path segments only: no "..", no absolute path, nothing a resolver could
	 * misread.
	 */
	private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

	/**
	 * The longest address SMTP allows (RFC 5321: 64 for the local part, 255 for the
	 * domain).
	 */
	private static final int MAX_ADDRESS_LENGTH = 320;

	public OutgoingMail {
		to = address("to", to);
		if (locale == null) {
			throw new IllegalArgumentException("No locale: every message is written in its recipient's language");
		}
		if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
			throw new IllegalArgumentException("Not a mail template name: " + template);
		}
		model = Collections.unmodifiableMap(new LinkedHashMap<>((model != null) ? model : Map.of()));
		subjectArguments = Collections
			.unmodifiableList(new ArrayList<>((subjectArguments != null) ? subjectArguments : List.of()));
		for (Object argument : subjectArguments) {
			if (argument != null) {
				singleLine("subject argument", argument.toString());
			}
		}
		if (replyTo != null) {
			replyTo = address("replyTo", replyTo);
		}
		if (unsubscribe != null) {
			checkUnsubscribe(unsubscribe);
		}
	}

	/** Starts a message to this address, in this language. */
	public static Builder to(String address, Locale locale) {
		return new Builder(address, locale);
	}

	/**
	 * The message key of the subject: {@code mail.} and the template's name with dots for
	 * slashes.
	 */
	public String subjectKey() {
		return "mail." + this.template.replace('/', '.') + ".subject";
	}

	/** The value of the List-Unsubscribe header, or null. */
	@Nullable public String listUnsubscribe() {
		return (this.unsubscribe != null) ? "<" + this.unsubscribe.toASCIIString() + ">" : null;
	}

	private static String address(String name, String value) {
		if (value == null) {
			throw new IllegalArgumentException(name + ": no address");
		}
		singleLine(name, value);
		String address = value.strip();
		if (address.isEmpty() || address.length() > MAX_ADDRESS_LENGTH) {
			throw new IllegalArgumentException(name + ": not an address of 1 to " + MAX_ADDRESS_LENGTH + " characters");
		}
		try {
			InternetAddress[] parsed = InternetAddress.parse(address, true);
			if (parsed.length != 1) {
				throw new IllegalArgumentException(name + ": not exactly one address: " + address);
			}
			InternetAddress only = parsed[0];
			only.validate();
			// A plain address only: no display name or group, which a visitor could fill
			// with text of their own.
			if (only.isGroup() || only.getPersonal() != null || !address.equals(only.getAddress())
					|| only.getAddress().indexOf('@') < 1) {
				throw new IllegalArgumentException(name + ": not a plain address: " + address);
			}
			return address;
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException(name + ": not an address: " + address, ex);
		}
	}

	static void singleLine(String name, String value) {
		if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
			throw new IllegalArgumentException(name + ": a header value may not contain CR or LF");
		}
	}

	private static void checkUnsubscribe(URI unsubscribe) {
		String text = unsubscribe.toASCIIString();
		singleLine("unsubscribe", text);
		String scheme = unsubscribe.getScheme();
		boolean web = ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
				&& unsubscribe.getHost() != null;
		if (!web || text.indexOf('>') >= 0 || text.indexOf('<') >= 0 || text.indexOf(',') >= 0
				|| text.length() > 2000) {
			throw new IllegalArgumentException("unsubscribe: not an absolute http(s) address: " + text);
		}
	}

	/** Collects a message's parts; {@link #build()} checks them. */
	public static final class Builder {

		private final String to;

		private final Locale locale;

		private String template;

		private final Map<String, Object> model = new LinkedHashMap<>();

		private List<Object> subjectArguments = List.of();

		private String replyTo;

		private URI unsubscribe;

		private Builder(String to, Locale locale) {
			this.to = to;
			this.locale = locale;
		}

		/**
		 * {@code alerts/digest}: templates/mail/alerts/digest.html (HTML part) and .txt
		 * (text part).
		 */
		public Builder template(String template) {
			this.template = template;
			return this;
		}

		/** A variable of both templates. */
		public Builder with(String name, Object value) {
			this.model.put(Objects.requireNonNull(name, "name"), value);
			return this;
		}

		/**
		 * The arguments of the subject's message,
		 * {@code mail.<template with dots>.subject}.
		 */
		public Builder subject(Object... arguments) {
			this.subjectArguments = Arrays.asList(arguments.clone());
			return this;
		}

		/** Where replies go: a visitor's address may only ever be Reply-To. */
		public Builder replyTo(String address) {
			this.replyTo = address;
			return this;
		}

		/**
		 * One-click unsubscribe (RFC 8058): List-Unsubscribe and List-Unsubscribe-Post
		 * headers.
		 */
		public Builder unsubscribe(URI oneClick) {
			this.unsubscribe = oneClick;
			return this;
		}

		/** The message; IllegalArgumentException if any part of it is not allowed. */
		public OutgoingMail build() {
			return new OutgoingMail(this.to, this.locale, this.template, this.model, this.subjectArguments,
					this.replyTo, this.unsubscribe);
		}

	}

}
