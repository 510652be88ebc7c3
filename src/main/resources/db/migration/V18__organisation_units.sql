-- Organisation units (issue 16, item 1): the clusters become a tree of units of any depth (gemeente -> directie or
-- afdeling -> team ...), each with a manager and optionally a deputy, and an employee's manager follows from the
-- unit. employee.manager_id keeps holding the *effective* manager, so every query that asks "who manages whom"
-- stays as it was; manager_override says that it was set for this employee and does not follow the unit
-- (organisation/ManagerResolution computes the rest). Cycles in the tree are refused by the application, not here.

alter table cluster rename to org_unit;
alter table org_unit rename constraint uq_cluster_code to uq_org_unit_code;
alter table employee rename column cluster_id to unit_id;
alter index ix_employee_cluster rename to ix_employee_unit;

-- a label shown on screens ("gemeente", "directie", "afdeling", "team", "cluster"); the existing rows are clusters
alter table org_unit add column kind varchar(50) default 'cluster' not null;
alter table org_unit add column parent_id bigint;
alter table org_unit add column manager_id bigint;
alter table org_unit add column deputy_id bigint;
alter table org_unit add constraint fk_org_unit_parent foreign key (parent_id) references org_unit (id);
alter table org_unit add constraint fk_org_unit_manager foreign key (manager_id) references employee (id);
alter table org_unit add constraint fk_org_unit_deputy foreign key (deputy_id) references employee (id);
alter table org_unit add constraint ck_org_unit_not_own_parent check (parent_id is null or parent_id <> id);
alter table org_unit add constraint ck_org_unit_deputy_not_manager check (deputy_id is null or deputy_id <> manager_id);
create index ix_org_unit_parent on org_unit (parent_id);

alter table employee add column manager_override boolean default false not null;

-- A database in use (it has clusters): a root unit above them, so the organisation is one tree. On a new database
-- nothing happens here; organisation/UnitSeeder builds the tree from the function book at the first start.
-- The root's manager is the person at the top of today's lines: no manager, manages the most active colleagues
-- (the gemeentesecretaris); its name is the function book's organisation (V18_1, per database).
insert into org_unit (code, name, kind, manager_id, version)
select case when exists (select 1 from org_unit where code = 'gemeente') then 'gemeente-organisatie' else 'gemeente' end,
       'Gemeente', 'gemeente',
       (select e.id from employee e
         where e.manager_id is null and e.active = true
           and exists (select 1 from employee s where s.manager_id = e.id and s.active = true)
         order by (select count(*) from employee s where s.manager_id = e.id and s.active = true) desc, e.id
         fetch first 1 row only),
       0
 where exists (select 1 from org_unit);

update org_unit set parent_id = (select r.id from org_unit r where r.kind = 'gemeente' and r.parent_id is null)
 where kind = 'cluster';

-- A cluster's manager: the one active manager all its active employees share, if they share one; else the root's.
update org_unit u set manager_id = coalesce(
       (select min(e.manager_id) from employee e join employee m on m.id = e.manager_id and m.active = true
         where e.unit_id = u.id and e.active = true
        having count(distinct e.manager_id) = 1),
       (select r.manager_id from org_unit r where r.kind = 'gemeente' and r.parent_id is null))
 where u.kind = 'cluster';

-- Behaviour unchanged by construction: everyone whose manager is not what the tree now gives keeps that manager as
-- a per-employee override. What the tree gives (two levels here): the cluster's manager, or, for the cluster's
-- manager themselves, the root's manager, or nobody for the root's manager.
update employee e set manager_override = true
 where coalesce(e.manager_id, -1) <> coalesce(
       (select case when u.manager_id <> e.id then u.manager_id
                    when p.manager_id <> e.id then p.manager_id end
          from org_unit u left join org_unit p on p.id = u.parent_id
         where u.id = e.unit_id), -1);
