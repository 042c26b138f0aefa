-- Statistics of anonymous wage-arrears reports (举报) by handling office and month received, read by
-- GET /api/v1/statistics/wage-reports; rebuilt with the complaints' summary (StatisticsRefresh).
create materialized view wage_report_statistics as
with report as (
    select c.jurisdiction, c.status, r.close_reason, r.workers_affected, r.received_at,
           date_trunc('month', r.received_at at time zone 'Asia/Shanghai')::date as month,
           (select min(h.at) from case_history h
             where h.case_id = c.id and h.to_status in ('CASE_OPENED', 'CLOSED')) as handled_at
      from wage_report r
      join case_file c on c.id = r.case_id
), cell as (
    select jurisdiction, month,
           count(*) as received,
           coalesce(sum(workers_affected), 0) as workers,
           count(*) filter (where status = 'CASE_OPENED') as case_opened,
           count(*) filter (where status = 'CLOSED') as closed,
           count(*) filter (where status = 'RECEIVED') as pending,
           percentile_cont(0.5) within group (
               order by extract(epoch from handled_at - received_at) / 86400) as days_to_handling_median,
           percentile_cont(0.9) within group (
               order by extract(epoch from handled_at - received_at) / 86400) as days_to_handling_p90
      from report
     group by jurisdiction, month
), by_reason as (
    select jurisdiction, month, jsonb_object_agg(close_reason, n order by close_reason) as closed_by_reason
      from (select jurisdiction, month, close_reason, count(*) as n from report
             where close_reason is not null group by jurisdiction, month, close_reason) r
     group by jurisdiction, month
)
select cell.*, coalesce(by_reason.closed_by_reason, '{}'::jsonb) as closed_by_reason, now() as computed_at
  from cell
  left join by_reason using (jurisdiction, month);

create unique index wage_report_statistics_cell on wage_report_statistics (jurisdiction, month);
