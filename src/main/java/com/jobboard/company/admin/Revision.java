package com.jobboard.company.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One saved state of a company profile: who saved it and when, and every field as it was.
 * @param companyVersion the company's version this state was saved as
 * @param authorId the user who saved it, {@code null} when nobody did (a baseline)
 */
public record Revision(long id, long companyId, long companyVersion, RevisionKind kind, Long authorId,
		String authorEmail, String note, Instant createdAt, ProfileSnapshot snapshot) {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	public String authorLabel() {
		return (this.authorEmail != null) ? this.authorEmail : "(not recorded)";
	}

	public String createdAtText() {
		return TIME.format(this.createdAt);
	}

	/** What happened, with the note when there is one ("Restored an earlier revision: Restored revision #12"). */
	public String description() {
		return (this.note != null) ? this.kind.label() + " (" + this.note.replaceFirst("^Restored ", "") + ")"
				: this.kind.label();
	}

}
