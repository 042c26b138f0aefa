-- Targets for the write benchmark (bench-writes.sh): :n course sessions with room for everyone and :n published
-- vacancies, so that every enrolment and every application of the run is a new one (one per worker and target).
insert into course (programme, title, occupation_code, skill_level, provider, mode, jurisdiction, address, fee,
                    subsidy_eligible, subsidy_amount, status, created_at, updated_at)
values ('SPRING_TIDE', '春潮行动·焊工（压测）', '6-18-02-04', 4, '锦州市职业技能培训中心', 'ON_SITE', '210702',
        '锦州市古塔区北京路 1 号', 1800, true, 1800, 'PUBLISHED', now(), now());
insert into course_session (course_id, starts_on, ends_on, schedule, capacity)
select (select max(id) from course), current_date + 30, current_date + 50, '周一至周五 8:30-16:30', 10000
  from generate_series(1, :n);
