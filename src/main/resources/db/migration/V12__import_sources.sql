-- Where imported companies and jobs came from: a site (a WordPress site's address, or "csv") and the id of
-- the record there. Importing the same file again, or a newer export, finds the record and updates it.
create table import_sources (
    id          bigint generated always as identity primary key,
    site        varchar(500) not null,
    kind        varchar(10)  not null,
    source_id   varchar(100) not null,
    -- The record's slug on the old site: old WordPress addresses (/company/{slug}/, /job/{slug}/) answer 301.
    source_slug varchar(200),
    target_id   bigint       not null,
    imported_at timestamptz  not null default now(),
    constraint import_sources_kind_check check (kind in ('COMPANY', 'JOB')),
    constraint import_sources_source_key unique (site, kind, source_id)
);

-- Old addresses: /company/{slug}/, /employer/{slug}/, /job/{slug}/ and ?p={id}.
create index import_sources_slug_idx on import_sources (kind, source_slug);
create index import_sources_target_idx on import_sources (kind, target_id);
