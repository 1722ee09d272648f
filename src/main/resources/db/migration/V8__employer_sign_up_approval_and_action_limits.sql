-- Self-service employer sign-up: accounts made through the public form wait for an admin's
-- approval. Every existing (admin-made) account is approved, and stays as it was.
alter table users
    add column approval             varchar(20) not null default 'APPROVED',
    add column approval_decided_at  timestamptz,
    add column approval_decided_by  bigint references users (id),
    add constraint users_approval_check check (approval in ('PENDING', 'APPROVED', 'REJECTED'));
-- The admins' queue of sign-ups waiting for a decision, oldest first.
create index users_pending_approval_idx on users (created_at, id) where approval = 'PENDING';
-- Recent decisions, newest first, shown under the queue.
create index users_approval_decided_idx on users (approval_decided_at desc) where approval_decided_at is not null;

-- One row per limited action (a profile save, a job posted, a sign-up attempt) by a subject
-- ("account:42" or "address:203.0.113.9"), so that every instance counts the same sliding hour.
-- Rows older than a day are trimmed.
create table action_log (
    subject varchar(300) not null,
    action  varchar(30)  not null,
    at      timestamptz  not null default now()
);
create index action_log_subject_idx on action_log (subject, action, at);
create index action_log_at_idx on action_log (at);
