package com.jobboard.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin fills in to invite someone: their address, a first password, a role and
 * maybe a company.
 */
class NewUserForm implements PasswordChoice, RoleChoice {

	@NotBlank(message = "{users.error.emailRequired}")
	@Size(max = 254, message = "{users.error.emailTooLong}")
	@Email(regexp = UserForms.EMAIL_PATTERN, message = "{users.error.emailInvalid}")
	private String email = "";

	@NotNull(message = UserForms.PASSWORD_LENGTH_MESSAGE)
	@Size(min = UserForms.MIN_PASSWORD_LENGTH, max = UserForms.MAX_PASSWORD_LENGTH,
			message = UserForms.PASSWORD_LENGTH_MESSAGE)
	private String password = "";

	private String confirmPassword = "";

	@NotNull(message = "{users.error.roleRequired}")
	private Role role;

	private Long companyId;

	public String getEmail() {
		return this.email;
	}

	/** Surrounding spaces are never part of an address; the case is kept as typed. */
	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

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

	@Override
	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	@Override
	public Long getCompanyId() {
		return this.companyId;
	}

	public void setCompanyId(Long companyId) {
		this.companyId = companyId;
	}

}
