package com.jobboard.applications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A team member's change of an application's status, with an optional private note. */
public class StatusForm {

	static final int NOTE_MAX = 2000;

	@NotNull(message = "{applications.inbox.error.status}")
	private ApplicationStatus status;

	@Size(max = NOTE_MAX, message = "{applications.inbox.error.note.size}")
	@Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*", message = "{form.error.controlCharacters}")
	private String note = "";

	/** Only for a rejection: send the candidate the polite message. */
	private boolean notifyCandidate;

	/** The version of the application the form was filled from. */
	private Long version;

	public ApplicationStatus getStatus() {
		return this.status;
	}

	public void setStatus(ApplicationStatus status) {
		this.status = status;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note == null || note.isBlank()) ? "" : note.strip();
	}

	public boolean isNotifyCandidate() {
		return this.notifyCandidate;
	}

	public void setNotifyCandidate(boolean notifyCandidate) {
		this.notifyCandidate = notifyCandidate;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
