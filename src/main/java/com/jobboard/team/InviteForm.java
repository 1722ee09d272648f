package com.jobboard.team;

import com.jobboard.security.AccountRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an owner fills in to invite someone to the team: their address and the role they
 * get.
 */
class InviteForm {

	@NotBlank(message = "{team.invite.error.emailRequired}")
	@Size(max = AccountRules.EMAIL_MAX_LENGTH, message = "{team.invite.error.emailTooLong}")
	@Email(regexp = AccountRules.EMAIL_PATTERN, message = "{team.invite.error.emailInvalid}")
	private String email = "";

	@NotNull(message = "{team.error.roleRequired}")
	private TeamRole role = TeamRole.EDITOR;

	public String getEmail() {
		return this.email;
	}

	/** Surrounding spaces are never part of an address; the case is kept as typed. */
	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : null;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

}
