package com.jobboard.api;

/** A request parameter the API cannot use: answered 400 with the parameter named. */
class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final String reason;

	InvalidParameterException(String parameter, String reason) {
		super(reason);
		this.parameter = parameter;
		this.reason = reason;
	}

	String parameter() {
		return this.parameter;
	}

	String reason() {
		return this.reason;
	}

}
