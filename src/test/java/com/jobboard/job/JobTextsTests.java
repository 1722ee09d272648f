package com.jobboard.job;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A job's place and salary in words, in English and German, from the message bundles. */
class JobTextsTests {

	private final JobTexts texts = new JobTexts(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishSalariesNameCurrencyRangeAndPeriod() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.texts.salary(job("65000", "80000.50", SalaryPeriod.YEAR)))
			.isEqualTo("EUR 65,000–80,000.5 a year");
		assertThat(this.texts.salary(job("20", null, SalaryPeriod.HOUR))).isEqualTo("from EUR 20 an hour");
		assertThat(this.texts.salary(job(null, "4000", SalaryPeriod.MONTH))).isEqualTo("up to EUR 4,000 a month");
		assertThat(this.texts.salary(job("500", "500.00", SalaryPeriod.WEEK))).isEqualTo("EUR 500 a week");
		assertThat(this.texts.salary(job(null, null, null))).isEmpty();
	}

	@Test
	void germanSalariesFollowGermanHabits() {
		LocaleContextHolder.setLocale(Locale.GERMAN);

		assertThat(this.texts.salary(job("65000", "80000.50", SalaryPeriod.YEAR)))
			.isEqualTo("65.000–80.000,5 EUR pro Jahr");
		assertThat(this.texts.salary(job("20", null, SalaryPeriod.HOUR))).isEqualTo("ab 20 EUR pro Stunde");
	}

	@Test
	void placesSayWhereAndWhetherRemote() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(this.texts.where(place("Berlin", "DE", false))).isEqualTo("Berlin, DE");
		assertThat(this.texts.where(place("Berlin", "DE", true))).isEqualTo("Berlin, DE · Remote");
		assertThat(this.texts.where(place(null, "DE", true))).isEqualTo("Remote");
		assertThat(this.texts.where(place(" ", null, false))).isEmpty();
	}

	private static JobSummary job(String min, String max, SalaryPeriod period) {
		return new JobSummary(1, 1, "Job", "job", EmploymentType.FULL_TIME, null, null, false,
				(min != null) ? new BigDecimal(min) : null, (max != null) ? new BigDecimal(max) : null,
				(min != null || max != null) ? "EUR" : null, period, Instant.EPOCH, null);
	}

	private static JobSummary place(String location, String countryCode, boolean remote) {
		return new JobSummary(1, 1, "Job", "job", EmploymentType.FULL_TIME, location, countryCode, remote, null, null,
				null, null, Instant.EPOCH, null);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
