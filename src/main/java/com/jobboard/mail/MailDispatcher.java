package com.jobboard.mail;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: claims one due message at a time in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, so that dispatchers on several instances never take
 * the same row), marks it SENDING with a lease and a claim token, sends it, and records
 * the outcome only if its claim still holds. A message whose dispatcher died mid-way is
 * claimed again once its lease has passed. A failed attempt is retried with a doubling
 * wait, and given up (FAILED, with the last error) once the message is older than a day.
 * Without an SMTP server nothing is sent.
 */
@Component
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	/**
	 * The List-Unsubscribe-Post value of RFC 8058: the unsubscribe address works with one
	 * POST, no page.
	 */
	static final String ONE_CLICK = "List-Unsubscribe=One-Click";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final @Nullable JavaMailSender sender;

	private final MailSettings settings;

	private final Clock clock;

	@Autowired
	MailDispatcher(JdbcClient jdbc, PlatformTransactionManager transactionManager,
			ObjectProvider<JavaMailSender> sender, MailSettings settings, Clock clock) {
		this(jdbc, transactionManager, sender.getIfAvailable(), settings, clock);
	}

	/**
	 * A dispatcher of its own: the tests build several, some with an SMTP server that is
	 * away.
	 */
	MailDispatcher(JdbcClient jdbc, PlatformTransactionManager transactionManager, @Nullable JavaMailSender sender,
			MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${jobboard.mail.poll-interval:5s}",
			initialDelayString = "${jobboard.mail.poll-interval:5s}")
	void drain() {
		try {
			int sent = deliverDue();
			if (sent > 0) {
				log.info("Sent {} mail(s) from the outbox", sent);
			}
		}
		catch (RuntimeException ex) {
			// The database may be away; the messages stay in the outbox for the next
			// round.
			log.warn("Could not drain the mail outbox: {}", ex.getMessage());
		}
	}

	/**
	 * Claims due messages (FOR UPDATE SKIP LOCKED), sends them, records the outcome;
	 * returns how many were sent. Runs on a schedule; tests call it directly instead of
	 * waiting.
	 */
	public int deliverDue() {
		if (this.sender == null) {
			return 0;
		}
		int sent = 0;
		for (int i = 0; i < this.settings.batchSize(); i++) {
			Optional<Claim> claim = claimNext();
			if (claim.isEmpty()) {
				break;
			}
			if (deliver(claim.get())) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * The next due message, now SENDING under a lease of our own (a message whose lease
	 * ran out is due again).
	 */
	private Optional<Claim> claimNext() {
		Instant now = this.clock.instant();
		UUID token = UUID.randomUUID();
		return this.transactions.execute((status) -> this.jdbc.sql("""
				update mail_outbox
				set state = 'SENDING', lease_until = :leaseUntil, claim_token = :token, attempts = attempts + 1
				where id = (select id from mail_outbox
				            where (state = 'PENDING' and next_attempt_at <= :now)
				               or (state = 'SENDING' and lease_until <= :now)
				            order by next_attempt_at, id
				            limit 1
				            for update skip locked)
				returning id, to_address, reply_to, subject, text_body, html_body, list_unsubscribe, message_id,
				    attempts, created_at""")
			.param("now", Timestamp.from(now))
			.param("leaseUntil", Timestamp.from(now.plus(this.settings.lease())))
			.param("token", token)
			.query((row, number) -> new Claim(row.getLong("id"), token, row.getString("to_address"),
					row.getString("reply_to"), row.getString("subject"), row.getString("text_body"),
					row.getString("html_body"), row.getString("list_unsubscribe"), row.getString("message_id"),
					row.getInt("attempts"), row.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional());
	}

	private boolean deliver(Claim claim) {
		try {
			this.sender.send(message(claim));
		}
		catch (RuntimeException | MessagingException | UnsupportedEncodingException ex) {
			failed(claim, ex);
			return false;
		}
		int marked = this.transactions.execute((status) -> this.jdbc.sql("""
				update mail_outbox
				set state = 'SENT', sent_at = :now, from_address = :from, last_error = null, lease_until = null,
				    claim_token = null
				where id = :id and claim_token = :token""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("from", this.settings.from())
			.param("id", claim.id())
			.param("token", claim.token())
			.update());
		if (marked == 0) {
			log.warn("Mail {} was sent after its lease had run out; another dispatcher may send it too", claim.id());
		}
		return true;
	}

	private void failed(Claim claim, Exception ex) {
		Instant now = this.clock.instant();
		boolean giveUp = !now.isBefore(claim.createdAt().plus(this.settings.giveUpAfter()));
		String error = error(ex);
		if (giveUp) {
			log.error("Giving up mail {} to {} after {} attempts: {}", claim.id(), claim.to(), claim.attempts(), error);
		}
		else {
			log.warn("Mail {} to {} not sent (attempt {}), trying again later: {}", claim.id(), claim.to(),
					claim.attempts(), error);
		}
		this.transactions.executeWithoutResult((status) -> this.jdbc.sql("""
				update mail_outbox
				set state = :state, next_attempt_at = :next, last_error = :error, lease_until = null,
				    claim_token = null
				where id = :id and claim_token = :token""")
			.param("state", (giveUp ? MailState.FAILED : MailState.PENDING).name())
			.param("next", Timestamp.from(now.plus(this.settings.retryDelay(claim.attempts()))))
			.param("error", error)
			.param("id", claim.id())
			.param("token", claim.token())
			.update());
	}

	private static String error(Exception ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		if (cause != ex) {
			text = ex.getMessage() + " (" + text + ")";
		}
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

	/**
	 * multipart/alternative, text first, then HTML; From is always the site's, a visitor
	 * only ever Reply-To.
	 */
	private MimeMessage message(Claim claim) throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = this.sender.createMimeMessage();
		InternetAddress from = new InternetAddress(this.settings.from(), true);
		message.setFrom(new InternetAddress(from.getAddress(), from.getPersonal(), "UTF-8"));
		message.setRecipient(Message.RecipientType.TO, plain(claim.to()));
		if (claim.replyTo() != null) {
			message.setReplyTo(new InternetAddress[] { plain(claim.replyTo()) });
		}
		message.setSubject(claim.subject(), "UTF-8");
		message.setSentDate(Date.from(this.clock.instant()));
		MimeBodyPart text = new MimeBodyPart();
		text.setText(claim.text(), "UTF-8", "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(claim.html(), "UTF-8", "html");
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(text);
		alternative.addBodyPart(html);
		message.setContent(alternative);
		if (claim.listUnsubscribe() != null) {
			message.setHeader("List-Unsubscribe", claim.listUnsubscribe());
			message.setHeader("List-Unsubscribe-Post", ONE_CLICK);
		}
		// Written by the site, not a person: no out-of-office replies, please (RFC 3834).
		message.setHeader("Auto-Submitted", "auto-generated");
		// The same on every attempt, so that a receiver can tell a repeat from a new
		// message.
		message.setHeader("Message-ID", claim.messageId());
		return message;
	}

	private static InternetAddress plain(String address) throws AddressException {
		return new InternetAddress(address, true);
	}

	private record Claim(long id, UUID token, String to, @Nullable String replyTo, String subject, String text,
			String html, @Nullable String listUnsubscribe, String messageId, int attempts, Instant createdAt) {
	}

}
