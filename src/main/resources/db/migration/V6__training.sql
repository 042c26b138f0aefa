-- Training: courses, sessions with seats enforced by the database, enrolments with a waitlist, subsidy claims.

create table course (
  id               bigserial     primary key,
  programme        varchar(30)   not null check (programme in ('SPRING_TIDE', 'REMOTE_TRAINING', 'OTHER')),
  title            varchar(200)  not null,
  occupation_code  varchar(11)   not null check (occupation_code ~ '^\d-\d{2}-\d{2}-\d{2}$'),
  occupation_name  varchar(100)  not null,
  skill_level      int           not null check (skill_level between 1 and 5),
  provider         varchar(200)  not null,
  mode             varchar(10)   not null check (mode in ('ON_SITE', 'REMOTE')),
  jurisdiction     varchar(6)    not null references jurisdiction (code),
  address          varchar(200),
  fee              numeric(10,2) not null check (fee >= 0),
  subsidy_eligible boolean       not null,
  description      varchar(4000),
  status           varchar(12)   not null check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
  created_at       timestamptz   not null,
  updated_at       timestamptz   not null,
  version          bigint        not null default 0
);
create index course_search on course (status, occupation_code, jurisdiction);

create table course_session (
  id              bigserial    primary key,
  course_id       bigint       not null references course (id),
  starts_on       date         not null,
  ends_on         date         not null check (ends_on >= starts_on),
  schedule        varchar(500) not null,
  capacity        int          not null check (capacity between 1 and 10000),
  -- Seats are counted here and the database refuses more confirmations than seats.
  confirmed_count int          not null default 0 check (confirmed_count >= 0 and confirmed_count <= capacity),
  waitlist_seq    int          not null default 0,
  cancelled       boolean      not null default false,
  version         bigint       not null default 0
);
create index course_session_course on course_session (course_id, starts_on);

create table enrolment (
  id                 bigserial    primary key,
  session_id         bigint       not null references course_session (id),
  worker_subject     varchar(100) not null,
  worker_name        varchar(100) not null,
  status             varchar(20)  not null
    check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'COMPLETED', 'NO_SHOW', 'SESSION_CANCELLED')),
  waitlist_seq       int,
  enrolled_at        timestamptz  not null,
  confirmed_at       timestamptz,
  promoted           boolean      not null default false,
  ended_at           timestamptz,
  certificate_number varchar(50),
  notice             varchar(500),
  version            bigint       not null default 0,
  check ((status = 'WAITLISTED') = (waitlist_seq is not null))
);
-- One live enrolment per worker and session.
create unique index enrolment_live on enrolment (session_id, worker_subject)
  where status in ('CONFIRMED', 'WAITLISTED', 'COMPLETED');
create index enrolment_worker on enrolment (worker_subject, enrolled_at desc);
create index enrolment_waitlist on enrolment (session_id, waitlist_seq) where status = 'WAITLISTED';

create table subsidy_claim (
  id              bigserial     primary key,
  enrolment_id    bigint        not null unique references enrolment (id),
  worker_subject  varchar(100)  not null,
  occupation_code varchar(11)   not null,
  skill_level     int           not null,
  year            int           not null,
  jurisdiction    varchar(6)    not null references jurisdiction (code),
  status          varchar(10)   not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
  amount          numeric(10,2) check (amount >= 0),
  reason          varchar(500),
  decided_by      varchar(100),
  decided_at      timestamptz,
  created_at      timestamptz   not null,
  version         bigint        not null default 0
);
create index subsidy_claim_worker on subsidy_claim (worker_subject, year);
