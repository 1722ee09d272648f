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

	static final String STALE_FORM = "This form is out of date. Open the job again and make your changes there.";

	private static final Map<String, String> MESSAGES = Map.of("employmentType",
			"Choose one of the employment types in the list.", "salaryMin",
			"Enter an amount in digits, like 65000 or 65000.50.", "salaryMax",
			"Enter an amount in digits, like 65000 or 65000.50.", "salaryPeriod",
			"Choose one of the periods in the list.", "expiresOn", "Enter a date like 2026-12-31.", "remote",
			"Tick the box or leave it empty.");

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
		String field = ex.getPropertyName();
		if (field == null) {
			super.processPropertyAccessException(ex, bindingResult);
			return;
		}
		if ("version".equals(field)) {
			bindingResult.reject("staleForm", STALE_FORM);
			return;
		}
		String message = MESSAGES.getOrDefault(field, "Enter a valid value.");
		// Only this form's own code, so that a site-wide "typeMismatch" message cannot replace these.
		String[] codes = { ex.getErrorCode() + "." + bindingResult.getObjectName() + "." + field };
		bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true, codes,
				new Object[0], message));
	}

}
