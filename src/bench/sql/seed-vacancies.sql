-- Seeds vacancies :from .. :to (psql variables) with realistic Chinese text, spread over districts, occupations,
-- pay, posting dates and validity (about 10 % expired, 5 % not published). search_text and search_terms are made
-- exactly as the application makes them for this text (SearchTerms: normalised, so lower case and no spaces; the
-- fields joined by punctuation, which becomes one space; character bigrams that do not span it).
with vocab as (
  select array['电焊工','焊工学徒','电工','水电工','中式厨师','厨师助理','保洁员','保安员','快递员','货车司机',
               '叉车司机','钢筋工','木工','瓦工','油漆工','装修工','服务员','收银员','搬运工','仓库管理员',
               '缝纫工','车工','养老护理员','家政服务员','育婴员','汽车维修工','砌筑工','架子工','混凝土工','管道工'] as titles,
         array['6-18-02-04','6-18-02-04','6-24-01-01','6-24-01-01','4-03-02-01','4-03-02-01','4-09-09-01','4-07-05-01',
               '4-02-07-01','4-02-02-02','6-30-01-02','6-29-01-04','6-29-03-02','6-29-01-01','6-29-03-03','6-29-03-02',
               '4-03-02-05','4-01-02-03','4-02-06-01','4-02-06-01','6-05-02-02','6-18-01-01','4-10-01-03','4-10-01-01',
               '4-10-01-05','4-12-01-01','6-29-01-01','6-29-01-05','6-29-01-03','6-29-04-01'] as codes,
         array['锦州','凌海','北镇','黑山','义县','古塔','太和','凌河'] as places,
         array['宏达','鑫源','华兴','永盛','金泰','恒通','利民','顺发','东方','新星','振兴','嘉禾'] as names,
         array['建筑工程有限公司','机械制造有限公司','物流有限公司','餐饮管理有限公司','物业服务有限公司',
               '劳务派遣有限公司','汽车服务有限公司','家政服务有限公司'] as kinds,
         array['210702','210703','210711','210726','210727','210781','210782'] as districts,
         array['日常','现场','车间','店内','夜班','白班'] as shifts
), rows as (
  select g as n,
         1 + (hashint4(g) & 2147483647) % 30 as t,
         1 + (hashint4(g * 7 + 1) & 2147483647) % 7 as d,
         vocab.*,
         (hashint4(g * 13 + 5) & 2147483647) % 1000 as r
    from generate_series(:from, :to) g, vocab
), texts as (
  select n, t, d, r, codes, districts,
         titles[t] as title,
         places[1 + n % 8] || names[1 + (n / 8) % 12] || kinds[1 + (n / 96) % 8] as employer,
         '负责' || titles[t] || '相关工作 按要求完成' || shifts[1 + n % 6] || '任务 服从安排' as duties
    from rows
)
insert into vacancy (job_center, status, employer_name, employer_credit_code, title, duties, requirements, headcount,
                     district, address, pay_min, pay_max, pay_unit, pay_min_monthly, occupation_code, employment_type,
                     valid_through, social_insurance, housing, meals, contact_name, contact_phone, posted_at,
                     created_at, updated_at, search_text, search_terms)
select districts[d], case when r < 50 then 'WITHDRAWN' else 'PUBLISHED' end, employer, '91210700MA0Y0D6U42',
       title, duties, '身体健康 有相关经验者优先', 1 + r % 20, districts[d], '锦州市某路' || (n % 500) || '号',
       3000 + (r % 40) * 100, 4000 + (r % 40) * 150, 'MONTH', 3000 + (r % 40) * 100, codes[t],
       case when r % 10 = 0 then 'TEMPORARY' else 'FULL_TIME' end,
       current_date + (case when r < 100 then -1 - r % 30 else 1 + r % 89 end),
       r % 2 = 0, r % 3 = 0, r % 5 = 0, '招聘专员', '13912345678',
       now() - make_interval(secs => (hashint4(n * 31 + 7) & 2147483647) % 5184000),
       now(), now(), st,
       array(select distinct substr(st, i, 2) from generate_series(1, char_length(st) - 1) i
              where position(' ' in substr(st, i, 2)) = 0)
  from (select *, replace(replace(lower(title || '|' || employer || '|' || duties), ' ', ''), '|', ' ') as st
          from texts) x;
