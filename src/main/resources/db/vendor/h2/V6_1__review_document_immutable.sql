-- A stored document is final: any update or delete fails, also outside the application.
create trigger review_document_no_update_or_delete
    before update, delete on review_document
    for each row call 'nl.gesprekscyclus.document.ImmutableDocumentTrigger';
