-- Rights of the application's database role (docs/deploy.md, "Database roles"). Run as the owner role after the
-- first start and after every upgrade (new tables come with migrations):
--   psql -U gesprekscyclus_owner -d gesprekscyclus -f postgresql-grants.sql
-- Idempotent. The application role owns nothing, so it cannot drop or switch off a trigger, change a table or
-- grant itself more. DatabaseRolesTests runs this file against a real PostgreSQL.

-- work: read and write rows of every table (ours and the engine's ACT_*), use the id sequences
grant select, insert, update, delete on all tables in schema public to gesprekscyclus_app;
grant usage, select on all sequences in schema public to gesprekscyclus_app;

-- the audit trail and its seal links: append and read, nothing else (the triggers refuse too, but a trigger is only
-- as strong as the account that may drop it)
revoke update, delete, truncate on audit_event, audit_seal from gesprekscyclus_app;
-- the seal head: the sealer reads, locks and moves the one row; it never adds or removes one
revoke insert, delete, truncate on audit_seal_head from gesprekscyclus_app;

-- the record of migrations belongs to the owner alone
revoke all on flyway_schema_history from gesprekscyclus_app;
