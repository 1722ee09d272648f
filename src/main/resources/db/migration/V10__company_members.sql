-- Teams: the people who run a company, each an OWNER or an EDITOR. Access to a company's pages
-- comes from this table alone (checked on every request), so a removed member loses it at once.
-- users.company_id stays only as the company an account was made for (shown in the admins' list).
create table company_members (
    id         bigint generated always as identity primary key,
    company_id bigint      not null references companies (id) on delete cascade,
    user_id    bigint      not null references users (id) on delete cascade,
    role       varchar(20) not null,
    joined_at  timestamptz not null default now(),
    version    bigint      not null default 0,
    constraint company_members_role_check check (role in ('OWNER', 'EDITOR')),
    constraint company_members_company_user_key unique (company_id, user_id)
);
-- "My companies", for the header's switcher and every access check.
create index company_members_user_idx on company_members (user_id, company_id);

-- Every existing employer owns the company they were made for.
insert into company_members (company_id, user_id, role, joined_at)
select company_id, id, 'OWNER', created_at
from users
where role = 'EMPLOYER' and company_id is not null;
