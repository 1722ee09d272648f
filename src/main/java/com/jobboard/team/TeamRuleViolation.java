package com.jobboard.team;

/**
 * A change the team's rules refuse (the last owner leaving, a member who is not in the
 * team…): nothing was changed. Carries a message code and its arguments, not localized
 * text.
 */
class TeamRuleViolation extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	TeamRuleViolation(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	String code() {
		return this.code;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
