package com.jobboard.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password set by an admin, typed twice. */
class PasswordForm implements PasswordChoice {

	@NotNull(message = UserForms.PASSWORD_LENGTH_MESSAGE)
	@Size(min = UserForms.MIN_PASSWORD_LENGTH, max = UserForms.MAX_PASSWORD_LENGTH,
			message = UserForms.PASSWORD_LENGTH_MESSAGE)
	private String password = "";

	private String confirmPassword = "";

	@Override
	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	@Override
	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
