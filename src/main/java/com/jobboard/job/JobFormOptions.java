package com.jobboard.job;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The choices the job pages' lists offer, value to label, in the order people expect them. */
final class JobFormOptions {

	static final Map<String, String> EMPLOYMENT_TYPES = employmentTypes();

	static final Map<String, String> SALARY_PERIODS = salaryPeriods();

	/** ISO 3166-1 alpha-2 codes, ordered by English country name. */
	static final Map<String, String> COUNTRIES = countries();

	/** The status filters of the admin lists: "" for every job. */
	static final Map<String, String> STATUS_FILTERS = statusFilters();

	private JobFormOptions() {
	}

	private static Map<String, String> employmentTypes() {
		Map<String, String> options = new LinkedHashMap<>();
		for (EmploymentType type : EmploymentType.values()) {
			options.put(type.name(), type.label());
		}
		return Collections.unmodifiableMap(options);
	}

	private static Map<String, String> salaryPeriods() {
		Map<String, String> options = new LinkedHashMap<>();
		for (SalaryPeriod period : SalaryPeriod.values()) {
			options.put(period.name(), "Per " + period.label());
		}
		return Collections.unmodifiableMap(options);
	}

	private static Map<String, String> countries() {
		Map<String, String> options = new LinkedHashMap<>();
		Arrays.stream(Locale.getISOCountries())
			.sorted(Comparator.comparing(JobFormOptions::countryName).thenComparing(Comparator.naturalOrder()))
			.forEach((code) -> options.put(code, countryName(code)));
		return Collections.unmodifiableMap(options);
	}

	private static String countryName(String code) {
		return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
	}

	private static Map<String, String> statusFilters() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", "All");
		for (JobStatus status : JobStatus.values()) {
			options.put(status.name().toLowerCase(Locale.ROOT), JobPaths.statusLabel(status));
		}
		return Collections.unmodifiableMap(options);
	}

}
