-- Who assesses, who is consulted and who signs off, and whether the employee reads HR's advice (issues 16 and 17).
-- A round keeps the policy of config/cycle.yaml it was started with (assessmentPolicy), so joiners and changes
-- during the year follow the same rules. Rounds from before this change get the rules they ran on: no second
-- assessor, the manager signs off, and the employee reads HR's advice as before.
alter table review_round add column second_assessor varchar(20) default 'none' not null;
alter table review_round add column sign_off varchar(20) default 'manager' not null;
alter table review_round add column top_assessor varchar(50) default 'none' not null;
alter table review_round add column hr_advice_to_employee boolean default true not null;

-- why a member of the round has no review (the top not in the cycle, a line that cannot be resolved): the
-- round's screen names them with the reason
alter table round_member add column not_started_reason varchar(1000);

-- the people the policy resolved for the review, at its start and again at each change and at the start of the
-- assessment: the second assessor (none when the policy or the organisation names nobody) and who signs off.
-- A review from before this change has neither: its manager signs off, nobody is consulted.
alter table review add column second_assessor_id bigint references employee (id);
alter table review add column sign_off_by_id bigint references employee (id);
create index ix_review_second_assessor on review (second_assessor_id);
create index ix_review_sign_off_by on review (sign_off_by_id);

-- the manager weighs HR's advice before the hand-over (issue 17); the second assessor agrees or comments
alter table assessment add column hr_advice_weighed_at timestamp with time zone;
alter table assessment add column second_assessor_id bigint references employee (id);
alter table assessment add column second_opinion_agreed boolean;
alter table assessment add column second_opinion_comment varchar(4000);
alter table assessment add column second_opinion_at timestamp with time zone;
