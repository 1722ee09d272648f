-- Company profiles, their sectors and jobs, and view counts.

create extension if not exists pg_trgm;

create table sectors (
    id   bigint generated always as identity primary key,
    name varchar(80)  not null,
    slug varchar(80)  not null,
    constraint sectors_name_key unique (name),
    constraint sectors_slug_key unique (slug)
);

-- Logos are kept apart from the profile row so that reading a profile never drags image bytes along.
-- A new upload is a new row, so its id gives the logo a new, forever-cacheable URL.
create table logos (
    id           bigint generated always as identity primary key,
    content_type varchar(40) not null,
    bytes        bytea       not null,
    sha256       varchar(64)    not null,
    created_at   timestamptz not null default now(),
    constraint logos_content_type_check check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
    constraint logos_size_check check (octet_length(bytes) <= 1048576)
);

create table companies (
    id                   bigint generated always as identity primary key,
    slug                 varchar(120) not null,
    name                 varchar(160) not null,
    tagline              varchar(200),
    logo_id              bigint references logos (id),
    founded_date         date,
    size_band            varchar(20),
    headquarters         varchar(160),
    website              varchar(500),
    email                varchar(254),
    phone                varchar(40),
    linkedin_url         varchar(500),
    x_url                varchar(500),
    facebook_url         varchar(500),
    instagram_url        varchar(500),
    github_url           varchar(500),
    youtube_url          varchar(500),
    description_markdown text         not null default '',
    -- Sanitized HTML rendered from the Markdown when it is saved, so a page view never renders Markdown.
    description_html     text         not null default '',
    status               varchar(20)  not null default 'ACTIVE',
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    constraint companies_slug_key unique (slug),
    constraint companies_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint companies_status_check check (status in ('ACTIVE', 'PENDING', 'ARCHIVED')),
    constraint companies_size_band_check check (size_band in ('SIZE_1_10', 'SIZE_11_50', 'SIZE_51_200',
        'SIZE_201_500', 'SIZE_501_1000', 'SIZE_1001_5000', 'SIZE_5001_10000', 'SIZE_10001_PLUS'))
);

-- Directory: name search (substring, case-insensitive) and alphabetical listing of public companies.
create index companies_name_trgm_idx on companies using gin (lower(name) gin_trgm_ops);
create index companies_active_name_idx on companies (lower(name), id) where status = 'ACTIVE';
-- Home page: most recently updated public companies.
create index companies_active_updated_idx on companies (updated_at desc) where status = 'ACTIVE';

create table company_sectors (
    company_id bigint not null references companies (id) on delete cascade,
    sector_id  bigint not null references sectors (id),
    primary key (company_id, sector_id)
);
-- Directory filter by sector.
create index company_sectors_sector_idx on company_sectors (sector_id, company_id);

create table jobs (
    id                   bigint generated always as identity primary key,
    company_id           bigint        not null references companies (id),
    title                varchar(160)  not null,
    slug                 varchar(180)  not null,
    employment_type      varchar(20)   not null,
    location             varchar(160),
    country_code         varchar(2),
    remote               boolean       not null default false,
    salary_min           numeric(12, 2),
    salary_max           numeric(12, 2),
    salary_currency      varchar(3),
    salary_period        varchar(10),
    description_markdown text          not null default '',
    description_html     text          not null default '',
    apply_url            varchar(500),
    apply_email          varchar(254),
    status               varchar(10)   not null default 'DRAFT',
    posted_at            timestamptz,
    expires_at           timestamptz,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    version              bigint        not null default 0,
    constraint jobs_status_check check (status in ('DRAFT', 'OPEN', 'FILLED', 'EXPIRED')),
    constraint jobs_employment_type_check check (employment_type in ('FULL_TIME', 'PART_TIME', 'CONTRACTOR',
        'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER')),
    constraint jobs_salary_period_check check (salary_period in ('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR')),
    constraint jobs_salary_currency_format check (salary_currency ~ '^[A-Z]{3}$'),
    constraint jobs_country_code_format check (country_code ~ '^[A-Z]{2}$'),
    constraint jobs_salary_range_check check (salary_min is null or salary_max is null or salary_min <= salary_max),
    constraint jobs_salary_complete_check check (
        (salary_min is null and salary_max is null) or (salary_currency is not null and salary_period is not null)),
    constraint jobs_open_is_posted_check check (status = 'DRAFT' or posted_at is not null)
);

-- Profile page: a company's open jobs, newest first (expiry is checked against the clock at read time).
create index jobs_company_open_idx on jobs (company_id, posted_at desc) include (expires_at) where status = 'OPEN';
-- Profile page: cheap change detection for a company's jobs (count and last update, index-only).
create index jobs_company_updated_idx on jobs (company_id, updated_at);
-- Job list: open jobs, newest first.
create index jobs_open_posted_idx on jobs (posted_at desc, id desc) where status = 'OPEN';

-- Views: a running total per company, and one row per company per UTC day for history.
create table company_view_totals (
    company_id bigint primary key references companies (id),
    views      bigint not null default 0
);

create table company_daily_views (
    company_id bigint not null references companies (id),
    day        date   not null,
    views      bigint not null default 0,
    primary key (company_id, day)
);
