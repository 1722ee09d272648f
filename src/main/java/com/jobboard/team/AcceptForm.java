package com.jobboard.team;

import com.jobboard.security.AccountRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What someone new fills in to accept an invitation: the password of their new account,
 * typed twice, under the same rules as every other password ({@link AccountRules}).
 */
class AcceptForm {

	@NotNull(message = "{users.error.passwordLength}")
	@Size(min = AccountRules.MIN_PASSWORD_LENGTH, max = AccountRules.MAX_PASSWORD_LENGTH,
			message = "{users.error.passwordLength}")
	private String password = "";

	private String confirmPassword = "";

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	/**
	 * Forgets the passwords, so that a form shown again never carries them back to the
	 * browser.
	 */
	void forgetPasswords() {
		this.password = "";
		this.confirmPassword = "";
	}

}
