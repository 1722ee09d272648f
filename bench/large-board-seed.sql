-- Seeds a large board into a migrated job-board database, replacing its companies and jobs (and, by cascade,
-- the employer accounts tied to them: use a database of its own) (bench/large-board.sh runs it with psql):
-- 50,000 companies (name words, taglines and descriptions of varied lengths, 1-3 of 24 sectors, 5% pending or
-- archived), 500,000 jobs (60% open, 10% drafts, 15% filled, 15% expired by status; of the open ones some past
-- their expiry date; 30 places, 20% remote, 8 employment types, 2,000 descriptions of 13 to 800 words). One public
-- company, 'large-board-hundreds', has exactly 200 open jobs; one job mentions the rare word 'quetzalcoatl'.
--
-- Everything is made by generate_series in a few statements. Triggers are off while seeding
-- (session_replication_role = replica: no foreign-key checks, no profile notifications); the one thing a
-- trigger would have done, each job's search_document, is computed here.

\set ON_ERROR_STOP on
set session_replication_role = replica;
select setseed(0.16);

-- Whatever board was there goes (the demo companies, an earlier seed).
truncate companies, jobs, sectors, company_sectors, logos, company_view_totals, company_daily_views,
    job_view_totals, job_daily_views, company_daily_visitors, job_daily_visitors, company_revisions,
    company_slug_history restart identity cascade;

create temporary table words (n int primary key, word text not null);
insert into words
select ordinality, word
from unnest(string_to_array(
    'north wind robot cloud data river stone bright blue green quantum pixel harbor summit forest metro '
    || 'atlas nova orbit delta vertex signal beacon craft forge spark lumen terra aqua solar lunar cedar maple '
    || 'falcon otter lynx raven bison heron amber cobalt coral ember ivory jade onyx', ' '))
    with ordinality as t(word, ordinality);

create temporary table suffixes (n int primary key, word text not null);
insert into suffixes
select ordinality, word
from unnest(string_to_array('Robotics Labs Systems Analytics Software Logistics Health Energy Foods Studio Works '
    || 'Partners Bank Media Networks Materials Motors Games Security Travel', ' ')) with ordinality as t(word, ordinality);

insert into sectors (name, slug)
select s.name, lower(replace(s.name, ' ', '-'))
from unnest(array['Software', 'Hardware', 'Finance', 'Healthcare', 'Education', 'Retail', 'Logistics', 'Energy',
    'Media', 'Travel', 'Food', 'Manufacturing', 'Security', 'Gaming', 'Biotech', 'Automotive', 'Telecom',
    'Insurance', 'Real Estate', 'Agriculture', 'Consulting', 'Public Sector', 'Nonprofit', 'Legal']) as s(name)
on conflict do nothing;

-- The description: a lorem-like paragraph of words, 1 to 60 sentences long.
create function pg_temp.prose(seed int, sentences int) returns text language sql immutable as $$
    select string_agg(initcap(w1.word) || ' ' || w2.word || ' ' || w3.word || ' and ' || w4.word || ' ' || w5.word
        || ' for teams that build ' || w6.word || ' things.', ' ')
    from generate_series(1, greatest(sentences, 1)) g
    join words w1 on w1.n = 1 + (seed * 7 + g * 13) % 45
    join words w2 on w2.n = 1 + (seed * 11 + g * 17) % 45
    join words w3 on w3.n = 1 + (seed * 3 + g * 29) % 45
    join words w4 on w4.n = 1 + (seed * 5 + g * 31) % 45
    join words w5 on w5.n = 1 + (seed * 13 + g * 7) % 45
    join words w6 on w6.n = 1 + (seed * 17 + g * 3) % 45
$$;

insert into companies (slug, name, tagline, founded_date, size_band, headquarters, website, description_markdown,
    description_html, status, created_at, updated_at)
select
    case when i = 1 then 'large-board-hundreds'
         else lower(w1.word || '-' || w2.word || '-' || s.word) || '-' || i end,
    case when i = 1 then 'Large Board Hundreds'
         else initcap(w1.word) || initcap(w2.word) || ' ' || s.word || ' ' || i end,
    case when i % 3 = 0 then null else 'We make ' || w2.word || ' ' || s.word || ' better.' end,
    date '1950-01-01' + (i * 37 % 26000),
    (array['SIZE_1_10', 'SIZE_11_50', 'SIZE_51_200', 'SIZE_201_500', 'SIZE_501_1000', 'SIZE_1001_5000',
        'SIZE_5001_10000', 'SIZE_10001_PLUS'])[1 + i % 8],
    (array['Berlin', 'Hamburg', 'Munich', 'London', 'Paris', 'Amsterdam', 'Vienna', 'Zurich', 'Madrid',
        'Lisbon'])[1 + i % 10],
    'https://' || lower(w1.word || w2.word) || i || '.example.com',
    pg_temp.prose(i, 1 + (i * 7919) % 40),
    '<p>' || pg_temp.prose(i, 1 + (i * 7919) % 40) || '</p>',
    case when i = 1 then 'ACTIVE' when i % 20 = 0 then 'PENDING' when i % 20 = 10 then 'ARCHIVED' else 'ACTIVE' end,
    now() - (i % 1000) * interval '1 hour',
    now() - (i % 997) * interval '1 hour'
