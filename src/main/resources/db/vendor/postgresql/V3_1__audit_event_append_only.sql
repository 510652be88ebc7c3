-- The audit trail is append-only, enforced by the database: any update or delete fails.
create function audit_event_append_only() returns trigger as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$ language plpgsql;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();
