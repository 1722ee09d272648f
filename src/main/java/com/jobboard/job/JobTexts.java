package com.jobboard.job;

import java.math.BigDecimal;
import java.text.NumberFormat;

import com.jobboard.web.Messages;

import org.springframework.stereotype.Component;

/**
 * A job's place and salary as people read them in the request's language ("Berlin, DE · Remote",
 * "EUR 70,000–90,000 a year"; "EUR 70.000–90.000 pro Jahr"). Templates use it as
 * {@code @jobTexts.place(job)} and {@code @jobTexts.salary(job)}.
 */
@Component("jobTexts")
public class JobTexts {

	private final Messages messages;

	JobTexts(Messages messages) {
		this.messages = messages;
	}

	public String place(JobSummary job) {
		return place(job.location(), job.countryCode(), job.remote());
	}

	public String place(JobDetails job) {
		return place(job.location(), job.countryCode(), job.remote());
	}

	public String salary(JobSummary job) {
		return salary(job.salaryMin(), job.salaryMax(), job.salaryCurrency(), job.salaryPeriod());
	}

	public String salary(JobDetails job) {
		return salary(job.salaryMin(), job.salaryMax(), job.salaryCurrency(), job.salaryPeriod());
	}

	String place(String location, String countryCode, boolean remote) {
		String place = (location != null && !location.isBlank()) ? location : null;
		if (place != null && countryCode != null) {
			place = place + ", " + countryCode;
		}
		if (remote) {
			String remoteText = this.messages.get("jobText.remote");
			return (place != null) ? place + " · " + remoteText : remoteText;
		}
		return (place != null) ? place : "";
	}

	String salary(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {
		if (min == null && max == null) {
			return "";
		}
		NumberFormat number = NumberFormat.getNumberInstance(Messages.locale());
		number.setMaximumFractionDigits(2);
		String amount;
		if (min != null && max != null && min.compareTo(max) != 0) {
			amount = this.messages.get("jobText.salary.range", number.format(min), number.format(max));
		}
		else if (min != null) {
			amount = (max == null) ? this.messages.get("jobText.salary.from", number.format(min)) : number.format(min);
		}
		else {
			amount = this.messages.get("jobText.salary.upTo", number.format(max));
		}
		String text = (currency != null) ? currency + " " + amount : amount;
		return (period != null) ? this.messages.get("jobText.salary.per." + period.name(), text) : text;
	}

}
