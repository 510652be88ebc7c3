-- The audit trail is append-only, enforced by the database: any update or delete fails.
create trigger audit_event_no_update_or_delete
    before update, delete on audit_event
    for each row call 'nl.gesprekscyclus.audit.AppendOnlyTrigger';
