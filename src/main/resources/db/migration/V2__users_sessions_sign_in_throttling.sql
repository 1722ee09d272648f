-- People who sign in: admins, and employers who each belong to one company.
create table users (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null,
    password_hash varchar(100) not null,
    role          varchar(20)  not null,
    company_id    bigint references companies (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint users_role_check check (role in ('ADMIN', 'EMPLOYER')),
    constraint users_employer_has_company check (role <> 'EMPLOYER' or company_id is not null)
);
-- Sign-in is by e-mail address, in any case.
create unique index users_email_key on users (lower(email));
create index users_company_idx on users (company_id) where company_id is not null;

-- Failed sign-ins per account and per client address, shared by every instance.
create table sign_in_failures (
    throttle_key    varchar(300) primary key,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    locked_until    timestamptz
);

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc 4.0): sessions survive a
-- restart and are shared by every instance behind a load balancer.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
