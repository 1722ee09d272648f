package com.jobboard.security;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of the user forms that Bean Validation on one field cannot express: the two
 * passwords match, BCrypt can hash the password, and an employer has a company. Runs
 * after the single-field constraints, so every problem is reported at once.
 */
@Component
class UserForms implements Validator {

	static final int MIN_PASSWORD_LENGTH = FirstAdmin.MIN_PASSWORD_LENGTH;

	static final int MAX_PASSWORD_LENGTH = 200;

	/**
	 * BCrypt uses at most 72 bytes of a password, and Spring Security refuses longer
	 * ones.
	 */
	static final int MAX_PASSWORD_BYTES = 72;

	static final String PASSWORD_LENGTH_MESSAGE = "{users.error.passwordLength}";

	/**
	 * Something, an at sign, something with a dot: on top of {@code @Email}'s own checks.
	 */
	static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	@Override
	public boolean supports(Class<?> type) {
		return PasswordChoice.class.isAssignableFrom(type) || RoleChoice.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof PasswordChoice choice) {
			validatePassword(choice, errors);
		}
		if (target instanceof RoleChoice choice && choice.getRole() == Role.EMPLOYER && choice.getCompanyId() == null
				&& !errors.hasFieldErrors("companyId")) {
			errors.rejectValue("companyId", "users.error.companyRequired");
		}
	}

	private static void validatePassword(PasswordChoice choice, Errors errors) {
		String password = choice.getPassword();
		if (password != null && !errors.hasFieldErrors("password")
				&& password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			errors.rejectValue("password", "users.error.passwordBytes");
		}
		if (password != null && !password.isEmpty() && !password.equals(choice.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "users.error.passwordMismatch");
		}
	}

}
