-- Platform schema: reference data, working-day calendar, deadlines, idempotency records.

create table jurisdiction (
  code        varchar(6)   primary key check (code ~ '^\d{6}$'),  -- GB/T 2260
  name_zh     varchar(100) not null,
  name_en     varchar(200) not null,
  level       varchar(20)  not null check (level in ('CITY', 'DISTRICT', 'COUNTY', 'COUNTY_CITY', 'DEVELOPMENT_ZONE')),
  parent_code varchar(6)   references jurisdiction (code),
  version     bigint       not null default 0
);

create table department (
  code    varchar(40)  primary key,
  name_zh varchar(100) not null,
  name_en varchar(200) not null
);

create table measure (
  number         int           primary key check (number between 1 and 99),
  title_zh       varchar(200)  not null,
  title_en       varchar(300)  not null,
  summary_zh     varchar(1000) not null,
  summary_en     varchar(1000) not null,
  portal_service varchar(20)   not null
    check (portal_service in ('JOBS', 'TRAINING', 'WAGES', 'LEGAL_AID', 'RESIDENCE', 'STATISTICS', 'INFORMATION', 'ADMIN'))
);

create table measure_department (
  measure_number  int         not null references measure (number),
  department_code varchar(40) not null references department (code),
  role            varchar(12) not null check (role in ('LEAD', 'COOPERATING')),
  position        int         not null,
  primary key (measure_number, department_code)
);

-- A year's State Council holiday schedule; a year without a row here is "not published" (provisional deadlines).
create table calendar_year (
  year       int          primary key,
  source     varchar(500) not null,
  loaded_at  timestamptz  not null default now(),
  loaded_by  varchar(100) not null,
  version    bigint       not null default 0
);

-- Exceptions to Monday-Friday: HOLIDAY (a weekday off) or WORKDAY (a make-up working weekend day, 调休).
create table calendar_day (
  day     date        primary key,
  year    int         not null references calendar_year (year) on delete cascade,
  kind    varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY')),
  name_zh varchar(50) not null,
  check (extract(year from day) = year)
);

-- Deadlines owned by cases (casework); kept here so a newly loaded calendar year can recompute them.
create table deadline (
  id           bigserial   primary key,
  subject_type varchar(40) not null,
  subject_id   bigint      not null,
  purpose      varchar(40) not null,
  start_date   date        not null,
  amount       int         not null check (amount >= 0),
  unit         varchar(15) not null check (unit in ('WORKING_DAYS', 'NATURAL_DAYS')),
  due_date     date        not null,
  provisional  boolean     not null,
  open         boolean     not null default true,
  version      bigint      not null default 0,
  unique (subject_type, subject_id, purpose)
);
create index deadline_open_provisional on deadline (due_date) where open and provisional;

-- Idempotency-Key records: the first response to a creating POST, replayed for retries for 24 h.
create table idempotency_record (
  scope_key       varchar(400) primary key,  -- caller + method + path + key
  request_hash    varchar(64)  not null,
  response_status int,
  response_body   text,
  location        varchar(500),
  etag            varchar(100),
  created_at      timestamptz  not null default now(),
  expires_at      timestamptz  not null
);
create index idempotency_record_expires on idempotency_record (expires_at);
