package com.jobboard.company.admin;

/** What a revision of a company profile records. */
public enum RevisionKind {

	/**
	 * The profile as it was when its history began (saved before the first change that
	 * was recorded).
	 */
	BASELINE("State before history was kept"), CREATED("Created"), EDITED("Edited"), LOGO_CHANGED("Logo changed"),
	ARCHIVED("Archived"), RESTORED("Restored from the archive"), PUBLISHED("Published"),
	REVERTED("Restored an earlier revision");

	private final String label;

	RevisionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
