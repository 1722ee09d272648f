package com.jobboard.security;

/**
 * Whether an admin has let an account onto the board. Only self-service sign-ups ever
 * wait.
 */
public enum Approval {

	/**
	 * Signed up through the public form; may sign in and prepare, but nothing of theirs
	 * is public.
	 */
	PENDING,
	/** A normal account: every account an admin made, and sign-ups an admin approved. */
	APPROVED,
	/** A sign-up an admin turned down: disabled, its company archived. */
	REJECTED

}
