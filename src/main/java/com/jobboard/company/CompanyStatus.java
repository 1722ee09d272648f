package com.jobboard.company;

/** Only {@link #ACTIVE} companies are public. */
public enum CompanyStatus {

	/** Public: listed in the directory, profile page reachable. */
	ACTIVE,
	/** Waiting for an admin's approval before it is public. */
	PENDING,
	/** Hidden from the public; kept with its jobs and views. */
	ARCHIVED

}
