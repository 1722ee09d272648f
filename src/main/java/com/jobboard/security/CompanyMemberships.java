package com.jobboard.security;

/**
 * Whether an account is in a company's team, read from the database on every call: what
 * the team feature offers the checks here, so that a member removed a moment ago is no
 * longer one.
 */
public interface CompanyMemberships {

	boolean isMember(long userId, long companyId);

}
