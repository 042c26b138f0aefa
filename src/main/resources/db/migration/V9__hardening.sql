-- Hardening: rate limits that hold across instances, the audit of officer and admin changes, and the subsidy a
-- course is configured to pay.

-- Fixed-window request counts per client pseudonym (a daily keyed hash, never an address; see ClientPseudonyms).
create table rate_limit_window (
  bucket       varchar(50)  not null,
  client_key   varchar(64)  not null,
  window_start timestamptz  not null,
  hits         int          not null check (hits >= 0),
  primary key (bucket, client_key)
);
create index rate_limit_window_start on rate_limit_window (window_start);

-- Who changed what (every officer and admin change outside case actions, which have their own history):
-- who, in which role and office, when, which object, and before/after of the fields that changed.
create table audit_entry (
  id                 bigserial    primary key,
  at                 timestamptz  not null,
  actor_subject      varchar(100) not null,
  actor_name         varchar(100) not null,
  actor_role         varchar(30)  not null,
  actor_jurisdiction varchar(6),
  client_id          varchar(100),
  object_type        varchar(40)  not null,
  object_id          varchar(100) not null,
  action             varchar(40)  not null,
  note               varchar(2000),
  changes            jsonb
);
create index audit_entry_object on audit_entry (object_type, object_id, at desc);
create index audit_entry_actor on audit_entry (actor_name, at desc);
create index audit_entry_at on audit_entry (at desc);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
  for each row execute function audit_entry_append_only();

-- Officers filter the read audit by reader and time.
create index case_read_audit_reader on case_read_audit (reader_name, read_at desc);
create index case_read_audit_at on case_read_audit (read_at desc);

-- The subsidy a course pays per completion (at most its fee); an approval may not exceed it.
alter table course add column subsidy_amount numeric(10,2) check (subsidy_amount >= 0 and subsidy_amount <= fee);
update course set subsidy_amount = fee where subsidy_eligible;
alter table course add constraint course_subsidy_amount_when_eligible
  check (subsidy_eligible = (subsidy_amount is not null));
