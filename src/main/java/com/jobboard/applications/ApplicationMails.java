package com.jobboard.applications;

import java.util.List;
import java.util.Locale;

import com.jobboard.mail.MailOutbox;
import com.jobboard.mail.OutgoingMail;

import org.springframework.stereotype.Component;

/**
 * The mails of the applications feature, each in its recipient's language, written to the
 * outbox in the caller's transaction (so they go out only when what they tell of was
 * saved).
 */
@Component
class ApplicationMails {

	private final MailOutbox outbox;

	ApplicationMails(MailOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Whether mail can be sent to the address exactly as the outbox checks it (one plain
	 * address, strict syntax): the form's own pattern is looser, and a confirmation that
	 * cannot be written must not fail the application later.
	 */
	static boolean isDeliverable(String email) {
		try {
			OutgoingMail.to(email, Locale.ENGLISH).template("applications/confirmation").build();
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * To the candidate: received (or updated), with the private link to their
	 * applications.
	 */
	void confirmation(String email, Locale locale, String name, ApplyTarget target, String token, boolean updated) {
		this.outbox.enqueue(OutgoingMail.to(email, locale)
			.template("applications/confirmation")
			.with("name", name)
			.with("jobTitle", target.title())
			.with("companyName", target.companyName())
			.with("updated", updated)
			.with("linkPath", CandidateController.path(token))
			.subject(target.title(), target.companyName())
			.build());
	}

	/** To a team member who wants to hear of each new application. */
	void newApplication(String email, Locale locale, ApplyTarget target, long applicationId, String candidateName) {
		this.outbox.enqueue(OutgoingMail.to(email, locale)
			.template("applications/received")
			.with("candidateName", candidateName)
			.with("jobTitle", target.title())
			.with("detailPath", InboxController.detailPath(applicationId))
			.with("settingsPath", NotificationSettingsController.PATH)
			.subject(candidateName, target.title())
			.build());
	}

	/** To a team member who chose the daily digest: the day's new applications. */
	void digest(String email, Locale locale, long companyId, List<DigestLine> lines) {
		this.outbox.enqueue(OutgoingMail.to(email, locale)
			.template("applications/digest")
			.with("lines", lines)
			.with("inboxPath", InboxController.companyPath(companyId))
			.with("settingsPath", NotificationSettingsController.PATH)
			.subject(lines.size())
			.build());
	}

	/**
	 * To the candidate, when the team rejected the application and chose to tell them.
	 */
	void rejection(String email, Locale locale, String name, String jobTitle, String companyName) {
		this.outbox.enqueue(OutgoingMail.to(email, locale)
			.template("applications/rejected")
			.with("name", name)
			.with("jobTitle", jobTitle)
			.with("companyName", companyName)
			.subject(jobTitle, companyName)
			.build());
	}

	/** One new application in a digest. */
	record DigestLine(long applicationId, String candidateName, String jobTitle) {

		public String path() {
			return InboxController.detailPath(this.applicationId);
		}

	}

}
