package com.jobboard.company.admin;

import com.jobboard.limits.ActionLimits;

/** What became of a submitted company form. */
public sealed interface SaveResult {

	/** Saved (or nothing to save); the message tells the person which. */
	record Saved(long companyId, String message) implements SaveResult {
	}

	/**
	 * Not saved: the form goes back with its errors (in the binding result) and, when someone else
	 * saved the profile since the form was filled in, with what they changed.
	 * @param conflict {@code null} unless someone else saved the profile in between
	 */
	record Rejected(CompanySummary company, Conflict conflict) implements SaveResult {
	}

	/**
	 * Not saved because the person reached their limit of profile saves for this hour: the form
	 * goes back with what they typed and a message (in the binding result) saying when to try again.
	 */
	record Limited(CompanySummary company, ActionLimits.Decision decision) implements SaveResult {
	}

	/**
	 * Someone else saved the profile after this form was opened.
	 * @param changes from what this person started from to the profile as saved now; when the
	 * starting point is unknown, from what this person entered to the profile as saved now
	 * @param startKnown whether {@code changes} starts from the version the form was opened at
	 */
	record Conflict(ProfileDiff changes, boolean startKnown) {
	}

}
