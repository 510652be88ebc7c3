-- Review search and Wachtrij find people by name in any word order, without regard to case or accents. The
-- folding is done in Java (NameSearch) so H2 and PostgreSQL match alike; the key is kept with the names, and
-- migration 20.1 fills it for the rows that exist.
alter table employee add column search_name varchar(1000);
