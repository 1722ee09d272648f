package com.jobboard.job;

/**
 * Where a job is in its life. An {@link #OPEN} job whose expiry time has passed counts as
 * expired everywhere at once, without waiting for anything to rewrite its status.
 */
public enum JobStatus {

	DRAFT, OPEN, FILLED, EXPIRED

}
