-- Indexes the plans of a large board asked for (bench/README.md, "A large board": 50,000 companies, 500,000 jobs).

-- The keyword search (JobSearchQuery) over open jobs, with their posting time in the same index (btree_gin):
-- "open and matching" is one bitmap instead of the text index's matches ANDed with a bitmap of every open job
-- (300,000 rows), and "matching among the newest open jobs" (how relevance finds the newest matches of a very
-- common word) is one bitmap too, so only those rows are read.
create extension if not exists btree_gin;
create index jobs_open_search_idx on jobs using gin (search_document, posted_at) where status = 'OPEN';

-- Type and remote filters: without it, place + type + remote read every open job at that place to check them.
create index jobs_open_type_remote_idx on jobs (employment_type, remote) where status = 'OPEN';

-- Sitemaps (SitemapEntries), read by id range, from the indexes alone: a company page's last change from its
-- published jobs, the open jobs' addresses and changes, the public companies' addresses and changes.
create index jobs_published_company_idx on jobs (company_id) include (updated_at, expires_at) where status <> 'DRAFT';
-- Not partial on purpose: a narrow index of exactly the open jobs, in the table's own order, looked to the planner
-- like the cheapest way to read every open job, and it then tested each one's search document (read out of line)
-- instead of asking the text index.
create index jobs_sitemap_idx on jobs (id) include (status, company_id, slug, updated_at, expires_at);
create index companies_active_sitemap_idx on companies (id) include (slug, updated_at) where status = 'ACTIVE';
