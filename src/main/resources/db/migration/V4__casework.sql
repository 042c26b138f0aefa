-- The shared case kernel: cases, their append-only history, attachments and the audit of officer reads.

create table case_file (
  id                bigserial    primary key,
  case_type         varchar(30)  not null,
  tracking_number   varchar(30)  not null unique,
  status            varchar(40)  not null,
  owner_subject     varchar(100) not null,
  jurisdiction      varchar(6)   not null references jurisdiction (code),
  assignee_subject  varchar(100),
  assignee_name     varchar(100),
  clock_paused_on   date,          -- set while the case waits for the applicant (补正)
  extended          boolean      not null default false,
  overdue_since     date,          -- set by the overdue job when the open deadline passed
  created_at        timestamptz  not null,
  updated_at        timestamptz  not null,
  version           bigint       not null default 0
);
create index case_file_owner on case_file (case_type, owner_subject, created_at desc);
create index case_file_office on case_file (case_type, jurisdiction, status);

create table case_history (
  id           bigserial    primary key,
  case_id      bigint       not null references case_file (id),
  at           timestamptz  not null,
  actor_role   varchar(30)  not null,   -- worker, labour-inspector, ... or 'system'
  actor_name   varchar(100) not null,
  action       varchar(40)  not null,
  from_status  varchar(40),
  to_status    varchar(40)  not null,
  note         varchar(2000),
  details      jsonb
);
create index case_history_case on case_history (case_id, id);

-- History is evidence: rows may be added, never changed or removed.
create function case_history_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'case_history is append-only';
end $$;
create trigger case_history_no_update before update or delete on case_history
  for each row execute function case_history_append_only();

create table case_attachment (
  id            bigserial    primary key,
  case_id       bigint       not null references case_file (id),
  file_name     varchar(200) not null,
  content_type  varchar(50)  not null,
  size_bytes    int          not null,
  sha256        varchar(64)  not null,
  content       bytea        not null,
  uploaded_by   varchar(100) not null,
  uploaded_role varchar(30)  not null,
  uploaded_at   timestamptz  not null
);
create index case_attachment_case on case_attachment (case_id);

-- Personal-data audit (PIPL): every read of a case by an officer.
create table case_read_audit (
  id             bigserial    primary key,
  case_id        bigint       not null references case_file (id),
  reader_subject varchar(100) not null,
  reader_name    varchar(100) not null,
  reader_role    varchar(30)  not null,
  jurisdiction   varchar(6),
  what           varchar(30)  not null,   -- CASE, HISTORY, ATTACHMENTS, ATTACHMENT:<id>
  read_at        timestamptz  not null
);
create index case_read_audit_case on case_read_audit (case_id, read_at);
