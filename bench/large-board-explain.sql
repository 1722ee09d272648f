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

\echo '### /jobs?q=engineer (very common word), by relevance'
explain (analyze, buffers, costs off)
select j.id, j.title, c.name from jobs j join companies c on c.id = j.company_id
cross join (select websearch_to_tsquery('english', 'engineer') || websearch_to_tsquery('simple', 'engineer') as query) k
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and j.search_document @@ k.query
order by ts_rank(j.search_document, k.query) desc, j.posted_at desc, j.id desc limit 20 offset 0;

\echo '### /jobs?q=quetzalcoatl (one job)'
explain (analyze, buffers, costs off)
select j.id, j.title, c.name from jobs j join companies c on c.id = j.company_id
cross join (select websearch_to_tsquery('english', 'quetzalcoatl') || websearch_to_tsquery('simple', 'quetzalcoatl') as query) k
where j.status = 'OPEN' and (j.expires_at is null or j.expires_at > now()) and c.status = 'ACTIVE'
    and j.search_document @@ k.query
order by ts_rank(j.search_document, k.query) desc, j.posted_at desc, j.id desc limit 20 offset 0;

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
