-- Applications on the site (issue 13): jobs may take applications here, candidates apply with a CV, and the
-- company's team works through them. Personal data lives in job_applications and the tables that cascade from it;
-- the daily counts in job_daily_applications hold no personal data and are kept for the statistics.

-- Jobs that existed before keep their external address or e-mail; new jobs take applications on the site.
alter table jobs add column apply_on_site boolean not null default false;
alter table jobs alter column apply_on_site set default true;

create table job_applications (
    id            bigint generated always as identity primary key,
    job_id        bigint       not null references jobs (id),
    company_id    bigint       not null references companies (id),
    name          varchar(160) not null,
    email         varchar(254) not null,
    -- One application per job and address: applying again updates it.
    email_key     varchar(254) not null,
    phone         varchar(40),
    link          varchar(500),
    cover_letter  text         not null default '',
    -- The candidate's language, for the mails they get later (a rejection).
    locale        varchar(10)  not null,
    status        varchar(20)  not null default 'NEW',
    consented_at  timestamptz  not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint job_applications_job_email_key unique (job_id, email_key),
    constraint job_applications_status_check check (status in ('NEW', 'REVIEWING', 'SHORTLISTED', 'REJECTED', 'HIRED')),
    constraint job_applications_cover_letter_length check (char_length(cover_letter) <= 10000)
);
create index job_applications_company_idx on job_applications (company_id, created_at desc, id desc);
create index job_applications_job_idx on job_applications (job_id, created_at desc, id desc);
create index job_applications_email_idx on job_applications (email_key);
create index job_applications_new_idx on job_applications (company_id) where status = 'NEW';

-- The CV, apart from the row so that lists never read it.
create table application_cvs (
    application_id bigint       primary key references job_applications (id) on delete cascade,
    file_name      varchar(120) not null,
    content_type   varchar(100) not null,
    bytes          bytea        not null,
    sha256         varchar(64)  not null,
    constraint application_cvs_size_check check (octet_length(bytes) between 1 and 5242880),
    constraint application_cvs_type_check check (content_type in ('application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.oasis.opendocument.text', 'text/plain'))
);

-- What happened to an application: received, updated by the candidate, status changes with private notes.
create table application_events (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references job_applications (id) on delete cascade,
    at             timestamptz not null,
    kind           varchar(20) not null,
    status         varchar(20),
    actor_user_id  bigint references users (id) on delete set null,
    note           text        not null default '',
    candidate_mailed boolean   not null default false,
    constraint application_events_kind_check check (kind in ('RECEIVED', 'UPDATED', 'STATUS'))
);
create index application_events_application_idx on application_events (application_id, at, id);

-- The private links mailed to candidates: each stands for one e-mail address; only the SHA-256 of the token is kept.
create table candidate_links (
    token_sha256 bytea        primary key,
    email_key    varchar(254) not null,
    created_at   timestamptz  not null,
    constraint candidate_links_hash_length check (octet_length(token_sha256) = 32)
);
create index candidate_links_email_idx on candidate_links (email_key);

-- How each team member wants to hear of new applications; no row means every one.
create table application_notification_settings (
    user_id        bigint      primary key references users (id) on delete cascade,
    frequency      varchar(10) not null,
    locale         varchar(10) not null default 'en',
    last_digest_at timestamptz,
    constraint application_notification_settings_frequency_check check (frequency in ('EACH', 'DAILY', 'NONE'))
);

-- New applications per job and day (UTC), counted once per application as views are counted per day; never
-- lowered by withdrawals or deletions, so the statistics outlive the personal data.
create table job_daily_applications (
    job_id       bigint not null references jobs (id),
    day          date   not null,
    applications bigint not null default 0,
    primary key (job_id, day)
);
