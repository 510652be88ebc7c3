-- Issue 17, item 3: the screens say what is true now.

-- When the manager set the agreements (the planning conversation completed) and the employee is asked to agree:
-- until then a draft agreement is a "concept", from then on "vastgesteld". A "niet akkoord" clears it (the manager
-- holds the conversation again). Reviews that wait for the employee's agreement today get the moment from the
-- audit trail: the last "agreements set" that no "disagree" followed.
alter table review add column agreements_set_at timestamp with time zone;

update review set agreements_set_at = (
        select max(a.occurred_at) from audit_event a
        where a.action = 'review.agreements.set' and a.record = concat('review ', review.id))
    where exists (select 1 from result_agreement ra where ra.review_id = review.id and ra.status = 'DRAFT')
      and (select max(a.occurred_at) from audit_event a
              where a.action = 'review.agreements.set' and a.record = concat('review ', review.id))
          > coalesce((select max(d.occurred_at) from audit_event d
              where d.action = 'review.agreements.disagree' and d.record = concat('review ', review.id)),
              timestamp '1900-01-01 00:00:00');

-- Which engine task a notification is about, and when that task was completed or cancelled: the bell shows a
-- notification of a finished task as done, never as a new or late task. Filled from now on by the engine's task
-- listener; the task id of older rows is read back from their dedup key ("KIND:<task id>[/hr/<day>]:<recipient>").
-- Whether those older tasks are still open is only known to the engine: workflow/NotificationTaskEnds settles it
-- at start-up.
alter table notification add column task_id varchar(64);
alter table notification add column task_ended_at timestamp with time zone;

update notification set task_id = substring(
        substring(dedup_key from position(':' in dedup_key) + 1)
        from 1 for position(':' in substring(dedup_key from position(':' in dedup_key) + 1)) - 1)
    where position(':' in dedup_key) > 0;
update notification set task_id = substring(task_id from 1 for position('/' in task_id) - 1)
    where position('/' in task_id) > 0;

create index ix_notification_task on notification (task_id);
