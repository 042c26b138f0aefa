-- Statistics of wage complaints by handling office and month of filing (seed measure 18), read by
-- GET /api/v1/statistics/wage-complaints. A materialised view: a request reads a few hundred rows, never the cases;
-- StatisticsRefresh rebuilds it on a schedule (concurrently, so reads go on; one instance at a time).
create materialized view wage_complaint_statistics as
with complaint as (
    select c.id, c.jurisdiction, c.status, c.overdue_since,
           date_trunc('month', c.created_at at time zone 'Asia/Shanghai')::date as month,
           c.created_at, w.refusal_reason, w.outcome, w.amount_owed, w.amount_recovered, w.workers_affected,
           (select min(h.at) from case_history h where h.case_id = c.id and h.action = 'ACCEPT') as accepted_at,
           (select min(h.at) from case_history h where h.case_id = c.id and h.to_status = 'REFUSED') as refused_at,
           (select min(h.at) from case_history h
             where h.case_id = c.id and h.to_status = 'OUTCOME_RECORDED') as resolved_at,
           (select d.due_date from deadline d
             where d.subject_type = c.case_type and d.subject_id = c.id and d.purpose = 'ACCEPTANCE') as acceptance_due
      from case_file c
      join wage_complaint w on w.case_id = c.id
     where c.case_type = 'WAGE_COMPLAINT'
), cell as (
    select jurisdiction, month,
           count(*) as filed,
           sum(workers_affected) as workers,
           count(accepted_at) as accepted,
           count(refused_at) as refused,
           count(resolved_at) as resolved,
           count(*) filter (where status = 'WITHDRAWN') as withdrawn,
           count(*) filter (where overdue_since is not null
                              and status in ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'INVESTIGATING')) as overdue_now,
           count(*) filter (where coalesce(accepted_at, refused_at) is not null) as decided,
           count(*) filter (where (coalesce(accepted_at, refused_at) at time zone 'Asia/Shanghai')::date
                                  <= acceptance_due) as decided_within_clock,
           percentile_cont(0.5) within group (
               order by extract(epoch from accepted_at - created_at) / 86400) as days_to_acceptance_median,
           percentile_cont(0.9) within group (
               order by extract(epoch from accepted_at - created_at) / 86400) as days_to_acceptance_p90,
           percentile_cont(0.5) within group (
               order by extract(epoch from resolved_at - created_at) / 86400) as days_to_resolution_median,
           percentile_cont(0.9) within group (
               order by extract(epoch from resolved_at - created_at) / 86400) as days_to_resolution_p90,
           coalesce(sum(amount_owed), 0) as amount_owed,
           coalesce(sum(amount_recovered), 0) as amount_recovered
      from complaint
     group by jurisdiction, month
), by_reason as (
    select jurisdiction, month, jsonb_object_agg(refusal_reason, n order by refusal_reason) as refused_by_reason
      from (select jurisdiction, month, refusal_reason, count(*) as n from complaint
             where refusal_reason is not null group by jurisdiction, month, refusal_reason) r
     group by jurisdiction, month
), by_outcome as (
    select jurisdiction, month, jsonb_object_agg(outcome, n order by outcome) as resolved_by_outcome
      from (select jurisdiction, month, outcome, count(*) as n from complaint
             where outcome is not null group by jurisdiction, month, outcome) o
     group by jurisdiction, month
)
select cell.*,
       coalesce(by_reason.refused_by_reason, '{}'::jsonb) as refused_by_reason,
       coalesce(by_outcome.resolved_by_outcome, '{}'::jsonb) as resolved_by_outcome,
       now() as computed_at
  from cell
  left join by_reason using (jurisdiction, month)
  left join by_outcome using (jurisdiction, month);

-- Needed by REFRESH ... CONCURRENTLY, and the order requests read in.
create unique index wage_complaint_statistics_cell on wage_complaint_statistics (jurisdiction, month);
