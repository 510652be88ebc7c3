-- H2's trigger is the Java class ImmutableDocumentTrigger: since this version it lets the retention job delete
-- the documents of a review marked for deletion (review.retention_deletion_at), like PostgreSQL's V10_1.
-- Recreated so the trigger is bound again to the current class.
drop trigger review_document_no_update_or_delete;
create trigger review_document_no_update_or_delete
    before update, delete on review_document
    for each row call 'nl.gesprekscyclus.document.ImmutableDocumentTrigger';
