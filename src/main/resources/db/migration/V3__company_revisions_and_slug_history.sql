-- Editing company profiles: every saved state is kept, and old profile addresses keep working.

-- One row per saved state of a profile: who saved it, when, and all its fields as JSON. Rows are
-- only ever added; restoring an old state adds a new row.
create table company_revisions (
    id              bigint generated always as identity primary key,
    company_id      bigint       not null references companies (id),
    -- The companies.version this state was saved as: what an editing form started from.
    company_version bigint       not null,
    kind            varchar(20)  not null,
    -- Who saved it, as they were then; no foreign key, so that the record outlives the account.
    author_id       bigint,
    author_email    varchar(254),
    note            varchar(200),
    created_at      timestamptz  not null default now(),
    snapshot        jsonb        not null,
    constraint company_revisions_version_key unique (company_id, company_version),
    constraint company_revisions_kind_check check (kind in ('BASELINE', 'CREATED', 'EDITED', 'LOGO_CHANGED',
        'ARCHIVED', 'RESTORED', 'PUBLISHED', 'REVERTED'))
);
-- History page: a company's revisions, newest first.
create index company_revisions_company_idx on company_revisions (company_id, id desc);

-- Slugs a company used before: /companies/{old} answers 301 to the company's current slug.
create table company_slug_history (
    slug        varchar(120) primary key,
    company_id  bigint       not null references companies (id),
    replaced_at timestamptz  not null default now(),
    constraint company_slug_history_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
create index company_slug_history_company_idx on company_slug_history (company_id);
