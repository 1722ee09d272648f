package com.jobboard.limits;

/**
 * What one account (or, for sign-ups, one client address) may do only so often per hour.
 */
public enum LimitedAction {

	/** A save of the company form that changed the profile. */
	PROFILE_EDIT("profileEdits"),
	/** A new job, or a job put on the board (published or reopened). */
	JOB_POST("jobPosts"),
	/** A submitted employer sign-up form, counted per client address. */
	REGISTRATION("registrations"),
	/** A job alert or follow signed up for, counted per client address. */
	ALERT_SIGN_UP("alertSignUps"),
	/** A sent job application (new or updated), counted per client address. */
	APPLICATION("applications"),
	/** An invitation to a company's team, counted per company. */
	INVITATION("invitations");

	private final String messageKey;

	LimitedAction(String messageKey) {
		this.messageKey = messageKey;
	}

	/**
	 * The code of the form error that says the limit is reached:
	 * {@code limits.<action>.exceeded}.
	 */
	public String errorCode() {
		return "limits." + this.messageKey + ".exceeded";
	}

}
