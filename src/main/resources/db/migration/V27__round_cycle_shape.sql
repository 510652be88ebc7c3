-- The shape of the cycle a round was started with (issue 19, cycleShape in config/cycle.yaml), kept so its reviews
-- follow it all year and a change of the file applies to the next round. progress_windows lists the round's progress
-- conversations as start/end dates ("2070-06-01/2070-06-30,2070-09-01/2070-09-30"); empty means one conversation
-- in the round's progress phase. Rounds from before this change keep their cycle: one progress conversation, a formal
-- assessment, no feedback round.
alter table review_round add column progress_windows varchar(200);
alter table review_round add column formal_assessment boolean default true not null;
alter table review_round add column feedback_rounds boolean default false not null;

-- A review's own progress conversations, planned at its start from its round's windows (a joiner leaves out those
-- already past), and which of them it is at. Empty: one conversation from progress_start to progress_due.
alter table review add column progress_windows varchar(200);
alter table review add column progress_conversation integer default 1 not null;

-- Each progress conversation has its own reflections and report: the number of the conversation they belong to.
-- Records from before this change belong to the one conversation there was. The old one-per-review unique
-- constraints go in V27_1 (Java: on H2 the foreign key on review_id holds the old unique index, and its name is
-- generated, so it is found by its columns).
alter table progress_report add column conversation_number integer default 1 not null;
alter table progress_report add constraint uq_progress_report_conversation unique (review_id, conversation_number);
alter table progress_reflection add column conversation_number integer default 1 not null;
alter table progress_reflection add constraint uq_progress_reflection_conversation
    unique (review_id, conversation_number, agreement_lineage);
