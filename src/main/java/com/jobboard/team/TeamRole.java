package com.jobboard.team;

/**
 * What a member may do in a company's team. Admins may do everything an owner can, in
 * every company.
 */
public enum TeamRole {

	/**
	 * Edits the profile and the jobs, and runs the team: invites, changes roles, removes,
	 * hands ownership on.
	 */
	OWNER,
	/** Edits the profile and the jobs. */
	EDITOR

}
