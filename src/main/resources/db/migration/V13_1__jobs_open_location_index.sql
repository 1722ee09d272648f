-- The job search's place filter on a large board (bench/README.md, "A large board"): with only the index over all
-- jobs, PostgreSQL ANDed its matches with a bitmap of every open job (300,000 on the benchmark's board) before
-- reading a row. An index of the open jobs alone answers "open and in this place" in one scan.
create index jobs_open_location_trgm_idx on jobs using gin (lower(location) gin_trgm_ops) where status = 'OPEN';
