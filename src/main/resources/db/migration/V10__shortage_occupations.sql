-- 紧缺职业目录: occupations in short supply, published per year by the provincial HR department. A worker gets one
-- skill-upgrade subsidy (技能提升补贴) a year, plus up to two more for occupations on the year's list
-- (research/domain.md "Training subsidy"). Admins load a year's list through the API; these rows are the example
-- list the portal ships with, to be replaced by the city's official list before go-live.
create table shortage_occupation_list (
  year      int          primary key check (year between 2000 and 2100),
  source    varchar(500) not null,
  loaded_at timestamptz  not null default now(),
  loaded_by varchar(100) not null,
  version   bigint       not null default 0
);

create table shortage_occupation (
  year            int         not null references shortage_occupation_list (year) on delete cascade,
  occupation_code varchar(11) not null check (occupation_code ~ '^\d-\d{2}-\d{2}-\d{2}$'),
  primary key (year, occupation_code)
);

insert into shortage_occupation_list (year, source, loaded_by) values
  (2025, '示例：辽宁省紧缺职业（工种）目录（上线前替换为正式目录）', 'migration'),
  (2026, '示例：辽宁省紧缺职业（工种）目录（上线前替换为正式目录）', 'migration');

insert into shortage_occupation (year, occupation_code)
select y.year, c.code
  from (values (2025), (2026)) as y (year)
 cross join (values ('6-18-02-04'), ('6-18-01-01'), ('6-18-01-02'), ('6-20-01-01'), ('6-24-01-01'),
                    ('6-31-01-01'), ('6-31-01-03'), ('4-10-01-03'), ('4-10-01-05')) as c (code);
