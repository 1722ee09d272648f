package com.jobboard.alerts;

/**
 * What an alert watches: a saved search of {@code /jobs}, or one company's new jobs
 * (following it).
 */
enum AlertKind {

	SEARCH, FOLLOW

}
