package com.jobboard.company.admin;

import java.util.Map;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * Says in plain words what is wrong when a value cannot even be converted (a date like
 * {@code 31-31-2020}, a size that is not on the list), instead of Spring's technical message. The
 * rejected text stays in the field.
 */
class FriendlyBindingErrors extends DefaultBindingErrorProcessor {

	private static final Map<String, String> MESSAGES = Map.of("foundedDate",
			"Enter the date as year-month-day, like 2014-03-01.", "sizeBand", "Choose one of the listed sizes.",
			"sectorIds", "Choose sectors from the list.", "status", "Choose one of the listed statuses.", "version",
			"This form is out of date or damaged. Reload the page to edit the profile as saved now.", "logo",
			"Choose an image file to upload.", "removeLogo", "Tick the box or leave it empty.");

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
		String field = ex.getPropertyName();
		String[] codes = bindingResult.resolveMessageCodes(ex.getErrorCode(), field);
		String message = MESSAGES.getOrDefault(field, "This value is not valid.");
		bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true, codes,
				new Object[0], message));
	}

}
