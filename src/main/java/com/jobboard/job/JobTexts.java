package com.jobboard.job;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A job's place and salary as people read them, in the request's language. Templates use
 * it as {@code @jobTexts.where(job)} and {@code @jobTexts.salary(job)} for lists and job
 * pages alike.
 */
@Component("jobTexts")
public class JobTexts {

	private final MessageSource messages;

	JobTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** "Berlin, DE · Remote", "Remote", "Berlin", or empty when nothing is known. */
	public String where(JobSummary job) {
		return where(job.location(), job.countryCode(), job.remote());
	}

	public String where(JobDetails job) {
		return where(job.location(), job.countryCode(), job.remote());
	}

	/**
	 * "EUR 70,000–90,000 a year", "from EUR 20 an hour", or empty when no salary is
	 * given.
	 */
	public String salary(JobSummary job) {
		return salary(job.salaryMin(), job.salaryMax(), job.salaryCurrency(), job.salaryPeriod());
	}

	public String salary(JobDetails job) {
		return salary(job.salaryMin(), job.salaryMax(), job.salaryCurrency(), job.salaryPeriod());
	}

	/**
	 * The kind of job and where it is, for descriptions: "Full-time, Berlin, DE ·
	 * Remote".
	 */
	public String facts(JobDetails job) {
		String type = message("jobs.type." + job.employmentType().name());
		String where = where(job);
		return where.isEmpty() ? type : message("jobs.facts", type, where);
	}

	private String where(String location, String countryCode, boolean remote) {
		String place = (location != null && !location.isBlank()) ? location.strip() : null;
		if (place != null && countryCode != null) {
			place = message("jobs.place.withCountry", place, countryCode);
		}
		if (remote) {
			return (place != null) ? message("jobs.place.andRemote", place) : message("jobs.place.remote");
		}
		return (place != null) ? place : "";
	}

	private String salary(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {
		if (min == null && max == null) {
			return "";
		}
		String code = (currency != null) ? currency : "";
		String amount;
		if (min != null && max != null && min.compareTo(max) != 0) {
			amount = message("jobs.salary.range", code, number(min), number(max));
		}
		else if (min != null && max != null) {
			amount = message("jobs.salary.exact", code, number(min));
		}
		else if (min != null) {
			amount = message("jobs.salary.from", code, number(min));
		}
		else {
			amount = message("jobs.salary.upTo", code, number(max));
		}
		amount = amount.strip();
		return (period != null) ? message("jobs.salary.per." + period.name(), amount) : amount;
	}

	private static String number(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	private String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, locale);
	}

}
