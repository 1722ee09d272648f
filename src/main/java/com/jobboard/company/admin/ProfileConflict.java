package com.jobboard.company.admin;

import java.util.List;

/**
 * Someone else saved the profile after this form was opened: what the edit page shows
 * above the form, which comes back with everything the person typed.
 *
 * @param changes from what this person started from to the profile as saved now; when the
 * starting point is unknown, from what this person entered to the profile as saved now
 * @param startKnown whether {@code changes} starts from the version the form was opened
 * at
 */
public record ProfileConflict(ProfileDiff changes, boolean startKnown) {

	/** Saved in between, though nothing differs from what the form says. */
	static ProfileConflict unknown() {
		return new ProfileConflict(new ProfileDiff(List.of(), List.of()), false);
	}

}
