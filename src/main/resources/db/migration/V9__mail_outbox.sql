-- Every e-mail the site sends, written in the same transaction as the change that causes it and
-- rendered already (both parts, in the recipient's language). A dispatcher drains the due rows:
--   PENDING  waits for its next attempt (next_attempt_at)
--   SENDING  claimed by one dispatcher until lease_until; an expired lease is claimed again
--   SENT     handed to the SMTP server (sent_at)
--   FAILED   given up after retrying for a day (last_error says why)
--   HELD     kept, never sent: no SMTP server was configured when it was written (read at /admin/mail)
create table mail_outbox (
    id               bigint generated always as identity primary key,
    to_address       varchar(320)  not null,
    from_address     varchar(400)  not null,
    reply_to         varchar(320),
    subject          varchar(998)  not null,
    text_body        text          not null,
    html_body        text          not null,
    list_unsubscribe varchar(2000),
    message_id       varchar(400)  not null unique,
    template         varchar(200)  not null,
    locale           varchar(35)   not null,
    state            varchar(10)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    lease_until      timestamptz,
    -- Which claim holds the lease: a dispatcher whose lease expired cannot record an outcome over a newer claim.
    claim_token      uuid,
    last_error       varchar(2000),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    constraint mail_outbox_state_check check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD')),
    constraint mail_outbox_lease_check check ((state = 'SENDING') = (lease_until is not null and claim_token is not null))
);
-- What the dispatchers look for: waiting rows by their next attempt, claimed rows by their lease.
create index mail_outbox_pending_idx on mail_outbox (next_attempt_at) where state = 'PENDING';
create index mail_outbox_sending_idx on mail_outbox (lease_until) where state = 'SENDING';
-- The admins' list at /admin/mail, newest first.
create index mail_outbox_created_idx on mail_outbox (created_at desc, id desc);
