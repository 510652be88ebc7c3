-- Issue 18, item 3: a result agreement is linked to a resultaatgebied OR to a role the employee fills in the
-- review's year, chosen from the roles, not typed. The old free-text "rol" (work_role) stays as it was: it is shown
-- as the old text, and matched to a role at read time (docs/roles.md, "In the review"), never rewritten here,
-- since the catalogue is configuration that this migration cannot read and agreed versions are not changed.
alter table result_agreement add column role_code varchar(100);
alter table result_agreement add column role_name varchar(300);
alter table result_agreement alter column result_area drop not null;
alter table result_agreement add constraint ck_result_agreement_link
    check (result_area is not null or role_code is not null);
