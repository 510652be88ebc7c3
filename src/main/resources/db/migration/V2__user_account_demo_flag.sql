-- Demo logins are marked, so that a production start can refuse a database that still holds them.
alter table user_account add column demo boolean default false not null;
