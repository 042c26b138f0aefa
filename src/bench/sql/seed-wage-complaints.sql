-- :n wage complaints over the last two years, spread over the eight offices, in every state with the history and
-- acceptance clock the statistics read (bench-statistics.sh). Not realistic text, realistic shape.
create temp table seed as
select g, random() as r, now() - random() * interval '730 days' as ts,
       (array['210702','210703','210711','210726','210727','210781','210782','210700'])[1 + g % 8] as office
  from generate_series(1, :n) g;

insert into case_file (case_type, tracking_number, status, owner_subject, jurisdiction, created_at, updated_at,
                       overdue_since)
select 'WAGE_COMPLAINT', 'WB-' || lpad(g::text, 9, '0'),
       case when r < 0.10 then 'REFUSED' when r < 0.15 then 'WITHDRAWN' when r < 0.25 then 'SUBMITTED'
            when r < 0.55 then 'INVESTIGATING' when r < 0.75 then 'OUTCOME_RECORDED' else 'CLOSED' end,
       'bench-worker-' || (g % 50000), office, ts, ts,
       case when r >= 0.15 and r < 0.25 and ts < now() - interval '10 days' then ts::date + 8 end
  from seed;

create temp table seeded as
select c.id, s.* from seed s join case_file c on c.tracking_number = 'WB-' || lpad(s.g::text, 9, '0');

insert into wage_complaint (case_id, employer_name, employer_address, work_district, work_address, construction,
                            city_government_led, workers_affected, facts, request, amount_owed, refusal_reason,
                            outcome, amount_recovered)
select id, '锦州某建筑劳务有限公司' || (g % 5000), '锦州市某路 1 号', case when office = '210700' then '210702' else office end,
       '某小区工地', g % 3 = 0, office = '210700', 1 + g % 20, '拖欠工资未结。', '要求支付拖欠工资。',
       1000 + (g % 100) * 500,
       case when r < 0.10 then (array['LIMITATION_EXPIRED','EMPLOYER_NOT_IDENTIFIABLE','NOT_WITHIN_POWERS',
                                      'OUTSIDE_AREA'])[1 + g % 4] end,
       case when r >= 0.55 then (array['RESOLVED','ORDERED_TO_PAY','REFERRED_TO_POLICE'])[1 + g % 3] end,
       case when r >= 0.55 then 1000 + (g % 100) * 400 end
  from seeded;

insert into case_history (case_id, at, actor_role, actor_name, action, from_status, to_status)
select id, ts, 'worker', 'bench', 'SUBMIT', null, 'SUBMITTED' from seeded
union all
select id, ts + r * interval '10 days', 'labour-inspector', 'bench', 'ACCEPT', 'SUBMITTED', 'INVESTIGATING'
  from seeded where r >= 0.25
union all
select id, ts + interval '3 days', 'labour-inspector', 'bench', 'REFUSE', 'SUBMITTED', 'REFUSED'
  from seeded where r < 0.10
union all
select id, ts + r * interval '90 days', 'labour-inspector', 'bench', 'RECORD_OUTCOME', 'INVESTIGATING',
       'OUTCOME_RECORDED'
  from seeded where r >= 0.55;

insert into deadline (subject_type, subject_id, purpose, start_date, amount, unit, due_date, provisional, open)
select 'WAGE_COMPLAINT', id, 'ACCEPTANCE', ts::date, 5, 'WORKING_DAYS', ts::date + 7, false, r >= 0.15 and r < 0.25
  from seeded;
