-- The lists' queries as the app sends them (CompanyRepository.searchPublic/countPublic, JobSearchQuery,
-- SitemapEntries), with the benchmark's values in place of the bind parameters. Run by bench/large-board.sh.
\pset pager off
\echo '### /companies, first page (CompanyRepository.searchPublic)'
explain (analyze, buffers, costs off)
select c.id, c.name, c.slug from companies c
where c.status = 'ACTIVE' and lower(c.name) like '%' escape '\' and ('' = '' or exists (
    select 1 from company_sectors cs join sectors s on s.id = cs.sector_id where cs.company_id = c.id and s.slug = ''))
order by lower(c.name), c.id offset 0 rows fetch first 20 rows only;

\echo '### /companies?page=50, the deepest page (offset 980)'
explain (analyze, buffers, costs off)
select c.id, c.name, c.slug from companies c
where c.status = 'ACTIVE' and lower(c.name) like '%' escape '\' and ('' = '' or exists (
    select 1 from company_sectors cs join sectors s on s.id = cs.sector_id where cs.company_id = c.id and s.slug = ''))
order by lower(c.name), c.id offset 980 rows fetch first 20 rows only;

\echo '### /companies, the capped count (countPublic, limit 1001)'
explain (analyze, buffers, costs off)
select count(*) from (select 1 from companies c where c.status = 'ACTIVE' and lower(c.name) like '%' escape '\'
    and ('' = '' or exists (select 1 from company_sectors cs join sectors s on s.id = cs.sector_id
                            where cs.company_id = c.id and s.slug = '')) limit 1001) found;

\echo '### /companies?q=robot'
explain (analyze, buffers, costs off)
select c.id, c.name, c.slug from companies c
where c.status = 'ACTIVE' and lower(c.name) like '%robot%' escape '\' and ('' = '' or exists (
    select 1 from company_sectors cs join sectors s on s.id = cs.sector_id where cs.company_id = c.id and s.slug = ''))
order by lower(c.name), c.id offset 0 rows fetch first 20 rows only;

\echo '### /companies?sector=software'
explain (analyze, buffers, costs off)
select c.id, c.name, c.slug from companies c
where c.status = 'ACTIVE' and lower(c.name) like '%' escape '\' and ('software' = '' or exists (
    select 1 from company_sectors cs join sectors s on s.id = cs.sector_id where cs.company_id = c.id and s.slug = 'software'))
order by lower(c.name), c.id offset 0 rows fetch first 20 rows only;

\echo '### /jobs, first page (JobSearchQuery, no keywords)'
explain (analyze, buffers, costs off)
select j.id, j.title, c.name from jobs j join companies c on c.id = j.company_id
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
order by j.posted_at desc, j.id desc limit 20 offset 0;

