package com.jobboard.company;

import java.time.Instant;

/**
 * What a company's profile needs to know of each of its published jobs. The job feature's
 * summaries are these: jobs depend on companies, so the company feature names what it
 * needs and the job feature supplies it.
 */
public interface PublishedJob {

	long id();

	/**
	 * When the job stops taking applications; {@code null} when it stays open until
	 * closed.
	 */
	Instant expiresAt();

	/** Whether applicants can still apply at the given instant (the job is published). */
	boolean isOpenAt(Instant now);

}
