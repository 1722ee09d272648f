-- Invitations to a company's team, by e-mail address. Only the SHA-256 of the token is kept: the
-- token itself is only ever in the mail. An invitation is open until accepted, revoked or expired.
create table team_invitations (
    id          bigint generated always as identity primary key,
    company_id  bigint       not null references companies (id) on delete cascade,
    email       varchar(254) not null,
    role        varchar(20)  not null,
    token_hash  bytea        not null,
    invited_by  bigint       references users (id) on delete set null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    accepted_at timestamptz,
    accepted_by bigint       references users (id) on delete set null,
    revoked_at  timestamptz,
    constraint team_invitations_role_check check (role in ('OWNER', 'EDITOR')),
    constraint team_invitations_token_hash_size check (octet_length(token_hash) = 32),
    constraint team_invitations_closed_once check (accepted_at is null or revoked_at is null)
);
create unique index team_invitations_token_hash_key on team_invitations (token_hash);
-- One open invitation per company and address (an expired one is revoked before a new one is made).
create unique index team_invitations_open_key on team_invitations (company_id, lower(email))
    where accepted_at is null and revoked_at is null;
create index team_invitations_company_idx on team_invitations (company_id, created_at desc);
