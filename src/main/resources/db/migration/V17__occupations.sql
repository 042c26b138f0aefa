-- Occupations (职业分类大典 2022) become reference data of the whole portal: training refers to the same list as
-- jobs, by foreign key, and takes the names from it (a course's free-text occupation name goes).
alter table course add constraint course_occupation_fk foreign key (occupation_code) references occupation (code);
alter table course drop column occupation_name;
alter table subsidy_claim add constraint subsidy_claim_occupation_fk
  foreign key (occupation_code) references occupation (code);
alter table shortage_occupation add constraint shortage_occupation_occupation_fk
  foreign key (occupation_code) references occupation (code);
-- GET /api/v1/occupations lists by code within a group (code prefix).
create index occupation_group on occupation (major_group, code);
