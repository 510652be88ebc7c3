-- The root unit V18 created on a database in use is named after the organisation of the function book stored last
-- (its canonical JSON starts with code, name, organisation); without a stored book it stays "Gemeente".
update org_unit set name = coalesce(
       (select regexp_substr(substring(content, 1, 4000), '"organisation":"([^"\\]{1,200})"', 1, 1, null, 1)
          from function_book_version order by id desc fetch first 1 row only), name)
 where kind = 'gemeente' and parent_id is null and name = 'Gemeente';
