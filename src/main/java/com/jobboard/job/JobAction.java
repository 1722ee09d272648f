package com.jobboard.job;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person asks for when they submit the job form. Every action saves the form; some
 * also move the job to another status.
 */
public enum JobAction {

	/** Saves the job as it is: a new job becomes a draft, any other keeps its status. */
	SAVE,
	/** Saves a draft and puts it on the board. */
	PUBLISH,
	/** Saves a published job and closes it because it was filled. */
	FILL,
	/** Saves a filled or expired job and puts it back on the board. */
	REOPEN;

	/**
	 * The value of the form's {@code action} button: "save", "publish", "fill", "reopen".
	 */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The message code of this action's button on a job in the given (effective) status.
	 */
	public String buttonCode(JobStatus status) {
		return switch (this) {
			case SAVE -> (status == JobStatus.DRAFT) ? "jobAdmin.action.saveDraft" : "jobAdmin.action.save";
			case PUBLISH -> "jobAdmin.action.publish";
			case FILL -> "jobAdmin.action.fill";
			case REOPEN -> "jobAdmin.action.reopen";
		};
	}

	/**
	 * The message code of what to tell the person after the action left the job in the
	 * given status.
	 */
	String doneMessageCode(JobStatus statusAfter) {
		return switch (this) {
			case SAVE -> (statusAfter == JobStatus.DRAFT) ? "jobAdmin.done.draftSaved" : "jobAdmin.done.saved";
			case PUBLISH -> "jobAdmin.done.published";
			case FILL -> "jobAdmin.done.filled";
			case REOPEN -> "jobAdmin.done.reopened";
		};
	}

	/**
	 * What the company's activity log records when an existing job is saved with this
	 * action.
	 */
	JobChanged.Change change() {
		return switch (this) {
			case SAVE -> JobChanged.Change.SAVED;
			case PUBLISH -> JobChanged.Change.PUBLISHED;
			case FILL -> JobChanged.Change.FILLED;
			case REOPEN -> JobChanged.Change.REOPENED;
		};
	}

	/** Whether the job is on the board after this action, so publishing rules apply. */
	boolean putsOnBoard() {
		return this == PUBLISH || this == REOPEN;
	}

	/**
	 * The actions that make sense for a job in the given effective status (new jobs are
	 * drafts).
	 */
	static List<JobAction> availableFor(JobStatus effectiveStatus) {
		return switch (effectiveStatus) {
			case DRAFT -> List.of(SAVE, PUBLISH);
			case OPEN -> List.of(SAVE, FILL);
			case EXPIRED -> List.of(SAVE, REOPEN, FILL);
			case FILLED -> List.of(SAVE, REOPEN);
		};
	}

	/** The action a button's value names, if it names one. */
	static Optional<JobAction> fromParameter(String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (JobAction action : values()) {
			if (action.parameter().equals(value.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

}
