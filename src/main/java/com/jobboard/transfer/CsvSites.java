package com.jobboard.transfer;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The site keys of CSV imports: which board a CSV's ids belong to (import_sources.site).
 * Our exports write this board's own key into every row; an admin may choose the key of a
 * CSV (a hand-made one, or to override the file's); without either it is {@link #LEGACY},
 * the key every CSV had before boards got keys of their own.
 */
@Component
class CsvSites {

	/**
	 * The key of a CSV that names no board, and of CSV imports made before keys could be
	 * chosen.
	 */
	static final String LEGACY = "csv";

	static final int MAX_LENGTH = 200;

	/**
	 * A letter or digit first, then letters, digits and {@code . _ : / @ + -}: an address
	 * or a name, no spaces.
	 */
	private static final Pattern KEY = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}._:/@+-]*$");

	private final JdbcClient jdbc;

	private volatile String own;

	CsvSites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** This board's own key (V18), written into its CSV exports. */
	String own() {
		String key = this.own;
		if (key == null) {
			key = this.jdbc.sql("select site_key from board_site_key").query(String.class).single();
			this.own = key;
		}
		return key;
	}

	/**
	 * The key an admin typed, checked: empty when nothing was typed (the file's key, or
	 * the legacy one, is used then).
	 * @throws IllegalArgumentException when it is too long or has characters a key may
	 * not have
	 */
	static Optional<String> chosen(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String key = typed.strip();
		if (key.length() > MAX_LENGTH || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a site key: " + key);
		}
		return Optional.of(key);
	}

	/**
	 * Whether a CSV with this key may be matched with this board's own rows (same slug,
	 * same job id).
	 */
	boolean isOwnOrLegacy(String site) {
		return LEGACY.equals(site) || own().equals(site);
	}

}
