-- 1. Review content out of the trail. Before this version the trail held the overall judgement of an assessment
--    (review.assessment.write), the new judgement of a decision on a zienswijze (review.response.decide) and whether
--    the employee asked for a conversation (review.response.submit). HR reads the trail without a dossier opening,
--    ADMIN reads it and may see no review content, and the trail is kept after retention deletes the review: so
--    those details are replaced by a marker. The append-only trigger is switched off for this one statement, in
--    this migration's transaction (PostgreSQL's DDL is transactional: if anything fails the trigger is back as it
--    was). Only the owner of the table can do this, which is the account that runs the migrations, not the one
--    the application runs as (docs/deploy.md, "Database roles"); the change is recorded in flyway_schema_history
--    with this script's checksum. No seal exists yet (V13 created the table), so the chain starts after the scrub.
alter table audit_event disable trigger audit_event_no_update_or_delete;
update audit_event set detail = 'review content removed by migration V13'
 where action in ('review.assessment.write', 'review.response.decide', 'review.response.submit')
   and detail is not null and detail not like 'hash %';
alter table audit_event enable trigger audit_event_no_update_or_delete;

-- 2. The seal links are append-only too (the head row is not: it moves with every seal). The function names the
--    table it guards.
create or replace function audit_event_append_only() returns trigger as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end
$$ language plpgsql;

create trigger audit_seal_no_update_or_delete
    before update or delete on audit_seal
    for each row execute function audit_event_append_only();
