package com.jobboard.alerts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jobboard.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads the mails the test SMTP server received for one address, and the links in them.
 */
final class AlertMailbox {

	private AlertMailbox() {
	}

	static List<MimeMessage> to(String address) {
		return TestMail.received().stream().filter((message) -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The text/plain part of a message. */
	static String text(MimeMessage message) throws Exception {
		String text = find(message, "text/plain");
		if (text == null) {
			throw new AssertionError("no text part in " + message.getSubject());
		}
		return text;
	}

	static String html(MimeMessage message) throws Exception {
		return find(message, "text/html");
	}

	private static String find(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = find(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * The path and query of the first link in the text to the given path
	 * ({@code /alerts/confirm}).
	 */
	static String link(String text, String path) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_.\\-]+)")
			.matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("no link to " + path + " in:\n" + text);
		}
		return matcher.group(1);
	}

}
