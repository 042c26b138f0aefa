-- Wage-arrears complaints (a case type of the kernel) and anonymous reports (no personal data, no tracking).

create table wage_complaint (
  case_id                       bigint        primary key references case_file (id),
  complainant_name              varchar(50)   not null,
  complainant_id_number         varchar(18)   not null,
  complainant_phone             varchar(11)   not null,
  complainant_address           varchar(200),
  bank_card_encrypted           varchar(200),  -- AES-GCM, see FieldCrypto
  employer_name                 varchar(200)  not null,
  employer_credit_code          varchar(18),
  employer_address              varchar(200)  not null,
  employer_legal_representative varchar(50),
  work_district                 varchar(6)    not null references jurisdiction (code),
  work_address                  varchar(200)  not null,
  construction                  boolean       not null,
  city_government_led           boolean       not null,
  project_name                  varchar(200),
  general_contractor            varchar(200),
  period_start                  date          not null,
  period_end                    date          not null check (period_end >= period_start),
  amount_owed                   numeric(14,2) not null check (amount_owed > 0),
  workers_affected              int           not null check (workers_affected >= 1),
  representatives               jsonb,
  facts                         varchar(4000) not null,
  request                       varchar(1000) not null,
  missing_items                 jsonb,
  refusal_reason                varchar(40),
  outcome                       varchar(40),
  amount_recovered              numeric(14,2) check (amount_recovered >= 0),
  amount_ordered                numeric(14,2) check (amount_ordered >= 0)
);

create table wage_report (
  id                  bigserial     primary key,
  received_at         timestamptz   not null,
  jurisdiction        varchar(6)    not null references jurisdiction (code),
  employer_name       varchar(200)  not null,
  employer_address    varchar(200)  not null,
  work_district       varchar(6)    not null references jurisdiction (code),
  work_address        varchar(200)  not null,
  construction        boolean       not null,
  city_government_led boolean       not null,
  project_name        varchar(200),
  workers_affected    int           check (workers_affected >= 1),
  description         varchar(4000) not null
);
create index wage_report_office on wage_report (jurisdiction, received_at desc);
