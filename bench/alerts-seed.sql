-- Seeds :alerts confirmed job alerts for bench/alerts.sh, built exactly as the application stores them
-- (AlertStore.insert: websearch_to_tsquery with the English and simple configurations, alert_query_terms,
-- scan_always), with one address each. The mix: 75% keyword searches (one or two words, some with a
-- location or remote only), 10% follows of a demo company, 10% searches without keywords (part-time or
-- remote only, each in a city: every job is checked against these), 5% with an excluded word. Frequencies:
-- half instant, 30% daily, 20% weekly.
\set ON_ERROR_STOP on

create temporary table bench_words (n int primary key, word text not null);
insert into bench_words
select row_number() over (), w from unnest(string_to_array(
    'engineer developer nurse designer analyst welder driver teacher accountant cook baker electrician plumber '
    || 'carpenter mechanic manager consultant architect scientist researcher technician assistant administrator '
    || 'marketing sales support data software backend frontend devops cloud security network database python java '
    || 'kotlin react product project finance legal logistics warehouse retail barista waiter chef cleaner gardener '
    || 'painter roofer tiler mason pharmacist doctor therapist midwife caregiver paramedic pilot translator writer '
    || 'editor journalist photographer illustrator animator recruiter trainer coach tutor lecturer librarian '
    || 'biologist chemist physicist geologist surveyor planner controller auditor banker broker underwriter actuary '
    || 'agronomist farmer forester fisher brewer butcher tailor jeweler optician dentist hygienist radiologist '
    || 'sonographer dietitian pharmacologist veterinarian groomer kennel receptionist concierge housekeeper porter '
    || 'courier dispatcher scheduler buyer merchandiser stylist hairdresser beautician masseur lifeguard ranger',
    ' ')) as w;

create temporary table bench_locations (n int primary key, location text not null);
insert into bench_locations
select row_number() over (), l from unnest(array['Berlin', 'Hamburg', 'Munich', 'Zurich', 'Vienna', 'London',
    'Remote', 'Cologne', 'Leipzig', 'Bremen']) as l;

insert into alert_addresses (email)
select 'bench-' || i || '@bench.example.com' from generate_series(1, :alerts) as i;

with vocabulary as (
    select (select array_agg(word order by n) from bench_words) as words,
        (select array_agg(location order by n) from bench_locations) as places,
        (select array_agg(id order by id) from companies where status = 'ACTIVE') as companies
),
picked as (
    select e.id as address_id, n.i,
        v.words[1 + (hashint4(n.i) & 2147483647) % 120] as w1,
        v.words[1 + (hashint4(n.i * 7 + 1) & 2147483647) % 120] as w2,
        v.places[1 + (hashint4(n.i * 13) & 2147483647) % 10] as place,
        v.companies[1 + (hashint4(n.i * 3) & 2147483647) % cardinality(v.companies)] as company,
        n.i % 100 as bucket
    from alert_addresses e
    cross join vocabulary v
    cross join lateral (select substring(e.email from 'bench-(\d+)@')::int as i) n
    where e.email like 'bench-%@bench.example.com'
),
shaped as (
    select address_id, i,
        case when bucket < 75 then 'SEARCH' when bucket < 85 then 'FOLLOW' else 'SEARCH' end as kind,
        case when bucket < 45 then w1 when bucket < 75 then w1 || ' ' || w2
             when bucket < 85 then '' when bucket < 95 then '' else w1 || ' -' || w2 end as keywords,
        case when bucket between 60 and 69 or bucket between 85 and 94 then place else '' end as location,
        case when bucket between 85 and 89 then 'PART_TIME' end as employment_type,
        (bucket between 70 and 74 or bucket between 90 and 94) as remote_only,
        case when bucket between 75 and 84 then company end as company_id,
        case when i % 10 < 5 then 'INSTANT' when i % 10 < 8 then 'DAILY' else 'WEEKLY' end as frequency
    from picked
)
insert into alerts (address_id, kind, frequency, locale, keywords, location, employment_type, remote_only, company_id,
    query, query_terms, scan_always, location_pattern, created_at, confirmed_at, next_digest_at)
select s.address_id, s.kind, s.frequency, case when s.i % 4 = 0 then 'de' else 'en' end, s.keywords, s.location,
    s.employment_type, s.remote_only, s.company_id, q.query, coalesce(alert_query_terms(q.query), '{}'),
    q.query is null or ''::tsvector @@ q.query,
    case when s.location = '' then null else '%' || lower(s.location) || '%' end,
    now() - interval '1 hour', now() - interval '1 hour',
    case s.frequency when 'DAILY' then now() + interval '1 day' when 'WEEKLY' then now() + interval '7 days' end
from shaped s
cross join lateral (select case when s.keywords = '' then null
    else websearch_to_tsquery('english', s.keywords) || websearch_to_tsquery('simple', s.keywords) end as query) q;



