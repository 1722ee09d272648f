package com.jobboard.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the admins read it at /admin/mail: every message, newest first, and each
 * one whole.
 */
@Component
class MailArchive {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	MailArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of messages, newest first. */
	@Transactional(readOnly = true)
	Page<Summary> page(int index) {
		List<Summary> rows = this.jdbc.sql("""
				select id, to_address, subject, state, created_at, attempts
				from mail_outbox
				order by created_at desc, id desc
				limit :limit offset :offset""")
			.param("limit", PAGE_SIZE)
			.param("offset", (long) index * PAGE_SIZE)
			.query((row, number) -> new Summary(row.getLong("id"), row.getString("to_address"),
					row.getString("subject"), MailState.valueOf(row.getString("state")),
					instant(row.getObject("created_at", OffsetDateTime.class)), row.getInt("attempts")))
			.list();
		long total = this.jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
		return new PageImpl<>(rows, PageRequest.of(index, PAGE_SIZE), total);
	}

	/** How many messages are in each state (states without any are left out). */
	Map<MailState, Long> counts() {
		Map<MailState, Long> counts = new EnumMap<>(MailState.class);
		this.jdbc.sql("select state, count(*) as n from mail_outbox group by state")
			.query((row, number) -> counts.put(MailState.valueOf(row.getString("state")), row.getLong("n")))
			.list();
		return counts;
	}

	/** One message with everything that was (or would be) sent. */
	Optional<Message> find(long id) {
		return this.jdbc.sql("select * from mail_outbox where id = ?")
			.param(id)
			.query((row, number) -> new Message(row.getLong("id"), row.getString("to_address"),
					row.getString("from_address"), row.getString("reply_to"), row.getString("subject"),
					row.getString("message_id"), row.getString("list_unsubscribe"), row.getString("template"),
					row.getString("locale"), MailState.valueOf(row.getString("state")), row.getInt("attempts"),
					instant(row.getObject("created_at", OffsetDateTime.class)),
					instant(row.getObject("next_attempt_at", OffsetDateTime.class)),
					instant(row.getObject("sent_at", OffsetDateTime.class)), row.getString("last_error"),
					row.getString("text_body"), row.getString("html_body")))
			.optional();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/** A line of the list. */
	record Summary(long id, String to, String subject, MailState state, Instant createdAt, int attempts) {
	}

	/** A message whole: its headers, both parts, and how delivery went. */
	record Message(long id, String to, String from, @Nullable String replyTo, String subject, String messageId,
			@Nullable String listUnsubscribe, String template, String locale, MailState state, int attempts,
			Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError, String text,
			String html) {

		/** The List-Unsubscribe-Post header sent with List-Unsubscribe, or null. */
		public @Nullable String listUnsubscribePost() {
			return (this.listUnsubscribe != null) ? MailDispatcher.ONE_CLICK : null;
		}

		/** Whether the next attempt is still to come. */
		public boolean waiting() {
			return this.state == MailState.PENDING || this.state == MailState.SENDING;
		}

	}

}
