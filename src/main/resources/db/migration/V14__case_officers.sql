-- The officers who handle cases, as the portal has seen them (their roles and office come from Keycloak's tokens):
-- the list an officer picks a colleague from when assigning a case. One row per officer and office role.
create table case_officer (
  subject        varchar(64)   not null,
  role           varchar(30)   not null,
  username       varchar(100)  not null,
  jurisdiction   varchar(6)    not null,
  first_seen_at  timestamptz   not null,
  last_seen_at   timestamptz   not null,
  primary key (subject, role)
);
create index case_officer_office on case_officer (jurisdiction, role, last_seen_at);
create index case_officer_username on case_officer (username, role);
