package com.jobboard.team;

import org.springframework.http.HttpStatus;

/**
 * Why an invitation link cannot be used; answered with a page that says so, and nothing
 * changes.
 */
class InvitationUnavailable extends RuntimeException {

	/**
	 * The reasons, each with its answer's status and the message keys
	 * {@code team.invitation.<key>.*}.
	 */
	enum Reason {

		/** No such token: mistyped, cut short, or made up. */
		NOT_FOUND(HttpStatus.NOT_FOUND, "notFound"), EXPIRED(HttpStatus.GONE, "expired"),
		REVOKED(HttpStatus.GONE, "revoked"),
		/** Accepted already (by this person or another). */
		USED(HttpStatus.CONFLICT, "used"),
		/** Signed in with an account whose address is not the invited one. */
		OTHER_ADDRESS(HttpStatus.FORBIDDEN, "otherAddress"), ALREADY_MEMBER(HttpStatus.CONFLICT, "alreadyMember"),
		/**
		 * Someone new tried to make an account for an address that has one: sign in
		 * instead.
		 */
		ACCOUNT_EXISTS(HttpStatus.CONFLICT, "accountExists");

		private final HttpStatus status;

		private final String key;

		Reason(HttpStatus status, String key) {
			this.status = status;
			this.key = key;
		}

		HttpStatus status() {
			return this.status;
		}

		String key() {
			return this.key;
		}

	}

	private final Reason reason;

	InvitationUnavailable(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
