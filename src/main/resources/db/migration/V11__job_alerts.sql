-- Job alerts and following a company (issue 14).
--
-- An address (stored only for sending, deleted with its last alert) has alerts: a saved search of
-- /jobs or a followed company, each with its frequency. New jobs are matched against every
-- confirmed alert in one statement (see alerts/AlertMatcher) and each match is recorded once
-- (alert, job); a mail takes the matches above the alert's high-water mark whose jobs are still open.

create table alert_addresses (
    id         bigint generated always as identity primary key,
    email      varchar(254) not null,
    created_at timestamptz  not null default now()
);
create unique index alert_addresses_email_key on alert_addresses (lower(email));

create table alerts (
    id                 bigint generated always as identity primary key,
    address_id         bigint       not null references alert_addresses (id) on delete cascade,
    kind               varchar(10)  not null,
    frequency          varchar(10)  not null,
    -- The language of every mail for this alert: the one the visitor used to sign up.
    locale             varchar(10)  not null,
    -- The search as typed, to show in mails and on the manage page.
    keywords           varchar(200) not null default '',
    location           varchar(200) not null default '',
    sector_id          bigint references sectors (id),
    employment_type    varchar(20),
    remote_only        boolean      not null default false,
    company_id         bigint references companies (id),
    -- The keywords as job search reads them (websearch_to_tsquery, English and simple); null: no keywords.
    query              tsquery,
    -- The query's words: a job can match only if it has one of them, unless scan_always (see alert_query_terms).
    query_terms        text[]       not null default '{}',
    scan_always        boolean      not null,
    -- lower(location) LIKE pattern, as job search builds it; null: anywhere.
    location_pattern   varchar(500),
    created_at         timestamptz  not null,
    confirmed_at       timestamptz,
    paused             boolean      not null default false,
    -- High-water mark: every match with an id up to this one has been dealt with (mailed, or left out as closed).
    sent_through_match bigint       not null default 0,
    last_mail_at       timestamptz,
    -- Set by the matcher when it records a match, cleared by the sender: instant alerts to look at.
    has_pending        boolean      not null default false,
    -- Daily and weekly alerts: when the next digest is due.
    next_digest_at     timestamptz,
    constraint alerts_kind_check check (kind in ('SEARCH', 'FOLLOW')),
    constraint alerts_frequency_check check (frequency in ('INSTANT', 'DAILY', 'WEEKLY')),
    constraint alerts_follow_has_company check (kind <> 'FOLLOW' or company_id is not null),
    constraint alerts_employment_type_check check (employment_type in ('FULL_TIME', 'PART_TIME', 'CONTRACTOR',
        'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'))
);
create index alerts_address_idx on alerts (address_id, id);
-- One follow per address and company, so that "Followers" counts people.
create unique index alerts_one_follow_per_address on alerts (address_id, company_id) where kind = 'FOLLOW';
-- Candidates for a new job: alerts sharing a word with it (GIN), followers of its company, the rest.
create index alerts_query_terms_idx on alerts using gin (query_terms) where confirmed_at is not null and not paused;
create index alerts_company_idx on alerts (company_id) where confirmed_at is not null and not paused and scan_always;
create index alerts_scan_always_idx on alerts (id) where confirmed_at is not null and not paused and scan_always
    and company_id is null;
-- Instant alerts with something new.
create index alerts_instant_pending_idx on alerts (id) where has_pending and frequency = 'INSTANT';
-- Digests that are due.
create index alerts_digest_due_idx on alerts (next_digest_at) where confirmed_at is not null and frequency <> 'INSTANT';
-- Sign-ups nobody confirmed are deleted after a while.
create index alerts_unconfirmed_idx on alerts (created_at) where confirmed_at is null;

-- The words of a tsquery (as PostgreSQL prints it: 'word' with '' and \\ escaped). A document
-- that has none of them can match the query only if the empty document does (the query is
-- evaluated on the same presence of words), which is what alerts.scan_always records.
create function alert_query_terms(query tsquery)
    returns text[]
    language sql
    immutable
    parallel safe
as $$
    select coalesce(array_agg(distinct replace(replace(m[1], '''''', ''''), '\\', '\')), '{}')
    from regexp_matches(query::text, '''((?:[^'']|'''')*)''', 'g') as m
$$;

-- One row per (alert, job) ever matched. Matching inserts up to a million rows at a time, so the table has
-- one index and no foreign keys (AlertStore deletes an alert's matches with it; jobs are never deleted).
-- The id orders matches for the alerts' high-water marks.
create table alert_matches (
    id         bigint      generated always as identity,
    alert_id   bigint      not null,
    job_id     bigint      not null,
    matched_at timestamptz not null default now(),
    -- A job goes to an alert at most once, whatever instance or restart matched it.
    constraint alert_matches_once primary key (alert_id, job_id)
);

-- Jobs waiting to be matched: a job is queued in the same transaction that puts it on the board, so no
-- publication is missed, whichever instance published it and whenever the matcher runs.
create table alert_job_queue (
    job_id    bigint primary key references jobs (id),
    queued_at timestamptz not null default now()
);

create function jobs_queue_for_alerts() returns trigger
    language plpgsql
as $$
begin
    insert into alert_job_queue (job_id) values (new.id) on conflict do nothing;
    return null;
end;
$$;

create trigger jobs_queue_for_alerts_on_insert
    after insert on jobs
    for each row when (new.status = 'OPEN')
    execute function jobs_queue_for_alerts();

create trigger jobs_queue_for_alerts_on_update
    after update of status on jobs
    for each row when (new.status = 'OPEN' and old.status is distinct from 'OPEN')
    execute function jobs_queue_for_alerts();

-- Followers: the exact count per company (confirmed follows), and the gains and losses per UTC day
-- for the statistics page. Kept by a trigger, so every way of confirming or deleting counts.
create table company_follower_counts (
    company_id bigint primary key references companies (id),
    followers  bigint not null default 0
);

create table company_daily_followers (
    company_id bigint not null references companies (id),
    day        date   not null,
    gained     bigint not null default 0,
    lost       bigint not null default 0,
    primary key (company_id, day)
);

create function alerts_count_followers() returns trigger
    language plpgsql
as $$
declare
    was_follower boolean := tg_op <> 'INSERT' and old.kind = 'FOLLOW' and old.confirmed_at is not null;
    is_follower  boolean := tg_op <> 'DELETE' and new.kind = 'FOLLOW' and new.confirmed_at is not null;
    company      bigint;
    delta        integer;
begin
    if was_follower = is_follower then
        return null;
    end if;
    if is_follower then
        company := new.company_id;
        delta := 1;
    else
        company := old.company_id;
        delta := -1;
    end if;
    insert into company_follower_counts (company_id, followers) values (company, delta)
    on conflict (company_id) do update set followers = company_follower_counts.followers + excluded.followers;
    insert into company_daily_followers (company_id, day, gained, lost)
    values (company, (now() at time zone 'UTC')::date, greatest(delta, 0), greatest(-delta, 0))
    on conflict (company_id, day) do update
        set gained = company_daily_followers.gained + excluded.gained,
            lost = company_daily_followers.lost + excluded.lost;
    return null;
end;
$$;

create trigger alerts_count_followers
    after insert or update of confirmed_at or delete on alerts
    for each row execute function alerts_count_followers();

-- The key that signs the links in alert mails (confirm, unsubscribe, manage): random, made by the
-- first instance that needs it, the same for all.
create table alert_link_secret (
    id     smallint primary key default 1,
    secret bytea    not null,
    constraint alert_link_secret_single check (id = 1),
    constraint alert_link_secret_length check (octet_length(secret) = 32)
);
