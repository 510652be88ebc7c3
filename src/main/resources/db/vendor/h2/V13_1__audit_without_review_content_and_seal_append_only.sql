-- 1. Review content out of the trail: see the PostgreSQL version of this migration for why. H2 cannot switch a
--    trigger off, so it is dropped for the one update and created again (H2 commits DDL at once: should the update
--    fail, Flyway marks this migration failed and the application does not start until it is repaired).
drop trigger audit_event_no_update_or_delete;
update audit_event set detail = 'review content removed by migration V13'
 where action in ('review.assessment.write', 'review.response.decide', 'review.response.submit')
   and detail is not null and detail not like 'hash %';
create trigger audit_event_no_update_or_delete
    before update, delete on audit_event
    for each row call 'nl.gesprekscyclus.audit.AppendOnlyTrigger';

-- 2. The seal links are append-only too (the head row is not: it moves with every seal).
create trigger audit_seal_no_update_or_delete
    before update, delete on audit_seal
    for each row call 'nl.gesprekscyclus.audit.AppendOnlyTrigger';
