package com.jobboard.mail;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A message rendered and ready to store ({@link MailRenderer#render},
 * {@link MailOutbox#enqueueAll}): rendering can happen before the transaction that stores
 * it, so that no lock is held meanwhile.
 */
public record RenderedMail(String to, @Nullable String replyTo, String subject, String text, String html,
		@Nullable String listUnsubscribe, String template, Locale locale) {
}
