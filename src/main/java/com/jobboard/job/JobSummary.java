package com.jobboard.job;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

import com.jobboard.company.PublishedJob;

/** What a list of jobs shows of each job. */
public record JobSummary(long id, long companyId, String title, String slug, EmploymentType employmentType,
		String location, String countryCode, boolean remote, BigDecimal salaryMin, BigDecimal salaryMax,
		String salaryCurrency, SalaryPeriod salaryPeriod, Instant postedAt, Instant expiresAt) implements PublishedJob {

	/** Whether applicants can still apply at the given instant (the job is published). */
	@Override
	public boolean isOpenAt(Instant now) {
		return this.expiresAt == null || this.expiresAt.isAfter(now);
	}

	public String path() {
		return "/jobs/" + this.id + "/" + this.slug;
	}

	/** Where the work is done, for people: "Berlin, DE · Remote". */
	public String where() {
		return describePlace(this.location, this.countryCode, this.remote);
	}

	static String describePlace(String location, String countryCode, boolean remote) {
		String place = (location != null && !location.isBlank()) ? location : null;
		if (place != null && countryCode != null) {
			place = place + ", " + countryCode;
		}
		if (remote) {
			return (place != null) ? place + " · Remote" : "Remote";
		}
		return (place != null) ? place : "";
	}

	/** "EUR 70,000–90,000 a year", or empty when no salary is given. */
	public String salaryText() {
		return formatSalary(this.salaryMin, this.salaryMax, this.salaryCurrency, this.salaryPeriod);
	}

	static String formatSalary(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {
		if (min == null && max == null) {
			return "";
		}
		NumberFormat number = NumberFormat.getNumberInstance(Locale.ENGLISH);
		number.setMaximumFractionDigits(2);
		String amount;
		if (min != null && max != null && min.compareTo(max) != 0) {
			amount = number.format(min) + "–" + number.format(max);
		}
		else if (min != null) {
			amount = ((max == null) ? "from " : "") + number.format(min);
		}
		else {
			amount = "up to " + number.format(max);
		}
		String text = ((currency != null) ? currency + " " : "") + amount;
		return (period != null) ? text + " a " + period.label() : text;
	}

}
