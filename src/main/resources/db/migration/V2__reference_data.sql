-- Jinzhou's jurisdictions (GB/T 2260) and the 2025/2026 State Council holiday schedules.

insert into jurisdiction (code, name_zh, name_en, level, parent_code) values
  ('210700', '锦州市', 'Jinzhou City', 'CITY', null),
  ('210702', '古塔区', 'Guta District', 'DISTRICT', '210700'),
  ('210703', '凌河区', 'Linghe District', 'DISTRICT', '210700'),
  ('210711', '太和区', 'Taihe District', 'DISTRICT', '210700'),
  ('210726', '黑山县', 'Heishan County', 'COUNTY', '210700'),
  ('210727', '义县', 'Yi County', 'COUNTY', '210700'),
  ('210781', '凌海市', 'Linghai City', 'COUNTY_CITY', '210700'),
  ('210782', '北镇市', 'Beizhen City', 'COUNTY_CITY', '210700');

insert into calendar_year (year, source, loaded_by) values
  (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）', 'flyway'),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）', 'flyway');

-- Whole holiday periods (weekend days included, as the notices state them) and make-up working days.
insert into calendar_day (day, year, kind, name_zh)
select g::date, 2025, 'HOLIDAY', h.n
from (values
  ('2025-01-01', '2025-01-01', '元旦'),
  ('2025-01-28', '2025-02-04', '春节'),
  ('2025-04-04', '2025-04-06', '清明节'),
  ('2025-05-01', '2025-05-05', '劳动节'),
  ('2025-05-31', '2025-06-02', '端午节'),
  ('2025-10-01', '2025-10-08', '国庆节、中秋节')
) as h(f, t, n), generate_series(h.f::date, h.t::date, interval '1 day') as g;

insert into calendar_day (day, year, kind, name_zh)
select w.d::date, 2025, 'WORKDAY', w.n
from (values
  ('2025-01-26', '春节调休上班'),
  ('2025-02-08', '春节调休上班'),
  ('2025-04-27', '劳动节调休上班'),
  ('2025-09-28', '国庆节、中秋节调休上班'),
  ('2025-10-11', '国庆节、中秋节调休上班')
) as w(d, n);

insert into calendar_day (day, year, kind, name_zh)
select g::date, 2026, 'HOLIDAY', h.n
from (values
  ('2026-01-01', '2026-01-03', '元旦'),
  ('2026-02-15', '2026-02-23', '春节'),
  ('2026-04-04', '2026-04-06', '清明节'),
  ('2026-05-01', '2026-05-05', '劳动节'),
  ('2026-06-19', '2026-06-21', '端午节'),
  ('2026-09-25', '2026-09-27', '中秋节'),
  ('2026-10-01', '2026-10-07', '国庆节')
) as h(f, t, n), generate_series(h.f::date, h.t::date, interval '1 day') as g;

insert into calendar_day (day, year, kind, name_zh)
select w.d::date, 2026, 'WORKDAY', w.n
from (values
  ('2026-01-04', '元旦调休上班'),
  ('2026-02-14', '春节调休上班'),
  ('2026-02-28', '春节调休上班'),
  ('2026-05-09', '劳动节调休上班'),
  ('2026-09-20', '国庆节调休上班'),
  ('2026-10-10', '国庆节调休上班')
) as w(d, n);

