package com.jobboard.team;

/**
 * What a line of a company's activity log says happened; its text is
 * {@code team.activity.<KIND>}.
 */
enum ActivityKind {

	MEMBER_JOINED, MEMBER_LEFT, MEMBER_REMOVED, ROLE_CHANGED, OWNERSHIP_TRANSFERRED, INVITATION_SENT,
	INVITATION_REVOKED, PROFILE_SAVED, JOB_CREATED, JOB_SAVED, JOB_PUBLISHED, JOB_FILLED, JOB_REOPENED

}
