package com.jobboard.security;

import jakarta.validation.constraints.NotNull;

/** A user's new role and, for an employer, their company. */
class RoleForm implements RoleChoice {

	@NotNull(message = "{users.error.roleRequired}")
	private Role role;

	private Long companyId;

	RoleForm() {
	}

	RoleForm(Role role, Long companyId) {
		this.role = role;
		this.companyId = companyId;
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
