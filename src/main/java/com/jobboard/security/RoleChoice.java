package com.jobboard.security;

/** A form that gives a user a role and, for an employer, a company. */
interface RoleChoice {

	Role getRole();

	Long getCompanyId();

}
