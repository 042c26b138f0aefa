-- The demo city (issue #13): a year of Jinzhou's services, dated back from now, so that clocks, overdue flags and
-- statistics look real. Loaded only by DemoData, only with portal.demo.enabled and only into an empty database
-- (README, "Run the portal"). Every name, ID number and phone is made up. The same random seed gives the same city.
--
-- What this script leaves to DemoData: the due dates of the deadlines (written here as start + amount, then computed
-- with the working-day calendar), the overdue flags, the search text of the vacancies and the statistics.

create or replace function pg_temp.pick(items text[]) returns text language sql as
$$ select items[1 + floor(random() * array_length(items, 1))::int] $$;

-- Crockford base 32, as TrackingNumbers: WC-2026-7K3M-9QXD.
create or replace function pg_temp.tracking(prefix text, at timestamptz) returns text language sql as $$
  select prefix || '-' || extract(year from at at time zone 'Asia/Shanghai')::int || '-' ||
         string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1)
                    || case when i = 4 then '-' else '' end, '' order by i)
    from generate_series(1, 8) i
$$;

-- The ISO 7064 MOD 11-2 check character of a string of digits (Iso7064), as ID and permit numbers end.
create or replace function pg_temp.check_char(digits text) returns text language sql as $$
  select substr('10X98765432', 1 + (sum(substr(digits, i, 1)::int * ((2 ^ (length(digits) + 1 - i))::int % 11))
                                    % 11)::int, 1)
    from generate_series(1, length(digits)) i
$$;

-- A resident identity number (GB 11643).
create or replace function pg_temp.id_number(region text, birth date, seq int) returns text language sql as $$
  select b || pg_temp.check_char(b)
    from (select region || to_char(birth, 'YYYYMMDD') || lpad((seq % 1000)::text, 3, '0') as b) x
$$;

create or replace function pg_temp.step(case_id bigint, at timestamptz, role text, actor text, action text, from_status text,
                             to_status text, note text default null, details jsonb default null) returns void
language sql as $$
  insert into case_history (case_id, at, actor_role, actor_name, action, from_status, to_status, note, details)
  values (case_id, at, role, actor, action, from_status, to_status, note, details)
$$;

-- Due date written as start + amount; DemoData computes the real one from the calendar.
create or replace function pg_temp.clock(case_type text, case_id bigint, purpose text, start date, amount int, unit text,
                              open boolean) returns void language sql as $$
  insert into deadline (subject_type, subject_id, purpose, start_date, amount, unit, due_date, provisional, open)
  values (case_type, case_id, purpose, start, amount, unit, start + amount, false, open)
$$;

create or replace function pg_temp.day(at timestamptz) returns date language sql as
$$ select (at at time zone 'Asia/Shanghai')::date $$;

select setseed(0.2026);

