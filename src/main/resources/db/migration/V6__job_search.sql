-- Full-text search over jobs: title, company name and description in one tsvector per job.
--
-- Each text is indexed twice: with the 'english' configuration (stemming and stop words, so
-- "engineers" finds "Engineer") and with 'simple' (every word as written, so words the English
-- configuration drops or mangles still match: "IT", German words, product names). Queries use
-- both configurations too (see JobSearchQuery). Weights rank a title match above a company-name
-- match above a description match.
--
-- The company name lives in another table, which a generated column cannot read: the column is
-- kept by triggers, on the job when its text or company changes and on the company's jobs when
-- the company is renamed.

create function job_search_document(title text, company_name text, description_html text)
    returns tsvector
    language sql
    immutable
    parallel safe
as $$
    select setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(company_name, '')), 'B')
        || setweight(to_tsvector('simple', coalesce(company_name, '')), 'B')
        -- The default parser reads HTML tags and entities as their own tokens, which neither
        -- configuration indexes: only the description's words are kept.
        || setweight(to_tsvector('english', coalesce(description_html, '')), 'C')
        || setweight(to_tsvector('simple', coalesce(description_html, '')), 'C')
$$;

alter table jobs add column search_document tsvector not null default ''::tsvector;

update jobs j
set search_document = job_search_document(j.title, c.name, j.description_html)
from companies c
where c.id = j.company_id;

create function jobs_refresh_search_document() returns trigger
    language plpgsql
as $$
begin
    new.search_document := job_search_document(new.title,
        (select name from companies where id = new.company_id), new.description_html);
    return new;
end;
$$;

create trigger jobs_search_document_refresh
    before insert or update of title, description_html, company_id on jobs
    for each row execute function jobs_refresh_search_document();

create function companies_refresh_job_search_documents() returns trigger
    language plpgsql
as $$
begin
    update jobs
    set search_document = job_search_document(title, new.name, description_html)
    where company_id = new.id;
    return null;
end;
$$;

create trigger companies_job_search_documents_refresh
    after update of name on companies
    for each row when (old.name is distinct from new.name)
    execute function companies_refresh_job_search_documents();

create index jobs_search_document_idx on jobs using gin (search_document);

-- Location filter: a case-insensitive substring anywhere in the location.
create index jobs_location_trgm_idx on jobs using gin (lower(location) gin_trgm_ops);
