package com.jobboard.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The languages the site speaks and how a request chooses one: an explicit choice from
 * the footer's language switch (kept in a cookie, so it works without JavaScript and
 * without a session), else the browser's {@code Accept-Language}, else English. The
 * profile page's fast lane and Spring MVC's locale resolver both ask here, so they never
 * disagree.
 */
public final class Languages {

	/** The languages with a complete message bundle; the first is the default. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

	public static final Locale DEFAULT = Locale.ENGLISH;

	/** The cookie that keeps a visitor's explicit choice. */
	public static final String COOKIE = "JOBBOARD_LANG";

	/** The query parameter of the language switch's links ({@code ?lang=de}). */
	public static final String PARAMETER = "lang";

	/**
	 * What a page in the visitor's language varies with: their browser's language and
	 * their choice's cookie.
	 */
	public static final String VARY = "Accept-Language, Cookie";

	private Languages() {
	}

	/** Says, once, that the response depends on the visitor's language. */
	public static void varyByLanguage(HttpServletResponse response) {
		if (!response.getHeaders(HttpHeaders.VARY).contains(VARY)) {
			response.addHeader(HttpHeaders.VARY, VARY);
		}
	}

	/**
	 * The language for this request: the visitor's choice, else their browser's, else
	 * English.
	 */
	public static Locale resolve(HttpServletRequest request) {
		return chosen(request).orElseGet(() -> fromAcceptLanguage(request.getHeader("Accept-Language")));
	}

	/** The language chosen with the switch, when the cookie names a supported one. */
	static Optional<Locale> chosen(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return supported(cookie.getValue());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The best supported language for an {@code Accept-Language} header, honouring its
	 * weights ({@code de-CH;q=0.9} counts as German); English when none fits or the
	 * header is missing or malformed.
	 */
	public static Locale fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return DEFAULT;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
			Locale match = Locale.lookup(ranges, SUPPORTED);
			return (match != null) ? match : DEFAULT;
		}
		catch (IllegalArgumentException ex) {
			return DEFAULT;
		}
	}

	/** The supported language a tag names ("de", "de-AT", "EN"), if any. */
	public static Optional<Locale> supported(String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 35) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst();
	}

}
