package com.jobboard.job;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.jobboard.address.Countries;
import com.jobboard.web.Messages;

/**
 * The choices the job pages' lists offer, value to label in the request's language, in
 * the order people expect them.
 */
final class JobFormOptions {

	private JobFormOptions() {
	}

	static Map<String, String> employmentTypes(Messages messages) {
		Map<String, String> options = new LinkedHashMap<>();
		for (EmploymentType type : EmploymentType.values()) {
			options.put(type.name(), messages.get("employmentType." + type.name()));
		}
		return options;
	}

	static Map<String, String> salaryPeriods(Messages messages) {
		Map<String, String> options = new LinkedHashMap<>();
		for (SalaryPeriod period : SalaryPeriod.values()) {
			options.put(period.name(), messages.get("salaryPeriod.per." + period.name()));
		}
		return options;
	}

	/** ISO 3166-1 alpha-2 codes, named and ordered in the given language. */
	static Map<String, String> countries(Locale locale) {
		return Countries.options(locale);
	}

	/** The status filters of the admin lists: "" for every job. */
	static Map<String, String> statusFilters(Messages messages) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", messages.get("jobAdmin.filter.allStatuses"));
		for (JobStatus status : JobStatus.values()) {
			options.put(status.name().toLowerCase(Locale.ROOT), messages.get("jobStatus." + status.name()));
		}
		return options;
	}

}
