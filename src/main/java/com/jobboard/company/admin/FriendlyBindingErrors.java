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

	/** Message codes of what to say per field; anything else gets {@code form.error.invalid}. */
	private static final Map<String, String> MESSAGES = Map.of("foundedDate", "companyAdmin.conversion.foundedDate",
			"sizeBand", "companyAdmin.conversion.sizeBand", "sectorIds", "companyAdmin.conversion.sectorIds", "status",
			"companyAdmin.conversion.status", "version", "companyAdmin.conversion.version", "logo",
			"companyAdmin.conversion.logo", "removeLogo", "form.error.checkbox");

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
		String field = ex.getPropertyName();
		String code = MESSAGES.getOrDefault(field, "form.error.invalid");
		bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
				new String[] { code }, new Object[0], null));
	}

}
