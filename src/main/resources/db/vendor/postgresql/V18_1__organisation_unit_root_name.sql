-- The root unit V18 created on a database in use is named after the organisation of the function book stored last
-- (its canonical JSON starts with code, name, organisation); without a stored book it stays "Gemeente".
update org_unit set name = coalesce(
       (select substring(substring(content from 1 for 4000) from '"organisation":"([^"\\]{1,200})"')
          from function_book_version order by id desc fetch first 1 row only), name)
 where kind = 'gemeente' and parent_id is null and name = 'Gemeente';
