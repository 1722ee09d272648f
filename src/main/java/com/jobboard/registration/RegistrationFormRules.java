package com.jobboard.registration;

import com.jobboard.security.AccountRules;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The sign-up form's rules beyond single fields: BCrypt can hash the password, and it was
 * typed the same twice. Runs after the field constraints, so every problem is reported at
 * once.
 */
@Component
class RegistrationFormRules implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return RegistrationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		RegistrationForm form = (RegistrationForm) target;
		String password = form.getPassword();
		if (password != null && !errors.hasFieldErrors("password") && !AccountRules.fitsHash(password)) {
			errors.rejectValue("password", "registration.password.bytes",
					"That password is too long to store: use at most 72 bytes.");
		}
		if (password != null && !password.isEmpty() && !password.equals(form.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "registration.confirmPassword.mismatch",
					"The two passwords are not the same.");
		}
	}

}