\echo '### /jobs, the capped count'
explain (analyze, buffers, costs off)
select count(*) from (select 1 from jobs j join companies c on c.id = j.company_id
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE' limit 1001) found;

\echo '### /jobs?q=engineer (very common word), by relevance: the newest 1,000 matches among the newest 20,000 open jobs, ranked (JobSearchQuery.newestMatches; the count comes with it)'
explain (analyze, buffers, costs off)
with matches as materialized (select j.id, j.posted_at from jobs j join companies c on c.id = j.company_id
cross join (select websearch_to_tsquery('english', 'engineer') || websearch_to_tsquery('simple', 'engineer') as query) k
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and j.search_document @@ k.query
    and j.posted_at >= (select posted_at from jobs where status = 'OPEN' order by posted_at desc, id desc offset 20000 limit 1))
select j.id, j.title, c.name, (select count(*) from matches) as matched
from (select id from matches order by posted_at desc, id desc limit 1000) newest
join jobs j on j.id = newest.id join companies c on c.id = j.company_id
cross join (select websearch_to_tsquery('english', 'engineer') || websearch_to_tsquery('simple', 'engineer') as query) k
order by ts_rank(job_search_heading(j.title, c.name), k.query) desc, j.posted_at desc, j.id desc limit 20 offset 0;

\echo '### /jobs?q=quetzalcoatl (one job): first among the newest 20,000 open jobs (none there)...'
explain (analyze, buffers, costs off)
with matches as materialized (select j.id, j.posted_at from jobs j join companies c on c.id = j.company_id
cross join (select websearch_to_tsquery('english', 'quetzalcoatl') || websearch_to_tsquery('simple', 'quetzalcoatl') as query) k
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and j.search_document @@ k.query
    and j.posted_at >= (select posted_at from jobs where status = 'OPEN' order by posted_at desc, id desc offset 20000 limit 1))
select j.id, j.title, c.name, (select count(*) from matches) as matched
from (select id from matches order by posted_at desc, id desc limit 1000) newest
join jobs j on j.id = newest.id join companies c on c.id = j.company_id
cross join (select websearch_to_tsquery('english', 'quetzalcoatl') || websearch_to_tsquery('simple', 'quetzalcoatl') as query) k
order by ts_rank(job_search_heading(j.title, c.name), k.query) desc, j.posted_at desc, j.id desc limit 20 offset 0;

\echo '### ...then among all open jobs'
explain (analyze, buffers, costs off)
with matches as materialized (select j.id, j.posted_at from jobs j join companies c on c.id = j.company_id
cross join (select websearch_to_tsquery('english', 'quetzalcoatl') || websearch_to_tsquery('simple', 'quetzalcoatl') as query) k
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and j.search_document @@ k.query)
select j.id, j.title, c.name, (select count(*) from matches) as matched
from (select id from matches order by posted_at desc, id desc limit 1000) newest
join jobs j on j.id = newest.id join companies c on c.id = j.company_id
cross join (select websearch_to_tsquery('english', 'quetzalcoatl') || websearch_to_tsquery('simple', 'quetzalcoatl') as query) k
order by ts_rank(job_search_heading(j.title, c.name), k.query) desc, j.posted_at desc, j.id desc limit 20 offset 0;

\echo '### a keyword count past the list depth (materialized: the matches from the text index)'
explain (analyze, buffers, costs off)
with found as materialized (select 1 from jobs j join companies c on c.id = j.company_id
cross join (select websearch_to_tsquery('english', 'engineer') || websearch_to_tsquery('simple', 'engineer') as query) k
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and j.search_document @@ k.query) select count(*) from (select 1 from found limit 1001) capped;

\echo '### /jobs?location=berlin&type=FULL_TIME&remote=true'
explain (analyze, buffers, costs off)
select j.id, j.title, c.name from jobs j join companies c on c.id = j.company_id
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and lower(j.location) like '%berlin%' escape '\' and j.employment_type = 'FULL_TIME' and j.remote
order by j.posted_at desc, j.id desc limit 20 offset 0;

\echo '### profile with 200 open jobs (JobRepository.findPublishedByCompany)'
explain (analyze, buffers, costs off)
select j.id, j.title from jobs j where j.company_id = (select id from companies where slug = 'large-board-hundreds')
    and j.status = 'OPEN' order by j.posted_at desc;

\echo '### /sitemaps/jobs-6.xml: its version, for the ETag (SitemapEntries.version)'
explain (analyze, buffers, costs off)
select count(*) as pages, coalesce(sum(j.id), 0) as ids, max(greatest(j.updated_at, c.updated_at)) as last_modified
from jobs j join companies c on c.id = j.company_id
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and j.id between 250001 and 300000;

\echo '### /sitemaps/jobs-6.xml: its addresses, streamed (SitemapEntries.stream)'
explain (analyze, buffers, costs off)
select '/jobs/' || j.id || '/' || j.slug as path, greatest(j.updated_at, c.updated_at) as last_modified
from jobs j join companies c on c.id = j.company_id
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and j.id between 250001 and 300000
order by j.id limit 50000;

\echo '### /sitemaps/companies-1.xml: its addresses, streamed'
explain (analyze, buffers, costs off)
select '/companies/' || c.slug as path, greatest(c.updated_at, j.jobs_updated_at, j.last_expiry) as last_modified
from companies c
left join (
    select company_id, max(updated_at) as jobs_updated_at, max(expires_at) filter (where expires_at <= now()) as last_expiry
    from jobs where status <> 'DRAFT' and company_id between 1 and 50000
    group by company_id
) j on j.company_id = c.id
where c.status = 'ACTIVE' and c.id between 1 and 50000
order by c.id limit 50000;

\echo '### /sitemap.xml, the index: the latest change of each job part (SitemapEntries.chunks; kept a minute)'
explain (analyze, buffers, costs off)
select (j.id - 1) / 50000 + 1 as chunk, max(greatest(j.updated_at, c.updated_at)) as last_modified
from jobs j join companies c on c.id = j.company_id
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and j.id between 1 and 9223372036854775807
group by 1 order by 1;
