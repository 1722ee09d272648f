-- What happened in a company's team and to its profile and jobs, with who and when, for the team page.
-- The actor is named by id and address, copied as in company_revisions (no foreign key): the line reads the same
-- whatever becomes of the account.
create table company_activity (
    id          bigint generated always as identity primary key,
    company_id  bigint       not null references companies (id) on delete cascade,
    kind        varchar(40)  not null,
    actor_id    bigint,
    actor_email varchar(254),
    subject     varchar(300),
    at          timestamptz  not null
);
create index company_activity_company_idx on company_activity (company_id, at desc, id desc);
