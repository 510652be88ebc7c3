-- A stored document stays final, with one exception: the retention job may delete the documents of a review
-- it has marked for deletion (review.retention_deletion_at, set in the same transaction). Updates stay refused.
create or replace function review_document_immutable() returns trigger as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from review r
            where r.id = old.review_id and r.retention_deletion_at is not null) then
        return old;
    end if;
    raise exception 'review_document is immutable: % refused', tg_op;
end
$$ language plpgsql;
