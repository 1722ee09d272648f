-- Job alerts at scale (issue 14): instead of one row per (alert, job) matched (millions for a thousand jobs),
-- the matcher records each published job once, in order, in alert_publications, and flags the instant alerts
-- that have something new. An alert's high-water mark is now a publication: a mail lists the publications
-- above it that match the alert (one query at send time, through the index on the published words) and are
-- still open, and the mark moves past everything that query looked at.

create table alert_publications (
    -- Assigned by the matcher, one batch at a time across instances, so that a mark never skips a publication.
    seq             bigint       generated always as identity primary key,
    job_id          bigint       not null,
    -- What alerts test, as published (the job's current state decides only whether it is still open).
    company_id      bigint       not null,
    employment_type varchar(20)  not null,
    remote          boolean      not null,
    -- lower(coalesce(location, '')), as alerts' location patterns expect.
    location        text         not null,
    posted_at       timestamptz,
    -- Null once every alert's mark is past it: no alert can list it any more, and the index stays small.
    search_document tsvector,
    -- A job is announced once: closing and reopening it does not send it again.
    constraint alert_publications_job_once unique (job_id)
);
-- Send-time candidates: keyword alerts through the words, follows by company, the rest by position.
create index alert_publications_document_idx on alert_publications using gin (search_document);
create index alert_publications_company_idx on alert_publications (company_id, seq) where search_document is not null;
create index alert_publications_current_idx on alert_publications (seq) where search_document is not null;

alter table alerts add column sent_through_publication bigint not null default 0;

-- What the old matches said carries over: every job ever matched becomes a publication, in the order it was
-- first matched, and each alert's mark stops before its first match not yet mailed (after all, when none), so
-- nothing waiting is lost and nothing mailed is mailed again.
create temporary table first_matches on commit drop as
select job_id, min(id) as first_match from alert_matches group by job_id;

insert into alert_publications (job_id, company_id, employment_type, remote, location, posted_at, search_document)
select j.id, j.company_id, j.employment_type, j.remote, lower(coalesce(j.location, '')), j.posted_at,
    j.search_document
from first_matches f
join jobs j on j.id = f.job_id
order by f.first_match;

create temporary table publication_order on commit drop as
select p.seq, f.first_match from alert_publications p join first_matches f on f.job_id = p.job_id;
create index on publication_order (first_match);

update alerts a set sent_through_publication = coalesce((
    select o.seq from publication_order o
    where o.first_match < coalesce((select min(m.id) from alert_matches m
        where m.alert_id = a.id and m.id > a.sent_through_match), 9223372036854775807)
    order by o.first_match desc
    limit 1), 0)
where a.confirmed_at is not null;

drop table alert_matches;
alter table alerts drop column sent_through_match;
