package com.jobboard.web;

import java.text.Normalizer;
import java.util.Locale;

/** Makes URL slugs from names: "Zürich Analytik AG" becomes "zurich-analytik-ag". */
public final class Slugs {

	public static final int MAX_LENGTH = 120;

	private Slugs() {
	}

	/**
	 * A slug of lowercase ASCII letters and digits joined by single hyphens.
	 * @param text any text
	 * @return the slug, or an empty string when the text has no letters or digits
	 */
	public static String slugify(String text) {
		if (text == null) {
			return "";
		}
		String ascii = Normalizer.normalize(text.replace("ß", "ss").replace("&", " and "), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug;
	}

}
