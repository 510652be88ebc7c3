-- Issue 21, item 4: the Voortgang drill-down lists a round's reviews by the employee's last name and first name
-- (then the review id). Its list and its export read each page after the last line seen (keyset); with this index
-- the database walks the names in order from that line instead of joining and sorting every review of the round.
-- Measured in DashboardBenchmark at 15,000 reviews (docs/performance.md): the page after row 5,000 from 37.6 to
-- 1.7 ms (p50), the whole list of 13,500 in pages of 500 from 1.9 to 1.1 s, in the same run.
create index ix_employee_name on employee (last_name, first_name);
