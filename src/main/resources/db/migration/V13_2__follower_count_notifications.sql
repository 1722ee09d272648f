-- The profile shows its follower count (V11): a change to it notifies the instances like any other change
-- to what the page shows (V13).
create function company_follower_counts_notify_profile_changed() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform notify_profile_changed(old.company_id);
    else
        perform notify_profile_changed(new.company_id);
    end if;
    return null;
end $$;

create trigger company_follower_counts_profile_changed
    after insert or update or delete on company_follower_counts
    for each row execute function company_follower_counts_notify_profile_changed();
