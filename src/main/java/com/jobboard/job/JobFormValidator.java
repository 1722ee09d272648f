package com.jobboard.job;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

import com.jobboard.address.Countries;
import com.jobboard.web.WebAddress;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The job form's rules that the field annotations of {@link JobForm} cannot express:
 * known country and currency codes, a salary range the right way round that says its
 * currency and period, an apply address on the web, a four-digit expiry year. Bound to
 * the form with {@code @InitBinder("jobForm")}; runs after the field constraints, so
 * every problem is reported at once, and a field keeps only its first message. They hold
 * whatever the job's status; what publishing needs on top is
 * {@link JobPublishingRules}'s. Imports check their jobs with it too.
 */
@Component
class JobFormValidator implements Validator {

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private static final int EARLIEST_YEAR = 2000;

	private static final int LATEST_YEAR = 9999;

	@Override
	public boolean supports(Class<?> type) {
		return JobForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		JobForm form = (JobForm) target;
		if (form.getCountryCode() != null && !Countries.isKnown(form.getCountryCode())) {
			rejectOnce(errors, "countryCode", "jobAdmin.error.country");
		}
		if (form.getSalaryCurrency() != null && !CURRENCIES.contains(form.getSalaryCurrency())) {
			rejectOnce(errors, "salaryCurrency", "jobAdmin.error.currency");
		}
		if (form.getSalaryMin() != null && form.getSalaryMax() != null && !errors.hasFieldErrors("salaryMin")
				&& form.getSalaryMax().compareTo(form.getSalaryMin()) < 0) {
			rejectOnce(errors, "salaryMax", "jobAdmin.error.salaryRange");
		}
		// An amount that could not be read still says a salary was meant.
		if (form.hasSalary() || errors.hasFieldErrors("salaryMin") || errors.hasFieldErrors("salaryMax")) {
			if (form.getSalaryCurrency() == null) {
				rejectOnce(errors, "salaryCurrency", "jobAdmin.error.currencyRequired");
			}
			if (form.getSalaryPeriod() == null) {
				rejectOnce(errors, "salaryPeriod", "jobAdmin.error.periodRequired");
			}
		}
		if (form.getApplyUrl() != null && !isWebAddress(form.getApplyUrl())) {
			rejectOnce(errors, "applyUrl", "jobAdmin.error.applyUrl");
		}
		LocalDate expiresOn = form.getExpiresOn();
		if (expiresOn != null && (expiresOn.getYear() < EARLIEST_YEAR || expiresOn.getYear() > LATEST_YEAR)) {
			rejectOnce(errors, "expiresOn", "jobAdmin.error.expiryYear");
		}
	}

	/** The same rule as every other address field: {@link WebAddress}. */
	static boolean isWebAddress(String value) {
		return WebAddress.Validator.isWebAddress(value);
	}

	/** A field shows one message: the first problem found. */
	static void rejectOnce(Errors errors, String field, String messageCode) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, messageCode);
		}
	}

}
