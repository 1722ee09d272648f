-- This board's own site key: written into every row of its CSV exports (column "site"), so that another board
-- importing them keeps them apart from other boards' CSVs (import_sources.site), and this board recognises its
-- own rows when a CSV comes back. Random, so two boards never share one, whatever their addresses.
create table board_site_key (
    only_row boolean primary key default true,
    site_key varchar(200) not null,
    constraint board_site_key_one_row check (only_row)
);

insert into board_site_key (site_key) values ('board:' || gen_random_uuid());
