package com.jobboard.applications;

/** How a team member hears of new applications. */
public enum NotificationFrequency {

	/** A mail for every new application. */
	EACH,
	/** One mail a day listing the day's new applications (none on a day without). */
	DAILY,
	/** No mail. */
	NONE

}
