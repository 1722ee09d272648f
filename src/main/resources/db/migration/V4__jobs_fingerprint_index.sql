-- The profile page's freshness check also sums the jobs' versions, so that a change is seen even
-- when instances' clocks disagree about updated_at. This index answers it without the table.
create index jobs_company_fingerprint_idx on jobs (company_id) include (updated_at, version);
drop index jobs_company_updated_idx;
