package com.jobboard.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jobboard.company.SizeBand;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.SalaryPeriod;

/**
 * Turns the values WordPress plugins store (free-form dates, sizes, PHP-serialized
 * arrays) into ours.
 */
final class SourceValues {

	private static final DateTimeFormatter WP_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("MM/dd/yyyy"), DateTimeFormatter.ofPattern("dd.MM.yyyy"),
			DateTimeFormatter.ofPattern("yyyy/MM/dd"));

	private static final Pattern YEAR = Pattern.compile("^(1[6-9]|20)\\d\\d$");

	private static final Pattern SERIALIZED_STRING = Pattern.compile("s:\\d+:\"(.*?)\";", Pattern.DOTALL);

	private static final Pattern NUMBER = Pattern.compile("^[0-9]+([.,][0-9]{1,2})?$");

	private SourceValues() {
	}

	/**
	 * A date as plugins write it (2024-05-31, 05/31/2024, 31.05.2024, or just a year), or
	 * {@code null} with a note.
	 */
	static LocalDate date(String value, String field, List<Note> notes) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (YEAR.matcher(text).matches()) {
			return LocalDate.of(Integer.parseInt(text), 1, 1);
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		notes.add(new Note("transfer.note.badDate", field, text));
		return null;
	}

	/**
	 * WordPress's post date ("2021-03-29 07:36:41", UTC in {@code post_date_gmt}), or
	 * {@code null} for "0000-00-00 …".
	 */
	static Instant postDate(String gmt, String local) {
		for (String value : new String[] { gmt, local }) {
			if (value != null && !value.isBlank() && !value.startsWith("0000")) {
				try {
					return LocalDateTime.parse(value.strip(), WP_DATE_TIME).toInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException ex) {
					// try the local date
				}
			}
		}
		return null;
	}

	/**
	 * An address people typed without a scheme ("envato.com") gets https:// in front,
	 * with a note; anything else is left for the form's rules to accept or refuse.
	 */
	static String webAddress(String value, String field, List<Note> notes) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.matches("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?$")) {
			notes.add(new Note("transfer.note.schemeAdded", field, text));
			return "https://" + text;
		}
		return text;
	}

	/** A Twitter handle ("@acme" or "acme") or address, as an address on x.com. */
	static String twitter(String value, List<Note> notes) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.matches("^@?[A-Za-z0-9_]{1,15}$")) {
			return "https://x.com/" + text.replaceFirst("^@", "");
		}
		return webAddress(text, "twitter", notes);
	}

	/**
	 * A head count as plugins store it ("50-100", "10+", "200"), as the band its largest
	 * number falls in.
	 */
	static SizeBand sizeBand(String value, List<Note> notes) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Matcher numbers = Pattern.compile("[0-9][0-9,.]*").matcher(value);
		long largest = -1;
		while (numbers.find()) {
			try {
				largest = Math.max(largest, Long.parseLong(numbers.group().replaceAll("[,.]", "")));
			}
			catch (NumberFormatException ex) {
				// too large to be a head count
			}
		}
		if (largest <= 0) {
			notes.add(new Note("transfer.note.badSize", value.strip()));
			return null;
		}
		for (SizeBand band : SizeBand.values()) {
			if (band.maxEmployees() == null || largest <= band.maxEmployees()) {
				return band;
			}
		}
		return SizeBand.SIZE_10001_PLUS;
	}

	/**
	 * A job type term (slug or name) as one of ours; an unknown one is {@code OTHER},
	 * with a note.
	 */
	static EmploymentType employmentType(String value, List<Note> notes) {
		if (value == null || value.isBlank()) {
			return EmploymentType.FULL_TIME;
		}
		String key = value.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		EmploymentType type = switch (key) {
			case "fulltime", "full", "permanent", "fulltimejob" -> EmploymentType.FULL_TIME;
			case "parttime", "part" -> EmploymentType.PART_TIME;
			case "freelance", "contract", "contractor", "freelancer" -> EmploymentType.CONTRACTOR;
			case "temporary", "temp", "seasonal" -> EmploymentType.TEMPORARY;
			case "internship", "intern", "trainee", "apprenticeship" -> EmploymentType.INTERN;
			case "volunteer", "voluntary" -> EmploymentType.VOLUNTEER;
			case "perdiem", "daily" -> EmploymentType.PER_DIEM;
			case "other" -> EmploymentType.OTHER;
			default -> null;
		};
		if (type == null) {
			notes.add(new Note("transfer.note.unknownType", value.strip()));
			return EmploymentType.OTHER;
		}
		return type;
	}

	/** A salary period as plugins name it (monthly, hourly, YEAR…), or {@code null}. */
	static SalaryPeriod salaryPeriod(String value) {
		if (value == null) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "hourly", "hour" -> SalaryPeriod.HOUR;
			case "daily", "day" -> SalaryPeriod.DAY;
			case "weekly", "week" -> SalaryPeriod.WEEK;
			case "monthly", "month" -> SalaryPeriod.MONTH;
			case "yearly", "year", "annual", "annually" -> SalaryPeriod.YEAR;
			default -> null;
		};
	}

	/** A plain amount ("65000", "65000.50", "65,5"); ranges and text are {@code null}. */
	static BigDecimal amount(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip().replace(" ", "");
		if (!NUMBER.matcher(text).matches()) {
			return null;
		}
		return new BigDecimal(text.replace(',', '.'));
	}

	/**
	 * The strings of a PHP-serialized array, in order ({@code a:2:{i:0;s:3:"abc";…}}).
	 */
	static List<String> serializedStrings(String value) {
		List<String> strings = new ArrayList<>();
		if (value == null) {
			return strings;
		}
		Matcher matcher = SERIALIZED_STRING.matcher(value);
		while (matcher.find()) {
			strings.add(matcher.group(1));
		}
		return strings;
	}

	/**
	 * WP Job Board Pro's socials: a serialized list of {network, url} pairs, as network →
	 * url.
	 */
	static Map<String, String> socials(String value) {
		Map<String, String> socials = new LinkedHashMap<>();
		List<String> strings = serializedStrings(value);
		for (int i = 0; i + 3 < strings.size(); i += 4) {
			if ("network".equals(strings.get(i)) && "url".equals(strings.get(i + 2))) {
				socials.putIfAbsent(strings.get(i + 1).toLowerCase(Locale.ROOT), strings.get(i + 3));
			}
		}
		return socials;
	}

	/**
	 * The path of an uploaded file below {@code wp-content/uploads/}, from its address or
	 * stored path.
	 */
	static String uploadsPath(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		int at = text.indexOf("/uploads/");
		String path = (at >= 0) ? text.substring(at + "/uploads/".length()) : text;
		int query = path.indexOf('?');
		return (query >= 0) ? path.substring(0, query) : path;
	}

}
