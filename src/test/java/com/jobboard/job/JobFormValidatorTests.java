package com.jobboard.job;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/** The job form's rules across fields, without Spring or a database. */
class JobFormValidatorTests {

	private final JobFormValidator validator = new JobFormValidator();

	@Test
	void aCompleteSalaryWithKnownCodesPasses() {
		JobForm form = salary("65000", "80000");

		assertThat(validate(form).hasErrors()).isFalse();
	}

	@Test
	void aMaximumBelowTheMinimumIsRefusedOnTheMaximum() {
		Errors errors = validate(salary("65000", "64999.99"));

		assertThat(errors.getFieldError("salaryMax").getCode()).isEqualTo("jobAdmin.error.salaryRange");
		assertThat(errors.getFieldErrorCount()).isOne();
	}

	@Test
	void anAmountNeedsItsCurrencyAndPeriod() {
		JobForm form = salary("65000", null);
		form.setSalaryCurrency(null);
		form.setSalaryPeriod(null);

		Errors errors = validate(form);

		assertThat(errors.getFieldError("salaryCurrency").getCode()).isEqualTo("jobAdmin.error.currencyRequired");
		assertThat(errors.getFieldError("salaryPeriod").getCode()).isEqualTo("jobAdmin.error.periodRequired");
	}

	@Test
	void anAmountThatCouldNotBeReadStillAsksForCurrencyAndPeriod() {
		JobForm form = new JobForm();
		Errors errors = new BeanPropertyBindingResult(form, "jobForm");
		errors.rejectValue("salaryMin", "typeMismatch");

		this.validator.validate(form, errors);

		assertThat(errors.getFieldError("salaryCurrency").getCode()).isEqualTo("jobAdmin.error.currencyRequired");
		assertThat(errors.getFieldError("salaryPeriod").getCode()).isEqualTo("jobAdmin.error.periodRequired");
	}

	@Test
	void aFieldKeepsTheMessageOfItsFirstProblem() {
		JobForm form = salary("65000", null);
		form.setSalaryCurrency("EURO");
		Errors errors = new BeanPropertyBindingResult(form, "jobForm");
		errors.rejectValue("salaryCurrency", "form.error.maxLength.160");

		this.validator.validate(form, errors);

		assertThat(errors.getFieldErrors("salaryCurrency")).hasSize(1);
		assertThat(errors.getFieldError("salaryCurrency").getCode()).isEqualTo("form.error.maxLength.160");
	}

	@Test
	void unknownCodesAddressesAndYearsAreRefused() {
		JobForm form = new JobForm();
		form.setCountryCode("ZZ");
		form.setApplyUrl("javascript:alert(1)");
		form.setExpiresOn(LocalDate.of(1999, 12, 31));

		Errors errors = validate(form);

		assertThat(errors.getFieldError("countryCode").getCode()).isEqualTo("jobAdmin.error.country");
		assertThat(errors.getFieldError("applyUrl").getCode()).isEqualTo("jobAdmin.error.applyUrl");
		assertThat(errors.getFieldError("expiresOn").getCode()).isEqualTo("jobAdmin.error.expiryYear");
	}

	@Test
	void onlyAbsoluteWebAddressesWithAHostAreWebAddresses() {
		assertThat(JobFormValidator.isWebAddress("https://example.com/jobs/1")).isTrue();
		assertThat(JobFormValidator.isWebAddress("HTTP://example.com")).isTrue();
		assertThat(JobFormValidator.isWebAddress("//evil.example/apply")).isFalse();
		assertThat(JobFormValidator.isWebAddress("https://")).isFalse();
		assertThat(JobFormValidator.isWebAddress("https://exa mple.com")).isFalse();
		assertThat(JobFormValidator.isWebAddress("ftp://example.com")).isFalse();
		// the same rule as the company form's links: no credentials in an address a page
		// links to
		assertThat(JobFormValidator.isWebAddress("http://user@example.com/apply")).isFalse();
	}

	private Errors validate(JobForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "jobForm");
		this.validator.validate(form, errors);
		return errors;
	}

	private static JobForm salary(String min, String max) {
		JobForm form = new JobForm();
		form.setSalaryMin((min != null) ? new BigDecimal(min) : null);
		form.setSalaryMax((max != null) ? new BigDecimal(max) : null);
		form.setSalaryCurrency("EUR");
		form.setSalaryPeriod(SalaryPeriod.YEAR);
		return form;
	}

}
