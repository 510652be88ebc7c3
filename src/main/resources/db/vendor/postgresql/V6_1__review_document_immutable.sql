-- A stored document is final: any update or delete fails, also outside the application.
create function review_document_immutable() returns trigger as $$
begin
    raise exception 'review_document is immutable: % refused', tg_op;
end
$$ language plpgsql;

create trigger review_document_no_update_or_delete
    before update or delete on review_document
    for each row execute function review_document_immutable();
