package com.jobboard.security;

/**
 * A change to a user that the rules refuse (the last admin, one's own account, an address in
 * use), with the message to show beside the field it concerns, or above the form when
 * {@code field} is null.
 */
class RejectedChange extends RuntimeException {

	private final String field;

	RejectedChange(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
