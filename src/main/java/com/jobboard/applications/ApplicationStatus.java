package com.jobboard.applications;

/** Where an application is in the team's work; any team member may set any of them. */
public enum ApplicationStatus {

	NEW, REVIEWING, SHORTLISTED, REJECTED, HIRED

}
