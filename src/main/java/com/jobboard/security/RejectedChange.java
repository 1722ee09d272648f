package com.jobboard.security;

/**
 * A change to a user that the rules refuse (the last admin, one's own account, an address
 * in use), with the message to show beside the field it concerns, or above the form when
 * {@code field} is null.
 */
class RejectedChange extends RuntimeException {

	private final String field;

	private final Object[] arguments;

	/**
	 * @param messageCode the message bundles' code of what to tell the person
	 * @param arguments the message's arguments
	 */
	RejectedChange(String field, String messageCode, Object... arguments) {
		super(messageCode);
		this.field = field;
		this.arguments = arguments;
	}

	String field() {
		return this.field;
	}

	String messageCode() {
		return getMessage();
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
