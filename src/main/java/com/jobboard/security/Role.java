package com.jobboard.security;

/** What a signed-in person may do. */
public enum Role {

	/** Everything: every company, every job, the users. */
	ADMIN,
	/** The profile and jobs of their own company only. */
	EMPLOYER

}
