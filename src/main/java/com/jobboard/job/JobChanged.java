package com.jobboard.job;

/** Someone created or changed a job (published in the saving transaction). */
public record JobChanged(long companyId, long jobId, String title, Change change, long actorId, String actorEmail) {

	/** What was done to the job. */
	public enum Change {

		CREATED, SAVED, PUBLISHED, FILLED, REOPENED

	}

}
