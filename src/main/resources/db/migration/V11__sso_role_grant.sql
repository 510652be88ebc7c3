-- HR and ADMIN given by the identity provider's groups (profile oidc), as seen at the person's last single sign-on.
-- The session has them anyway; this table lets the application find "everyone in HR" between logins (mail and the
-- bell about a group task, RoleHolders). Replaced at every login; a login without the group removes the row.
create table sso_role_grant (
    employee_id  bigint                    not null references employee (id),
    role         varchar(20)               not null,
    seen_at      timestamp with time zone  not null,
    constraint pk_sso_role_grant primary key (employee_id, role)
);
