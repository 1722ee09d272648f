package com.jobboard.job;

import java.util.Map;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * Says in plain words what is wrong when a value of the job form cannot even be converted
 * ("abc" as a salary, "2026-02-30" as a date, an employment type that does not exist). The
 * typed text is kept as the rejected value, so the form shows it again beside the message.
 */
class JobFormBindingErrors extends DefaultBindingErrorProcessor {

	/** Message codes of what to say per field; anything else gets {@code form.error.invalid}. */
	private static final Map<String, String> MESSAGES = Map.of("employmentType",
			"jobAdmin.conversion.employmentType", "salaryMin", "jobAdmin.conversion.amount", "salaryMax",
			"jobAdmin.conversion.amount", "salaryPeriod", "jobAdmin.conversion.salaryPeriod", "expiresOn",
			"jobAdmin.conversion.date", "remote", "form.error.checkbox");

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
		String field = ex.getPropertyName();
		if (field == null) {
			super.processPropertyAccessException(ex, bindingResult);
			return;
		}
		if ("version".equals(field)) {
			bindingResult.reject("jobAdmin.conversion.staleForm");
			return;
		}
		// Only this form's own code, so that a site-wide "typeMismatch" message cannot replace these.
		String[] codes = { MESSAGES.getOrDefault(field, "form.error.invalid") };
		bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true, codes,
				new Object[0], null));
	}

}
