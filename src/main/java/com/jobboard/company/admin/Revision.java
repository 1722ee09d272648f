package com.jobboard.company.admin;

import java.time.Instant;

/**
 * One saved state of a company profile: who saved it and when, and every field as it was.
 *
 * @param companyVersion the company's version this state was saved as
 * @param authorId the user who saved it, {@code null} when nobody did (a baseline)
 */
public record Revision(long id, long companyId, long companyVersion, RevisionKind kind, Long authorId,
		String authorEmail, String note, Instant createdAt, ProfileSnapshot snapshot) {

	private static final String RESTORED_NOTE = "Restored revision #";

	/**
	 * The note kept with a revision that restored an earlier one (stored as data, read
	 * back by {@link #restoredRevisionId}).
	 */
	static String restoredNote(long revisionId) {
		return RESTORED_NOTE + revisionId;
	}

	/** The revision this one restored, when it restored one. */
	public Long restoredRevisionId() {
		if (this.note == null || !this.note.startsWith(RESTORED_NOTE)) {
			return null;
		}
		try {
			return Long.valueOf(this.note.substring(RESTORED_NOTE.length()).strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The message code naming what happened, such as {@code revisionKind.EDITED}. */
	public String kindCode() {
		return "revisionKind." + this.kind.name();
	}

}
