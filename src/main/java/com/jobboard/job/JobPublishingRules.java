package com.jobboard.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

import com.jobboard.security.EmployerAccounts;
import com.jobboard.security.SignedInUser;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import static com.jobboard.job.JobFormValidator.rejectOnce;

/**
 * What a save needs beyond a valid form, given where the job stands: the button pressed
 * is one its status offers, a job on the board says how to apply and does not end in the
 * past, and an employer still waiting for approval keeps to drafts. These depend on the
 * stored job and on who saves, so they cannot run while the form is bound;
 * {@link JobEditor} checks them in its saving transaction, after
 * {@link JobFormValidator}.
 */
@Component
class JobPublishingRules {

	private final EmployerAccounts employerAccounts;

	private final Clock clock;

	JobPublishingRules(EmployerAccounts employerAccounts, Clock clock) {
		this.employerAccounts = employerAccounts;
		this.clock = clock;
	}

	/**
	 * Adds an error for every rule the save breaks.
	 * @param storedExpiry the expiry date the job has now ({@code null} for none, or a
	 * new job)
	 * @param status the status people see now ({@code DRAFT} for a new job)
	 */
	void check(JobForm form, JobAction action, LocalDate storedExpiry, JobStatus status, SignedInUser user,
			Errors errors) {
		if (!JobAction.availableFor(status).contains(action)) {
			errors.reject("jobAdmin.error.actionNotAvailable." + status.name());
		}
		boolean onBoard = action.putsOnBoard() || (action == JobAction.SAVE && status == JobStatus.OPEN);
		if (onBoard) {
			if (!form.isApplyOnSite() && form.getApplyUrl() == null && form.getApplyEmail() == null) {
				rejectOnce(errors, "applyUrl", "jobAdmin.error.applyRequired");
			}
			// Reopening or publishing needs a date still to come; editing an open job
			// must not set a past one.
			LocalDate expiresOn = form.getExpiresOn();
			boolean dateMatters = action.putsOnBoard() || !Objects.equals(expiresOn, storedExpiry);
			if (expiresOn != null && dateMatters && expiresOn.isBefore(today())) {
				rejectOnce(errors, "expiresOn",
						(action == JobAction.REOPEN) ? "jobAdmin.error.expiryPastReopen" : "jobAdmin.error.expiryPast");
			}
		}
		// An employer who signed up on their own prepares drafts until an admin approves
		// the account.
		if (action.putsOnBoard() && !user.isAdmin() && this.employerAccounts.isAwaitingApproval(user.id())) {
			errors.reject("registration.publishAfterApproval",
					"Your account is waiting for an admin's approval. Save the job as a draft for now: "
							+ "you can publish it as soon as your account is approved.");
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
