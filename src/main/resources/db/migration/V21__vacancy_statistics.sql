-- Statistics of published vacancies by district, month posted and occupation major group (职业分类大典 大类), read by
-- GET /api/v1/statistics/jobs; rebuilt with the other summaries (StatisticsRefresh).
create materialized view vacancy_statistics as
select v.district,
       date_trunc('month', v.posted_at at time zone 'Asia/Shanghai')::date as month,
       left(v.occupation_code, 1) as occupation_group,
       count(*) as published,
       sum(v.headcount) as headcount,
       percentile_cont(0.5) within group (order by v.pay_min_monthly) as pay_median,
       coalesce(sum(a.applications), 0) as applications,
       now() as computed_at
  from vacancy v
  left join (select vacancy_id, count(*) as applications from job_application group by vacancy_id) a
    on a.vacancy_id = v.id
 where v.posted_at is not null
 group by v.district, month, occupation_group;

create unique index vacancy_statistics_cell on vacancy_statistics (district, month, occupation_group);
