-- Pushed invalidation of the profile pages every instance keeps in memory (company.ProfileChangeListener
-- listens on the channel profile_changed). Whatever changes what a profile shows, wherever it is changed
-- (any instance, a script, psql), notifies the company's id. PostgreSQL delivers a notification only when
-- its transaction commits, and the same payload once per transaction, so a bulk change sends each id once.

create function notify_profile_changed(company_id bigint) returns void
language plpgsql as $$
begin
    if company_id is not null then
        perform pg_notify('profile_changed', company_id::text);
    end if;
end $$;

-- The company row itself: its texts, slug, status (hidden or archived), logo, contacts.
create function companies_notify_profile_changed() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform notify_profile_changed(old.id);
    else
        perform notify_profile_changed(new.id);
    end if;
    return null;
end $$;

create trigger companies_profile_changed
    after insert or update or delete on companies
    for each row execute function companies_notify_profile_changed();

-- Its jobs: a job posted, edited, filled, expired by hand, deleted or moved to another company.
create function jobs_notify_profile_changed() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform notify_profile_changed(old.company_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.company_id <> old.company_id) then
        perform notify_profile_changed(new.company_id);
    end if;
    return null;
end $$;

create trigger jobs_profile_changed
    after insert or update or delete on jobs
    for each row execute function jobs_notify_profile_changed();

-- The sectors it is in.
create function company_sectors_notify_profile_changed() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform notify_profile_changed(old.company_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform notify_profile_changed(new.company_id);
    end if;
    return null;
end $$;

create trigger company_sectors_profile_changed
    after insert or update or delete on company_sectors
    for each row execute function company_sectors_notify_profile_changed();

-- A sector renamed: every company in it shows the new name.
create function sectors_notify_profile_changed() returns trigger
language plpgsql as $$
begin
    perform pg_notify('profile_changed', cs.company_id::text)
    from company_sectors cs
    where cs.sector_id = old.id;
    return null;
end $$;

create trigger sectors_profile_changed
    after update or delete on sectors
    for each row execute function sectors_notify_profile_changed();

-- A logo replaced in place or removed (an upload is a new row, which changes companies.logo_id instead).
create function logos_notify_profile_changed() returns trigger
language plpgsql as $$
begin
    perform pg_notify('profile_changed', c.id::text)
    from companies c
    where c.logo_id = old.id;
    return null;
end $$;

create trigger logos_profile_changed
    after update or delete on logos
    for each row execute function logos_notify_profile_changed();
