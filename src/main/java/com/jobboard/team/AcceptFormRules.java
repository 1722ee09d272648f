package com.jobboard.team;

import com.jobboard.security.AccountRules;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The password rules beyond one field: BCrypt can hash it, and it was typed the same
 * twice.
 */
@Component
class AcceptFormRules implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return AcceptForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AcceptForm form = (AcceptForm) target;
		String password = form.getPassword();
		if (password != null && !errors.hasFieldErrors("password") && !AccountRules.fitsHash(password)) {
			errors.rejectValue("password", "users.error.passwordBytes");
		}
		if (password != null && !password.isEmpty() && !password.equals(form.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "users.error.passwordMismatch");
		}
	}

}
