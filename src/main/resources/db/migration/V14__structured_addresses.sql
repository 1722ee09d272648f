-- Structured postal addresses for companies and jobs, every part optional. A job's existing
-- location is its town (addressLocality) and country_code its country; a company's headquarters
-- stays the short line the overview shows, next to the postal address.

alter table companies
    add column street_address varchar(200),
    add column postal_code    varchar(20),
    add column locality       varchar(160),
    add column region         varchar(100),
    add column country_code   varchar(2),
    add constraint companies_country_code_format check (country_code ~ '^[A-Z]{2}$');

alter table jobs
    add column street_address varchar(200),
    add column postal_code    varchar(20),
    add column region         varchar(100);
