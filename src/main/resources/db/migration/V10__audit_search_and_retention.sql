-- Audit search (issue 6): the Audit screen filters by period, actor, subject and kind and pages newest first
-- (by id). The period and subject already have indexes (V3); these serve "what did this person do" and "every
-- entry of this kind", and the record prefix ("review 12") of the review filter.
create index ix_audit_event_actor on audit_event (actor, id);
create index ix_audit_event_action on audit_event (action, id);
create index ix_audit_event_record on audit_event (record);

-- Retention: the job finds reviews closed longer ago than the retention period.
create index ix_review_closed_at on review (closed_at);

-- Set by the retention job, in the transaction that deletes the review, just before it deletes the review's
-- signed documents: the immutability trigger of review_document lets a delete through only for a review marked
-- so (V10_1 per database). Nothing else sets it; the row is gone when the transaction commits.
alter table review add column retention_deletion_at timestamp with time zone;