do $$
#variable_conflict use_variable
declare
  districts  text[] := array['210702', '210703', '210711', '210726', '210727', '210781', '210782'];
  places     text[] := array['古塔区', '凌河区', '太和区', '黑山县', '义县', '凌海市', '北镇市'];
  -- Officers by district, as their user names would be (the demo realm has the Guta, Taihe and city ones).
  offices    text[] := array['guta', 'linghe', 'taihe', 'heishan', 'yixian', 'linghai', 'beizhen'];
  surnames   text[] := array['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
  givens     text[] := array['强', '军', '伟', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '建国',
                             '海燕', '志刚', '春梅', '国庆'];
  employers  text[] := array['宏达建筑工程有限公司', '鑫源劳务派遣有限公司', '华兴装饰工程有限公司', '永盛餐饮管理有限公司',
                             '金泰物流有限公司', '恒通机械制造有限公司', '利民物业服务有限公司', '顺发汽车服务有限公司',
                             '东方建设集团有限公司', '新星服装有限公司', '振兴钢结构有限公司', '嘉禾家政服务有限公司'];
  builders   text[] := array['宏达建筑工程有限公司', '鑫源劳务派遣有限公司', '华兴装饰工程有限公司', '振兴钢结构有限公司'];
  -- The general contractor of each district's big site.
  contractors text[] := array['锦州东方建设集团有限公司', '辽宁宏基建工集团有限公司', '锦州市政工程有限公司',
                              '中建某局第三建设有限公司', '辽宁路桥建设有限公司', '锦州城建集团有限公司', '北镇建工有限公司'];
  projects   text[] := array['锦州港物流园二期', '滨海新区安置房 3 标段', '松山新区学校扩建', '古塔区老旧小区改造',
                             '凌海大道道路改造', '北镇市污水处理厂'];
  hukou      text[] := array['河南省周口市郸城县', '黑龙江省绥化市望奎县', '吉林省四平市梨树县', '辽宁省朝阳市建平县',
                             '内蒙古自治区赤峰市宁城县', '河北省承德市围场县', '山东省菏泽市曹县'];
  worker_ids text[] := array['a3c1e5f0-2f6b-4b7e-9d1a-6c0f5e2b7a01', 'b7d2f6a1-3e8c-4c9f-8e2b-7d1a6f3c8b02'];
  worker_names text[] := array['王强', '李娜'];
  worker_users text[] := array['wang.worker', 'li.worker'];
  today   date := (now() at time zone 'Asia/Shanghai')::date;
  i       int;
  d       int;
  age     int;
  filed   timestamptz;
  decided timestamptz;
  later   timestamptz;
  cid     bigint;
  status  text;
  owner   text;
  person  text;
  username text;
  w       int;
  inspector text;
  employer text;
  owed    numeric;
  outcome text;
  roll    double precision;
  k       int;
  n       int;
  sid     bigint;
  eid     bigint;
  unit    text;
  pay     numeric;
  fee     numeric;
  titles  text[] := array['电焊工', '电工', '水电工', '中式厨师', '面点师', '餐厅服务员', '保洁员', '保安员', '快递员',
                          '货车司机', '叉车司机', '钢筋工', '木工', '砌筑工', '油漆工', '装修工', '收银员', '装卸工',
                          '缝纫工', '车工', '养老护理员', '家政服务员', '育婴员', '汽车维修工', '架子工', '混凝土工',
                          '管道工', '农艺工', '电梯安装维修工', '防水工'];
  title_codes text[] := array['6-18-02-04', '6-24-01-01', '6-24-01-01', '4-03-02-01', '4-03-02-03', '4-03-02-05',
                              '4-09-09-01', '4-07-05-01', '4-02-07-01', '4-02-02-02', '6-30-01-02', '6-29-01-04',
                              '6-29-03-02', '6-29-01-01', '6-29-03-03', '6-29-03-02', '4-01-02-03', '4-02-06-01',
                              '6-05-02-02', '6-18-01-01', '4-10-01-03', '4-10-01-01', '4-10-01-05', '4-12-01-01',
                              '6-29-01-05', '6-29-01-03', '6-29-04-01', '5-01-01-01', '6-31-01-03', '6-29-03-01'];
  title_pay int[] := array[6000, 5500, 5500, 5000, 4500, 3200, 2800, 3000, 5000, 6500, 5000, 7000, 7000, 6500, 6000,
                           6000, 3000, 4500, 3500, 5500, 4000, 4500, 5000, 5000, 7000, 6500, 6000, 3200, 6000, 6000];
  course_codes text[] := array['6-18-02-04', '6-24-01-01', '4-10-01-03', '4-03-02-01', '6-29-03-02', '4-10-01-05',
                               '6-30-01-02'];
  course_titles text[] := array['焊工（中级）', '电工（中级）', '养老护理员', '中式烹调师', '装饰装修工',
                                '育婴员', '叉车司机'];
begin
  -- 598 more workers (made up; they have no sign-in): subjects the cases and enrolments belong to.
  for i in 3 .. 600 loop
    worker_ids := worker_ids || ('demo-worker-' || lpad(i::text, 3, '0'));
    worker_names := worker_names || (pg_temp.pick(surnames) || pg_temp.pick(givens));
    worker_users := worker_users || ('worker' || lpad(i::text, 3, '0'));
  end loop;

  -- Wage complaints: 1,400 over the last year (about 17 an office a month); the older, the further they went.
  for i in 1 .. 1400 loop
    d := 1 + (i * 5) % 7;
    age := case when i <= 40 then floor(random() * 4)::int          -- this week: in the acceptance clock
                when i <= 55 then 9 + floor(random() * 10)::int     -- left untouched: overdue
                else 5 + floor(power(random(), 1.3) * 355)::int end;
    filed := now() - make_interval(days => age, hours => floor(random() * 8)::int);
    w := 1 + (i - 1) % 600;
    owner := worker_ids[w];
    person := worker_names[w];
    username := worker_users[w];
    inspector := 'inspector.' || offices[d];
    -- Construction work by builders on the district's big site (so its complaints cluster, 欠薪预警), the rest by others.
    employer := places[d] || case when i % 3 <> 0 then pg_temp.pick(builders) else pg_temp.pick(employers) end;
    owed := (3000 + floor(random() * 60) * 500)::numeric;
    roll := random();
    status := case when age < 4 and roll < 0.2 then 'SUPPLEMENT_REQUESTED'
                   when age < 4 or i between 41 and 55 then 'SUBMITTED'
                   when roll < 0.08 then 'REFUSED'
                   when roll < 0.13 then 'WITHDRAWN'
                   when age < 70 or roll < 0.16 then 'INVESTIGATING' -- the older ones past their 60 working days
                   when roll < 0.55 then 'CLOSED'
                   else 'OUTCOME_RECORDED' end;
    insert into case_file (case_type, tracking_number, status, owner_subject, jurisdiction, created_at, updated_at,
                           clock_paused_on, missing_items)
    values ('WAGE_COMPLAINT', pg_temp.tracking('WC', filed), status, owner, districts[d], filed, filed,
            case when status = 'SUPPLEMENT_REQUESTED' then pg_temp.day(filed) + 1 end,
            case when status = 'SUPPLEMENT_REQUESTED' then '["用人单位的准确名称和地址", "考勤记录或工资条"]'::jsonb end)
    returning id into cid;
    insert into wage_complaint (case_id, complainant_name, complainant_id_number, complainant_phone,
                                complainant_address, employer_name, employer_credit_code, employer_address,
                                work_district, work_address, construction, city_government_led, project_name,
                                general_contractor, period_start, period_end, amount_owed, workers_affected, facts,
                                request)
    values (cid, person, pg_temp.id_number('410726', date '1970-01-01' + (w * 37) % 12000, w),
            '139' || lpad((10000000 + w * 7919)::text, 8, '0'), '锦州市' || places[d] || '某小区 ' || i || ' 号',
            employer, null, '锦州市' || places[d] || '某路 ' || (i % 90 + 1) || ' 号', districts[d],
            '锦州市' || places[d] || '某工地', i % 3 <> 0, i % 11 = 0,
            case when i % 3 <> 0 then projects[1 + d % 6] end,
            case when i % 3 <> 0 then contractors[d] end,
            pg_temp.day(filed) - 240, pg_temp.day(filed) - 20, owed, 1 + floor(power(random(), 3) * 25)::int,
            '我在' || employer || '干活，' || to_char(filed - interval '240 days', 'YYYY 年 MM 月') || '起工资一直没有结清，'
              || '老板一再拖延，现在联系不上。', '请求责令用人单位支付拖欠的工资 ' || owed || ' 元。');
    perform pg_temp.step(cid, filed, 'worker', username, 'SUBMIT', null, 'SUBMITTED', null,
                         jsonb_build_object('handlingOffice', districts[d]));
    -- Every complaint's acceptance clock: 5 working days (劳动保障监察条例 Art 20).
    perform pg_temp.clock('WAGE_COMPLAINT', cid, 'ACCEPTANCE', pg_temp.day(filed), 5, 'WORKING_DAYS',
                          status in ('SUBMITTED', 'SUPPLEMENT_REQUESTED'));
    decided := filed + make_interval(hours => 20 + floor(random() * 80)::int);
    if status = 'SUPPLEMENT_REQUESTED' then
      perform pg_temp.step(cid, filed + interval '1 day', 'labour-inspector', inspector, 'REQUEST_SUPPLEMENT',
                           'SUBMITTED', 'SUPPLEMENT_REQUESTED', '请补充以下材料',
                           jsonb_build_object('missingItems', jsonb_build_array('用人单位的准确名称和地址', '考勤记录或工资条')));
    elsif status = 'REFUSED' then
      update wage_complaint set refusal_reason = 'NOT_WITHIN_POWERS' where case_id = cid;
      perform pg_temp.step(cid, decided, 'labour-inspector', inspector, 'REFUSE', 'SUBMITTED', 'REFUSED',
                           '双方已进入劳动争议仲裁程序，请等待仲裁结果', '{"reasonCode": "NOT_WITHIN_POWERS"}');
    elsif status = 'WITHDRAWN' then
      perform pg_temp.step(cid, decided, 'worker', username, 'WITHDRAW', 'SUBMITTED', 'WITHDRAWN', '已和老板协商解决');
    elsif status in ('INVESTIGATING', 'OUTCOME_RECORDED', 'CLOSED') then
      update case_file set assignee_name = inspector where id = cid;
      perform pg_temp.step(cid, decided, 'labour-inspector', inspector, 'ACCEPT', 'SUBMITTED', 'INVESTIGATING');
      -- The investigation: 60 working days from acceptance (Art 22).
      perform pg_temp.clock('WAGE_COMPLAINT', cid, 'INVESTIGATION', pg_temp.day(decided), 60, 'WORKING_DAYS',
                            status = 'INVESTIGATING');
      if status <> 'INVESTIGATING' then
        later := decided + make_interval(days => 10 + floor(random() * 50)::int);
        outcome := case when random() < 0.6 then 'RESOLVED' when random() < 0.6 then 'ORDERED_TO_PAY'
                        when random() < 0.5 then 'REFERRED_TO_POLICE' else 'REFERRED_TO_ARBITRATION_OR_COURT' end;
        update wage_complaint
           set outcome = outcome,
               amount_recovered = case when outcome = 'RESOLVED' then owed when outcome = 'ORDERED_TO_PAY'
                                       then round(owed * 0.4) else 0 end,
               amount_ordered = case when outcome = 'ORDERED_TO_PAY' then owed end
         where case_id = cid;
        perform pg_temp.step(cid, later, 'labour-inspector', inspector, 'RECORD_OUTCOME', 'INVESTIGATING',
                             'OUTCOME_RECORDED', null, jsonb_build_object('outcome', outcome));
        if status = 'CLOSED' then
          perform pg_temp.step(cid, later + interval '3 days', 'labour-inspector', inspector, 'CLOSE',
                               'OUTCOME_RECORDED', 'CLOSED', '已结案');
        end if;
      end if;
    end if;
    update case_file set updated_at = (select max(at) from case_history where case_id = cid) where id = cid;
  end loop;

  -- Anonymous reports: 200, the recent ones waiting, the older ones handled.
  for i in 1 .. 200 loop
    d := 1 + (i * 3) % 7;
    age := floor(power(random(), 1.5) * 300)::int;
    filed := now() - make_interval(days => age, hours => floor(random() * 10)::int);
    employer := places[d] || pg_temp.pick(employers);
    status := case when age < 6 then 'RECEIVED' when random() < 0.4 then 'CASE_OPENED' else 'CLOSED' end;
    insert into case_file (case_type, tracking_number, status, owner_subject, jurisdiction, created_at, updated_at)
    values ('WAGE_REPORT', pg_temp.tracking('WR', filed), status, null, districts[d], filed, filed)
    returning id into cid;
    insert into wage_report (received_at, jurisdiction, employer_name, employer_address, work_district, work_address,
                             construction, city_government_led, project_name, workers_affected, description, case_id,
                             close_reason)
    values (filed, districts[d], employer, '锦州市' || places[d] || '某路 ' || i || ' 号', districts[d],
            '锦州市' || places[d] || '某路 ' || i || ' 号', i % 2 = 0, false,
            case when i % 2 = 0 then projects[1 + d % 6] end, 3 + floor(random() * 30)::int,
            '该单位拖欠工人工资两个多月，工人多次讨要未果。', cid,
            case when status = 'CLOSED' then (array['NO_VIOLATION_FOUND', 'DUPLICATE', 'NOT_IDENTIFIABLE'])[1 + i % 3] end);
    perform pg_temp.step(cid, filed, 'anonymous', 'anonymous', 'SUBMIT', null, 'RECEIVED', null,
                         jsonb_build_object('handlingOffice', districts[d]));
    if status = 'CLOSED' then
      perform pg_temp.step(cid, filed + make_interval(days => 1 + floor(random() * 5)::int), 'labour-inspector',
                           'inspector.' || offices[d], 'CLOSE', 'RECEIVED', 'CLOSED', '已核查',
                           jsonb_build_object('reasonCode', (select close_reason from wage_report where case_id = cid)));
    elsif status = 'CASE_OPENED' then
      perform pg_temp.step(cid, filed + make_interval(days => 1 + floor(random() * 3)::int), 'labour-inspector',
                           'inspector.' || offices[d], 'OPEN_CASE', 'RECEIVED', 'CASE_OPENED', '立案查处');
    end if;
  end loop;

  -- Legal aid: 400 requests, decided within days, most with a lawyer.
  for i in 1 .. 400 loop
    d := 1 + (i * 2) % 7;
    age := case when i <= 20 then floor(random() * 3)::int else 4 + floor(power(random(), 1.4) * 330)::int end;
    filed := now() - make_interval(days => age, hours => floor(random() * 8)::int);
    w := 1 + (i * 7) % 600;
    owner := worker_ids[w];
    person := worker_names[w];
    username := worker_users[w];
    inspector := 'legalaid.' || offices[d];
    roll := random();
    status := case when i <= 20 then 'SUBMITTED' when roll < 0.1 then 'REFUSED' when age < 30 then 'ASSIGNED'
                   when roll < 0.6 then 'CLOSED' else 'OUTCOME_RECORDED' end;
    insert into case_file (case_type, tracking_number, status, owner_subject, jurisdiction, created_at, updated_at,
                           urgent)
    values ('LEGAL_AID', pg_temp.tracking('LA', filed), status, owner, districts[d], filed, filed, i % 9 = 0)
    returning id into cid;
    owed := (5000 + floor(random() * 40) * 1000)::numeric;
    insert into legal_aid_request (case_id, name, id_number, phone, matter_type, opposing_party_name, amount_claimed,
                                   facts, request, means_test_exempt)
    values (cid, person, pg_temp.id_number('410726', date '1970-01-01' + (w * 37) % 12000, w),
            '139' || lpad((10000000 + w * 7919)::text, 8, '0'),
            case when i % 4 = 0 then 'WORK_INJURY' else 'LABOUR_REMUNERATION' end,
            places[d] || pg_temp.pick(employers), owed,
            '在工地干活期间工资被拖欠，已向劳动保障监察投诉，需要律师代理劳动仲裁。',
            '请求指派律师代理劳动仲裁，追讨拖欠的劳动报酬 ' || owed || ' 元。', true);
    perform pg_temp.step(cid, filed, 'worker', username, 'SUBMIT', null, 'SUBMITTED', null,
                         jsonb_build_object('handlingOffice', districts[d], 'matterType',
                                            case when i % 4 = 0 then 'WORK_INJURY' else 'LABOUR_REMUNERATION' end));
    -- The decision: 7 working days (法律援助法 Art 43).
    perform pg_temp.clock('LEGAL_AID', cid, 'DECISION', pg_temp.day(filed), 7, 'WORKING_DAYS', status = 'SUBMITTED');
    decided := filed + make_interval(days => 1 + floor(random() * 6)::int);
    if status = 'REFUSED' then
      update legal_aid_request set refusal_reason = 'NO_REASONABLE_GROUNDS', refusal_note = '请求明显缺乏事实依据',
                                   objection_due = pg_temp.day(decided) + 15 where case_id = cid;
      perform pg_temp.step(cid, decided, 'legal-aid-officer', inspector, 'REFUSE', 'SUBMITTED', 'REFUSED',
                           '请求明显缺乏事实依据', jsonb_build_object('reasonCode', 'NO_REASONABLE_GROUNDS',
                           'objectUntil', (pg_temp.day(decided) + 15)::text));
    elsif status <> 'SUBMITTED' then
      update case_file set assignee_name = inspector where id = cid;
      update legal_aid_request set lawyer_kind = 'LAWYER', lawyer_name = pg_temp.pick(surnames) || '律师',
                                   lawyer_organisation = '辽宁' || places[d] || '律师事务所', lawyer_phone = '0416-2345678'
       where case_id = cid;
      perform pg_temp.step(cid, decided, 'legal-aid-officer', inspector, 'APPROVE', 'SUBMITTED', 'APPROVED',
                           '符合法律援助条件，予以援助');
      perform pg_temp.step(cid, decided + interval '1 day', 'legal-aid-officer', inspector, 'ASSIGN_LAWYER',
                           'APPROVED', 'ASSIGNED', null, jsonb_build_object('lawyer', '指派律师'));
      perform pg_temp.clock('LEGAL_AID', cid, 'ASSIGNMENT', pg_temp.day(decided), 3, 'WORKING_DAYS', false);
      if status in ('OUTCOME_RECORDED', 'CLOSED') then
        outcome := (array['WON', 'SETTLED', 'MEDIATED', 'LOST'])[1 + i % 4];
        update legal_aid_request set outcome = outcome,
               amount_obtained = case when outcome = 'LOST' then 0 else round(owed * 0.8) end where case_id = cid;
        later := decided + make_interval(days => 20 + floor(random() * 40)::int);
        perform pg_temp.step(cid, later, 'legal-aid-officer', inspector, 'RECORD_OUTCOME', 'ASSIGNED',
                             'OUTCOME_RECORDED', null, jsonb_build_object('outcome', outcome));
        if status = 'CLOSED' then
          perform pg_temp.step(cid, later + interval '5 days', 'legal-aid-officer', inspector, 'CLOSE',
                               'OUTCOME_RECORDED', 'CLOSED');
        end if;
      end if;
    end if;
    update case_file set updated_at = (select max(at) from case_history where case_id = cid) where id = cid;
  end loop;

  -- Residence permits: 500 applications; accepted the day they come, issued within the 15 days.
  for i in 1 .. 500 loop
    d := 1 + (i * 4) % 7;
    age := case when i <= 25 then floor(random() * 3)::int else 3 + floor(power(random(), 1.2) * 330)::int end;
    filed := now() - make_interval(days => age, hours => floor(random() * 8)::int);
    w := 1 + (i * 7) % 600; -- each worker applies once
    owner := worker_ids[w];
    person := worker_names[w];
    username := worker_users[w];
    inspector := 'police.' || offices[d];
    roll := random();
    status := case when i <= 25 then 'SUBMITTED' when age < 12 then 'ACCEPTED' when roll < 0.07 then 'REFUSED'
                   when roll < 0.3 then 'ISSUED' else 'COLLECTED' end;
    insert into case_file (case_type, tracking_number, status, owner_subject, jurisdiction, created_at, updated_at)
    values ('RESIDENCE_PERMIT', pg_temp.tracking('RP', filed), status, owner, districts[d], filed, filed)
    returning id into cid;
    insert into residence_application (case_id, name, id_number, phone, sex, ethnicity, birth_date, hukou_address,
                                       residence_address, residence_registered_on, eligible_from, accepted_on,
                                       refusal_reason)
    values (cid, person, pg_temp.id_number('410726', date '1970-01-01' + (w * 37) % 12000, w),
            '139' || lpad((10000000 + w * 7919)::text, 8, '0'), case when w % 2 = 1 then 'MALE' else 'FEMALE' end,
            '汉族', date '1970-01-01' + (w * 37) % 12000, pg_temp.pick(hukou) || '某村 ' || i || ' 号',
            '锦州市' || places[d] || '某小区 ' || i || ' 栋', pg_temp.day(filed) - 220, pg_temp.day(filed) - 37,
            case when status not in ('SUBMITTED', 'REFUSED') then pg_temp.day(filed) end,
            case when status = 'REFUSED' then 'RESIDENCE_TOO_SHORT' end);
    insert into residence_application_basis (case_id, position, type, organisation, address, since)
    values (cid, 0, 'STABLE_JOB', places[d] || pg_temp.pick(employers), '锦州市' || places[d],
            pg_temp.day(filed) - 300);
    perform pg_temp.step(cid, filed, 'worker', username, 'SUBMIT', null, 'SUBMITTED', null,
                         jsonb_build_object('handlingOffice', districts[d]));
    if status = 'REFUSED' then
      perform pg_temp.step(cid, filed + interval '2 hours', 'residence-officer', inspector, 'REFUSE',
                           'SUBMITTED', 'REFUSED', '居住登记未满半年', '{"reasonCode": "RESIDENCE_TOO_SHORT"}');
    elsif status <> 'SUBMITTED' then
      perform pg_temp.step(cid, filed + interval '2 hours', 'residence-officer', inspector, 'ACCEPT',
                           'SUBMITTED', 'ACCEPTED', null, jsonb_build_object('acceptedOn', pg_temp.day(filed)::text));
      -- Issue within 15 days of acceptance (居住证暂行条例 Art 10).
      perform pg_temp.clock('RESIDENCE_PERMIT', cid, 'ISSUE', pg_temp.day(filed), 15, 'NATURAL_DAYS',
                            status = 'ACCEPTED');
      if status in ('ISSUED', 'COLLECTED') then
        later := filed + make_interval(days => 5 + floor(random() * 9)::int);
        insert into residence_permit (number, application_id, owner_subject, holder_name, holder_id_number,
                                      jurisdiction, issued_on, valid_through, fee, collected_at)
        select number || pg_temp.check_char(number),
               cid, owner, person, r.id_number, districts[d], pg_temp.day(later),
               (pg_temp.day(later) + interval '1 year')::date, 0,
               case when status = 'COLLECTED' then later + interval '3 days' end
          from residence_application r,
               (select districts[d] || extract(year from pg_temp.day(later))::int
                         || lpad((1 + (select count(*) from residence_permit p where p.jurisdiction = districts[d]))::text,
                                 6, '0') as number) n
         where r.case_id = cid;
        perform pg_temp.step(cid, later, 'residence-officer', inspector, 'ISSUE', 'ACCEPTED', 'ISSUED', null,
                             jsonb_build_object('permitNumber', (select number from residence_permit
                                                                  where application_id = cid)));
        if status = 'COLLECTED' then
          perform pg_temp.step(cid, later + interval '3 days', 'residence-officer', inspector,
                               'RECORD_COLLECTION', 'ISSUED', 'COLLECTED');
        end if;
      end if;
    end if;
    update case_file set updated_at = (select max(at) from case_history where case_id = cid) where id = cid;
  end loop;
  insert into residence_permit_sequence (jurisdiction, year, last_value)
  select jurisdiction, extract(year from issued_on)::int, max(substr(number, 11, 6)::int)
    from residence_permit group by 1, 2
  on conflict (jurisdiction, year) do update set last_value = excluded.last_value;
  -- Vacancies: 320 over the seven districts, posted in the last 60 days for up to 90 (some expired by now), a few
  -- withdrawn or filled. Search text is made by DemoData, as VacancyService makes it.
  for i in 1 .. 320 loop
    d := 1 + i % 7;
    k := 1 + floor(random() * array_length(titles, 1))::int;
    filed := now() - make_interval(days => floor(random() * 60)::int, hours => floor(random() * 10)::int);
    unit := case when title_codes[k] like '6-29%' and random() < 0.4 then 'DAY'
                 when title_codes[k] like '4-03%' and random() < 0.2 then 'HOUR' else 'MONTH' end;
    pay := case unit when 'DAY' then 220 + floor(random() * 12) * 10 when 'HOUR' then 22 + floor(random() * 6)
                     else title_pay[k] + floor(random() * 10) * 200 end;
    employer := places[d] || pg_temp.pick(employers);
    insert into vacancy (job_center, status, employer_name, employer_credit_code, title, duties, requirements,
                         headcount, district, address, pay_min, pay_max, pay_unit, pay_min_monthly, occupation_code,
                         employment_type, valid_through, social_insurance, housing, meals, contact_name,
                         contact_phone, posted_at, created_at, updated_at, search_text, search_terms)
    values (districts[d], case when i % 25 = 0 then 'WITHDRAWN' when i % 31 = 0 then 'FILLED' else 'PUBLISHED' end,
            employer, '91210700MA0Y0D6U42', titles[k],
            '负责' || titles[k] || '的日常工作，按要求完成' || pg_temp.pick(array['现场', '车间', '店内', '项目部', '仓库'])
              || '任务，服从班组长安排。',
            pg_temp.pick(array['身体健康，能吃苦耐劳', '有相关工作经验或职业资格证书', '责任心强，能适应倒班',
                               '持有特种作业操作证']),
            1 + floor(power(random(), 2) * 20)::int, districts[d], '锦州市' || places[d] || '某路 ' || i || ' 号',
            pay, pay * (1.2 + floor(random() * 4) / 10), unit,
            round(case unit when 'DAY' then pay * 21.75 when 'HOUR' then pay * 174 else pay end, 2), title_codes[k],
            case when unit = 'HOUR' then 'PART_TIME' when unit = 'DAY' and random() < 0.5 then 'TEMPORARY'
                 when title_codes[k] like '5-%' then 'SEASONAL' else 'FULL_TIME' end,
            pg_temp.day(filed) + 30 + floor(random() * 60)::int, random() < 0.8, random() < 0.4, random() < 0.6,
            pg_temp.pick(surnames) || '经理', '0416-' || (2000000 + i * 37), filed, filed, filed, '', '{}')
    returning id into cid;
    -- Applications from workers of the pool (distinct workers per vacancy).
    if i % 3 = 0 then
      for n in 0 .. floor(random() * 7)::int loop
        w := 3 + (i + n * 11) % 598;
        insert into job_application (vacancy_id, worker_subject, worker_name, phone, message, created_at)
        values (cid, worker_ids[w], worker_names[w], '139' || lpad((10000000 + w * 7919)::text, 8, '0'),
                '您好，我有相关工作经验，想应聘这个岗位。', filed + make_interval(hours => 2 + n * 7));
      end loop;
    end if;
    if i in (7, 52, 101) then
      insert into job_application (vacancy_id, worker_subject, worker_name, phone, message, created_at)
      values (cid, worker_ids[1], worker_names[1], '13910007919', '做过三年电焊，有焊工证。', filed + interval '1 day');
    end if;
  end loop;

  -- Courses: 14 (春潮行动 on site, some remote), each with a session that ended (most completed, subsidies claimed)
  -- and one to come: every third one full with a waitlist.
  for i in 1 .. 14 loop
    d := 1 + i % 7;
    k := 1 + (i - 1) % array_length(course_codes, 1);
    fee := 1200 + (i % 6) * 300;
    insert into course (programme, title, occupation_code, skill_level, provider, mode, jurisdiction, address, fee,
                        subsidy_eligible, subsidy_amount, description, status, created_at, updated_at)
    values (case when i % 5 = 0 then 'REMOTE_TRAINING' else 'SPRING_TIDE' end,
            case when i % 5 = 0 then '线上培训·' else '春潮行动·' end || course_titles[k], course_codes[k],
            3 + i % 2, places[d] || '职业技能培训学校', case when i % 5 = 0 then 'REMOTE' else 'ON_SITE' end,
            districts[d], case when i % 5 = 0 then null else '锦州市' || places[d] || '某路 ' || (i * 3) || ' 号' end,
            fee, i % 4 <> 0, case when i % 4 <> 0 then fee * 0.8 end,
            '理论与实操结合，结业考核合格颁发职业技能等级证书。', 'PUBLISHED', now() - interval '200 days',
            now() - interval '200 days')
    returning id into cid;
    -- The session that ended.
    insert into course_session (course_id, starts_on, ends_on, schedule, capacity, confirmed_count)
    values (cid, today - 40 - i * 9, today - 30 - i * 9, '周一至周五 8:30-16:30', 30, 0)
    returning id into sid;
    for n in 0 .. 17 + i % 9 loop
      w := 3 + (i * 29 + n) % 598;
      roll := random();
      later := (today - 55 - i * 9)::timestamptz + make_interval(hours => n * 5);
      insert into enrolment (session_id, worker_subject, worker_name, status, enrolled_at, confirmed_at, ended_at,
                             certificate_number)
      values (sid, worker_ids[w], worker_names[w],
              case when roll < 0.08 then 'CANCELLED' when roll < 0.15 then 'NO_SHOW' else 'COMPLETED' end,
              later, later, case when roll < 0.08 then later + interval '3 days'
                                 else (today - 30 - i * 9)::timestamptz end,
              case when roll >= 0.15 then 'JZ' || extract(year from today)::int || lpad((i * 100 + n)::text, 5, '0') end)
      returning id into eid;
      if roll >= 0.15 and i % 4 <> 0 and random() < 0.75 then
        insert into subsidy_claim (enrolment_id, worker_subject, occupation_code, skill_level, year, jurisdiction,
                                   status, amount, reason, decided_by, decided_at, created_at)
        values (eid, worker_ids[w], course_codes[k], 3 + i % 2,
                extract(year from (today - 30 - i * 9))::int, districts[d],
                case when n % 9 = 0 then 'SUBMITTED' when n % 13 = 0 then 'REJECTED' else 'APPROVED' end,
                case when n % 9 <> 0 and n % 13 <> 0 then fee * 0.8 end,
                case when n % 13 = 0 and n % 9 <> 0 then '同一职业同一等级本年度已享受过补贴' end,
                case when n % 9 <> 0 then 'trainer.city' end,
                case when n % 9 <> 0 then (today - 20 - i * 9)::timestamptz end, (today - 28 - i * 9)::timestamptz);
      end if;
    end loop;
    update course_session s set confirmed_count = (select count(*) from enrolment e where e.session_id = s.id
                                                     and e.status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW'))
     where s.id = sid;
    -- The session to come: every third one full (20 seats) with people waiting.
    insert into course_session (course_id, starts_on, ends_on, schedule, capacity, confirmed_count)
    values (cid, today + 5 + i * 3, today + 15 + i * 3, '周一至周五 8:30-16:30', 20, 0)
    returning id into sid;
    for n in 0 .. case when i % 3 = 0 then 23 else 4 + i % 11 end loop
      w := case when n = 0 and i = 1 then 1 else 3 + (i * 31 + n) % 598 end;
      later := now() - make_interval(days => 20 - n % 20, hours => n);
      insert into enrolment (session_id, worker_subject, worker_name, status, waitlist_seq, enrolled_at, confirmed_at)
      values (sid, worker_ids[w], worker_names[w], case when n < 20 then 'CONFIRMED' else 'WAITLISTED' end,
              case when n >= 20 then n - 19 end, later, case when n < 20 then later end);
    end loop;
    update course_session s
       set confirmed_count = (select count(*) from enrolment e where e.session_id = s.id and e.status = 'CONFIRMED'),
           waitlist_seq = coalesce((select max(waitlist_seq) from enrolment e where e.session_id = s.id), 0)
     where s.id = sid;
  end loop;
  -- wang.worker waits for a seat in a full session.
  insert into enrolment (session_id, worker_subject, worker_name, status, waitlist_seq, enrolled_at)
  select s.id, worker_ids[1], worker_names[1], 'WAITLISTED', s.waitlist_seq + 1, now() - interval '2 days'
    from course_session s where s.capacity = 20 and s.confirmed_count = 20 order by s.starts_on limit 1;
  update course_session s set waitlist_seq = waitlist_seq + 1
   where s.id = (select e.session_id from enrolment e where e.worker_subject = worker_ids[1] and e.status = 'WAITLISTED');
end $$;

-- The list of employers named for serious arrears: one listed, one taken off early (name_key as EmployerNames makes it).
insert into arrears_list_entry (employer_name, name_key, credit_code, included_on, legal_basis, reason, removal_due,
                                removed_on, removal_reason, created_by, created_at)
values ('古塔区宏达建筑工程有限公司', '古塔区宏达建筑工程有限公司', null, current_date - 200,
        '保障农民工工资支付条例第四十八条；拖欠农民工工资失信联合惩戒对象名单管理暂行办法第五条',
        '拖欠 23 名农民工工资 41.6 万元，经责令支付仍不支付', current_date - 200 + interval '3 years', null, null,
        'inspector.city', now() - interval '200 days'),
       ('太和区金泰物流有限公司', '太和区金泰物流有限公司', null, current_date - 400,
        '保障农民工工资支付条例第四十八条；拖欠农民工工资失信联合惩戒对象名单管理暂行办法第五条',
        '拖欠 12 名司机工资，经责令支付仍不支付', current_date - 400 + interval '3 years', current_date - 100,
        '已足额支付拖欠工资并作出信用承诺', 'inspector.city', now() - interval '400 days');

-- The helpers live as long as the connection, which goes back to the pool.
drop function pg_temp.pick(text[]), pg_temp.check_char(text), pg_temp.tracking(text, timestamptz), pg_temp.id_number(text, date, int),
     pg_temp.step(bigint, timestamptz, text, text, text, text, text, text, jsonb),
     pg_temp.clock(text, bigint, text, date, int, text, boolean), pg_temp.day(timestamptz);
