package com.jobboard.address;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The ISO 3166-1 alpha-2 countries the forms offer, named in the visitor's language by
 * {@link Locale#getDisplayCountry(Locale)}. Templates use it as {@code @countries}.
 */
@Component("countries")
public class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	/** Whether the code is an ISO 3166-1 alpha-2 code (upper case). */
	public static boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	/**
	 * The country's name in the given language (templates pass {@code #locale}, the
	 * page's own, which is also right for pages rendered outside a request's locale
	 * context); the code itself when it is no country.
	 */
	public String name(String code, Locale locale) {
		return nameIn(code, locale);
	}

	/** The country's name in the language of the current request. */
	public String name(String code) {
		return nameIn(code, LocaleContextHolder.getLocale());
	}

	public static String nameIn(String code, Locale locale) {
		if (!isKnown(code)) {
			return code;
		}
		return new Locale("", code).getDisplayCountry(locale);
	}

	/** Every code with its name, ordered by name in the given language. */
	public static Map<String, String> options(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Map<String, String> options = new LinkedHashMap<>();
		Arrays.stream(Locale.getISOCountries())
			.sorted(Comparator.comparing((String code) -> nameIn(code, locale), collator)
				.thenComparing(Comparator.naturalOrder()))
			.forEach((code) -> options.put(code, nameIn(code, locale)));
		return options;
	}

}
