package com.jobboard.mail;

/** Where a message in the outbox stands (see V9__mail_outbox.sql). */
public enum MailState {

	/** Waiting for its next attempt. */
	PENDING,

	/** Claimed by one dispatcher, until its lease ends. */
	SENDING,

	/** Handed to the SMTP server. */
	SENT,

	/** Given up after retrying for a day. */
	FAILED,

	/** Kept and never sent: no SMTP server was configured when it was written. */
	HELD

}
