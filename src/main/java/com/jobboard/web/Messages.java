package com.jobboard.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts from the message bundles in the current request's language, for what Java says to
 * people (flash messages, option labels). Outside a request: English, never the server's
 * own locale.
 */
@Component
public class Messages {

	private final MessageSource messageSource;

	Messages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	/** The text for a code in the bundles, with its arguments filled in. */
	public String get(String code, Object... arguments) {
		return this.messageSource.getMessage(code, arguments, locale());
	}

	/** The text of a resolvable (such as a validation error) in the current language. */
	public String get(MessageSourceResolvable resolvable) {
		return this.messageSource.getMessage(resolvable, locale());
	}

	/** The current request's language. */
	public static Locale locale() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		return (locale != null) ? locale : Languages.DEFAULT;
	}

}
