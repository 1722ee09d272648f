package com.jobboard.applications;

import com.jobboard.security.AccountRules;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin's request to erase everything about one e-mail address. */
public class ErasureForm {

	@NotBlank(message = "{applications.erasure.error.email}")
	@Size(max = AccountRules.EMAIL_MAX_LENGTH, message = "{applications.error.email.size}")
	private String email;

	@AssertTrue(message = "{applications.erasure.error.confirm}")
	private boolean confirm;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.replaceAll("\\p{Cntrl}", "").strip() : null;
	}

	public boolean isConfirm() {
		return this.confirm;
	}

	public void setConfirm(boolean confirm) {
		this.confirm = confirm;
	}

}