from generate_series(1, 50000) i
join words w1 on w1.n = 1 + i % 45
join words w2 on w2.n = 1 + (i / 45) % 45
join suffixes s on s.n = 1 + (i / 7) % 20;

insert into company_sectors (company_id, sector_id)
select distinct c.id, sec.id
from companies c
cross join generate_series(0, 2) k
join sectors sec on sec.id = (select min(id) from sectors) + (c.id * 7 + k * 5) % 24
where k <= c.id % 3;

-- 2,000 job descriptions of 1 to 60 sentences (about 13 to 800 words), each with its search vector computed once:
-- a job's search_document is its title's and company's vectors followed by its description's, exactly what
-- job_search_document (V6) makes of the three, without running the text search parser 500,000 times.
create temporary table descriptions (n int primary key, html text not null, vector tsvector not null);
insert into descriptions (n, html, vector)
select d.n, d.html, setweight(to_tsvector('english', d.html), 'C') || setweight(to_tsvector('simple', d.html), 'C')
from (select n, '<p>' || pg_temp.prose(n, 1 + (n * 7 % 60)) || '</p>' as html from generate_series(0, 1999) n) d;

-- Jobs: company 1 gets 200 open ones; the others go to the other companies, more to some than to others.
insert into jobs (company_id, title, slug, employment_type, location, country_code, remote, salary_min, salary_max,
    salary_currency, salary_period, description_markdown, description_html, status, posted_at, expires_at,
    created_at, updated_at, search_document)
select j.company_id, j.title, lower(replace(j.title, ' ', '-')), j.employment_type, j.location, j.country_code,
    j.remote, j.salary_min, j.salary_max, j.salary_currency, j.salary_period, d.html, d.html, j.status,
    j.posted_at, j.expires_at, coalesce(j.posted_at, now()), coalesce(j.posted_at, now()),
    setweight(to_tsvector('english', j.title), 'A') || setweight(to_tsvector('simple', j.title), 'A')
        || setweight(to_tsvector('english', c.name), 'B') || setweight(to_tsvector('simple', c.name), 'B')
        || d.vector
from (
    select i,
        case when i <= 200 then (select id from companies where slug = 'large-board-hundreds')
             else (select min(id) from companies) + 1 + (i::bigint * i % 49999) end as company_id,
        initcap(w1.word) || ' ' || (array['Engineer', 'Designer', 'Analyst', 'Manager', 'Developer', 'Scientist',
            'Technician', 'Consultant', 'Writer', 'Nurse'])[1 + i % 10]
            || case when i % 4 = 0 then ' Senior' else '' end as title,
        (array['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM',
            'OTHER'])[1 + (i / 3) % 8] as employment_type,
        (array['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Frankfurt', 'Stuttgart', 'Leipzig', 'Dresden', 'London',
            'Manchester', 'Paris', 'Lyon', 'Amsterdam', 'Rotterdam', 'Vienna', 'Graz', 'Zurich', 'Geneva',
            'Madrid', 'Barcelona', 'Lisbon', 'Porto', 'Warsaw', 'Krakow', 'Prague', 'Brno', 'Oslo', 'Bergen',
            'Stockholm', 'Helsinki'])[1 + i % 30] as location,
        (array['DE', 'DE', 'DE', 'DE', 'DE', 'DE', 'DE', 'DE', 'GB', 'GB', 'FR', 'FR', 'NL', 'NL', 'AT', 'AT', 'CH',
            'CH', 'ES', 'ES', 'PT', 'PT', 'PL', 'PL', 'CZ', 'CZ', 'NO', 'NO', 'SE', 'FI'])[1 + i % 30]
            as country_code,
        i % 5 = 0 as remote,
        case when i % 3 = 0 then null else 30000 + (i % 70) * 1000 end as salary_min,
        case when i % 3 = 0 then null else 60000 + (i % 70) * 1000 end as salary_max,
        case when i % 3 = 0 then null else 'EUR' end as salary_currency,
        case when i % 3 = 0 then null else 'YEAR' end as salary_period,
        (i::bigint * 104729 % 2000)::int as description,
        case when i <= 200 then 'OPEN'
             when i % 20 < 12 then 'OPEN' when i % 20 < 14 then 'DRAFT' when i % 20 < 17 then 'FILLED'
             else 'EXPIRED' end as status,
        case when i % 20 between 12 and 13 and i > 200 then null
             else now() - ((i * 7) % 365) * interval '1 day' - (i % 1440) * interval '1 minute' end as posted_at,
        case when i <= 200 then null
             when i % 7 = 0 then null
             else now() + (((i * 13) % 120) - 30) * interval '1 day' end as expires_at
    from generate_series(1, 500000) i
    join words w1 on w1.n = 1 + (i / 10) % 45
) j
join companies c on c.id = j.company_id
join descriptions d on d.n = j.description;

-- One open job mentions a word no other text has: the rare-word search.
update jobs
set description_html = description_html || '<p>Quetzalcoatl is the one rare word on the whole board.</p>',
    search_document = search_document || setweight(to_tsvector('simple', 'quetzalcoatl'), 'C')
where id = (select id from jobs where status = 'OPEN' and expires_at is null order by id offset 20000 limit 1);

set session_replication_role = origin;
analyze;
