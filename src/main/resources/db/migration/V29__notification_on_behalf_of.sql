-- A substitute hears what the manager they act for hears (issue 16's "namens", left open until now): the new-task
-- mails, reminders and escalations of the manager's line tasks are recorded a second time for each substitute whose
-- period covers the day, with the manager they are meant for. Null for a notification to the person themselves.
alter table notification add column on_behalf_of_id bigint references employee (id);
