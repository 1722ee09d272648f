-- Spring Session names a session's principal by the user's e-mail address, which may have up to
-- 254 characters (users.email); the stock schema's varchar(100) would make saving the session of a
-- user with a longer address fail after they sign in.
alter table spring_session alter column principal_name type varchar(254);
