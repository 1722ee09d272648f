-- The GIN indexes that matching and sending look words up in (issue 14). With GIN's fast update, new
-- entries wait in a pending list that every lookup reads through until a vacuum merges it: after a
-- thousand sign-ups, matching one job took tens of milliseconds instead of a fraction of one. Alerts are
-- written rarely and read for every published job, so their words index takes entries at once; the
-- publications' index keeps the fast bulk insert, and the matcher merges it right after each batch.
select gin_clean_pending_list('alerts_query_terms_idx'::regclass);
alter index alerts_query_terms_idx set (fastupdate = off);
