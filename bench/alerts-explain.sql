-- The plans of the alerts' two heavy statements on the seeded database, for bench/alerts.sh (EXPLAIN=1), run
-- after the instant mails are queued and before the digests are made due. The joins and index conditions of
-- alerts.AlertMatcher (FLAG) and alerts.AlertSender (PENDING_JOBS), keep them in step; filters no seeded
-- alert uses (sector, a follow's company on keyword alerts) are left out of the sender's. Everything is rolled back.
\set ON_ERROR_STOP on
begin;
select min(seq) as first, max(seq) as last from alert_publications \gset
-- Flagging the instant alerts that the published jobs match (the statement, with the alerts' flags cleared).
update alerts set has_pending = false where has_pending;
explain (analyze, buffers, costs off)
with new_jobs as (
    select p.seq, p.company_id, p.employment_type, p.remote, p.location, p.search_document,
        tsvector_to_array(p.search_document) as terms, p.posted_at
    from alert_publications p
    where p.seq between :first and :last
),
matched as (
    select a.id
    from new_jobs nj join alerts a on a.query_terms && nj.terms
    where not a.scan_always and a.frequency = 'INSTANT' and a.confirmed_at is not null and not a.paused
        and (a.query is null or nj.search_document @@ a.query)
        and (a.company_id is null or a.company_id = nj.company_id)
        and (a.location_pattern is null or nj.location like a.location_pattern escape '\')
        and (a.sector_id is null or exists (select 1 from company_sectors cs
            where cs.company_id = nj.company_id and cs.sector_id = a.sector_id))
        and (a.employment_type is null or a.employment_type = nj.employment_type)
        and (not a.remote_only or nj.remote)
        and nj.posted_at >= a.confirmed_at
    union
    select a.id
    from new_jobs nj join alerts a on a.company_id = nj.company_id
    where a.scan_always and a.frequency = 'INSTANT' and a.confirmed_at is not null and not a.paused
        and (a.location_pattern is null or nj.location like a.location_pattern escape '\')
        and (a.employment_type is null or a.employment_type = nj.employment_type)
        and (not a.remote_only or nj.remote)
        and nj.posted_at >= a.confirmed_at
    union
    select a.id
    from new_jobs nj cross join alerts a
    where a.scan_always and a.company_id is null and a.frequency = 'INSTANT' and a.confirmed_at is not null
        and not a.paused
        and (a.location_pattern is null or nj.location like a.location_pattern escape '\')
        and (a.employment_type is null or a.employment_type = nj.employment_type)
        and (not a.remote_only or nj.remote)
        and nj.posted_at >= a.confirmed_at
)
update alerts set has_pending = true,
    sent_through_publication = case when has_pending then sent_through_publication
        else greatest(sent_through_publication, :first - 1) end
where id in (select id from matched);

-- One sender batch: the jobs of 200 daily and weekly alerts, all publications above their marks.
select array_agg(id order by id) as ids, array_agg(sent_through_publication order by id) as marks
from (select id, sent_through_publication from alerts where frequency <> 'INSTANT' order by id limit 200) b \gset
explain (analyze, buffers, costs off)
with batch as (
    select a.*, b.mark
    from alerts a
    join unnest(cast(:'ids' as bigint[]), cast(:'marks' as bigint[])) as b(id, mark) on b.id = a.id
    where a.id = any(cast(:'ids' as bigint[]))
),
candidates as (
    select a.id as alert_id, nj.job_id
    from batch a join alert_publications nj on nj.search_document @@ a.query
    where not a.scan_always and nj.seq > a.mark and nj.seq <= :last
        and (a.location_pattern is null or nj.location like a.location_pattern escape '\')
        and (a.employment_type is null or a.employment_type = nj.employment_type)
        and (not a.remote_only or nj.remote) and nj.posted_at >= a.confirmed_at
    union all
    select a.id, nj.job_id
    from batch a join alert_publications nj on nj.company_id = a.company_id
        and nj.seq > a.mark and nj.seq <= :last and nj.search_document is not null
    where a.scan_always and nj.posted_at >= a.confirmed_at
    union all
    select a.id, nj.job_id
    from batch a join alert_publications nj on nj.seq > a.mark and nj.seq <= :last
        and nj.search_document is not null
    where a.scan_always and a.company_id is null
        and (a.location_pattern is null or nj.location like a.location_pattern escape '\')
        and (a.employment_type is null or a.employment_type = nj.employment_type)
        and (not a.remote_only or nj.remote) and nj.posted_at >= a.confirmed_at
),
open_jobs as (
    select m.alert_id, j.id, j.title, c.name as company_name,
        count(*) over (partition by m.alert_id) as total,
        row_number() over (partition by m.alert_id order by j.posted_at desc, j.id desc) as position
    from candidates m
    join jobs j on j.id = m.job_id
    join companies c on c.id = j.company_id
    where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
)
select count(*) from open_jobs where position <= 50;
rollback;
