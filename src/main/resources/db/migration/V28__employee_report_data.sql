-- Gender and birth date of an employee (issue 20, the report for the ondernemingsraad): optional columns of the
-- employees file (geslacht, geboortedatum), stored only when the HR system's export gives them. A table of their own,
-- not columns of employee: no screen, form or entity of a person reads them; only the OR report counts them
-- (aggregated, and only where config/cycle.yaml asks for the breakdown) and the person's own inzage shows them.
create table employee_report_data (
    employee_id  bigint      not null primary key references employee (id),
    gender       varchar(1),
    birth_date   date,
    constraint ck_employee_report_data_gender check (gender is null or gender in ('M', 'V', 'X'))
);
