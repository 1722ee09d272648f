package com.jobboard.job;

import java.time.Instant;

/**
 * The one definition of "a job open now": published, not filled, and not past its expiry.
 * The expiry is compared with the instant the query passes as {@code :now} (the
 * application's {@link java.time.Clock}, which tests move), so no job waits for a rewrite
 * to close and no database view can hold it (a view cannot take the instant). Every query
 * that asks which jobs are open uses these fragments, spelled exactly as before, so their
 * plans keep using the partial indexes on {@code status = 'OPEN'}.
 */
public final class OpenNow {

	/*
	 * Each fragment is one parenthesised condition with a space on either side: text
	 * blocks drop the spaces at the end of their lines, so "where " + SQL would otherwise
	 * read "whereSQL".
	 */

	/**
	 * SQL over {@code jobs} aliased {@code j}, with the instant as the named parameter
	 * {@code :now}.
	 */
	public static final String SQL = " (j.status = 'OPEN' and (j.expires_at is null or j.expires_at > :now)) ";

	/**
	 * JPQL over {@link Job} aliased {@code j}, with the instant as the parameter
	 * {@code :now}.
	 */
	static final String JPQL = " (j.status = com.jobboard.job.JobStatus.OPEN"
			+ " and (j.expiresAt is null or j.expiresAt > :now)) ";

	/**
	 * JPQL: the jobs people see as expired, those marked so and the open ones past their
	 * expiry.
	 */
	static final String EXPIRED_JPQL = " (j.status = com.jobboard.job.JobStatus.EXPIRED"
			+ " or (j.status = com.jobboard.job.JobStatus.OPEN and j.expiresAt <= :now)) ";

	private OpenNow() {
	}

	/** The same in Java, for a job already read. */
	static boolean isOpen(JobStatus status, Instant expiresAt, Instant now) {
		return status == JobStatus.OPEN && (expiresAt == null || expiresAt.isAfter(now));
	}

}
