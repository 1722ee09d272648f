-- Views of job pages like those of profiles, unique visitors per page per day, and the daily secret
-- that visitors' hashes are keyed with.

-- How many different visitors saw the profile that day (each counted once a day, on any instance).
alter table company_daily_views add column unique_visitors bigint not null default 0;

create table job_view_totals (
    job_id bigint primary key references jobs (id),
    views  bigint not null default 0
);

create table job_daily_views (
    job_id          bigint not null references jobs (id),
    day             date   not null,
    views           bigint not null default 0,
    unique_visitors bigint not null default 0,
    primary key (job_id, day)
);

-- Dashboard: the views of the last days over all companies and jobs (most viewed, jumps in views).
create index company_daily_views_day_idx on company_daily_views (day);
create index job_daily_views_day_idx on job_daily_views (day);

-- The visitors already counted for a page on a day, so that each is counted once however many
-- instances see them: a keyed hash (HMAC-SHA-256 with that day's secret, cut to 64 bits) of a digest
-- of their address and user agent; neither is stored. Kept only until the day is over (see
-- view_visitor_secrets); the day's unique count stays in the daily views row for ever. No foreign
-- keys: rows live a day, and the flush only writes rows of pages that exist.
create table company_daily_visitors (
    company_id   bigint not null,
    day          date   not null,
    visitor_hash bigint not null,
    primary key (company_id, day, visitor_hash)
);

create table job_daily_visitors (
    job_id       bigint not null,
    day          date   not null,
    visitor_hash bigint not null,
    primary key (job_id, day, visitor_hash)
);

-- One random secret per UTC day, shared by every instance (the first to need it creates it), and
-- deleted with that day's visitor hashes shortly after the day ends: from then on nobody, not even
-- with the database, can tell whether a given address and browser were among a day's visitors.
create table view_visitor_secrets (
    day    date  primary key,
    secret bytea not null,
    constraint view_visitor_secrets_length check (octet_length(secret) = 32)
);
