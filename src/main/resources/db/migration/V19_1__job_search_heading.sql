-- The title and company-name part of a job's search document (V6), on its own: the job search ranks by it
-- (JobSearchQuery). Ranking by the whole document read every match's description vector, which is stored out
-- of line (TOAST); on a large board a common word matched tens of thousands of jobs (bench/README.md). The
-- document is then defined with it, so the two cannot drift apart; what it makes is unchanged.

create function job_search_heading(title text, company_name text)
    returns tsvector
    language sql
    immutable
    parallel safe
as $$
    select setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(company_name, '')), 'B')
        || setweight(to_tsvector('simple', coalesce(company_name, '')), 'B')
$$;

create or replace function job_search_document(title text, company_name text, description_html text)
    returns tsvector
    language sql
    immutable
    parallel safe
as $$
    select job_search_heading(title, company_name)
        -- The default parser reads HTML tags and entities as their own tokens, which neither
        -- configuration indexes: only the description's words are kept.
        || setweight(to_tsvector('english', coalesce(description_html, '')), 'C')
        || setweight(to_tsvector('simple', coalesce(description_html, '')), 'C')
$$;
