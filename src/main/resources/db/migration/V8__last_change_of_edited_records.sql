-- Who last saved a record that is edited in place, and when, so a second session that saves over a stale copy is
-- told by whom and at what time it was changed (optimistic locking already refuses the save; see the version column).
-- Scores and ratings keep the time in created_at, which every save already sets.
alter table result_agreement add column changed_by varchar(200);
alter table result_agreement add column changed_at timestamp with time zone;
alter table development_agreement add column changed_by varchar(200);
alter table development_agreement add column changed_at timestamp with time zone;
alter table agreement_score add column changed_by varchar(200);
alter table competency_rating add column changed_by varchar(200);
