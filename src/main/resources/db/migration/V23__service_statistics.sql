-- Statistics of legal aid, residence permits and training (seed measure 18), read by GET /api/v1/statistics/...;
-- materialised views rebuilt with the wage summaries (StatisticsRefresh), so a request reads a few hundred rows.

-- Legal-aid requests by office and month applied. A request counts as approved or refused by its first decision
-- (so decided = approved + refused); aid ordered on an objection after a refusal is counted apart.
create materialized view legal_aid_statistics as
with request as (
    select c.jurisdiction, c.status, c.overdue_since, c.created_at,
           date_trunc('month', c.created_at at time zone 'Asia/Shanghai')::date as month,
           l.matter_type, l.refusal_reason, l.outcome, l.provisional, l.amount_claimed, l.amount_obtained,
           (select min(h.at) from case_history h where h.case_id = c.id and h.to_status = 'APPROVED') as approved_at,
           (select min(h.at) from case_history h where h.case_id = c.id and h.to_status = 'REFUSED') as refused_at,
           (select min(h.at) from case_history h
             where h.case_id = c.id and h.to_status = 'OBJECTION_PENDING') as objected_at,
           (select min(h.at) from case_history h where h.case_id = c.id and h.to_status = 'ASSIGNED') as assigned_at,
           (select min(h.at) from case_history h
             where h.case_id = c.id and h.to_status = 'OUTCOME_RECORDED') as resolved_at,
           (select d.due_date from deadline d
             where d.subject_type = c.case_type and d.subject_id = c.id and d.purpose = 'DECISION') as decision_due
      from case_file c
      join legal_aid_request l on l.case_id = c.id
     where c.case_type = 'LEGAL_AID'
), decided as (
    select request.*, least(approved_at, refused_at) as decided_at,
           approved_at is not null and (refused_at is null or approved_at < refused_at) as approved_first
      from request
), cell as (
    select jurisdiction, month,
           count(*) as filed,
           count(*) filter (where decided_at is not null and approved_first) as approved,
           count(*) filter (where decided_at is not null and not approved_first) as refused,
           count(*) filter (where provisional) as granted_provisionally,
           count(objected_at) as objected,
           count(*) filter (where objected_at is not null and approved_at > refused_at) as aid_ordered_on_objection,
           count(assigned_at) as assigned,
           count(resolved_at) as resolved,
           count(*) filter (where status = 'WITHDRAWN') as withdrawn,
           count(*) filter (where overdue_since is not null
                              and status in ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'OBJECTION_PENDING'))
               as overdue_now,
           count(decided_at) as decided,
           count(*) filter (where (decided_at at time zone 'Asia/Shanghai')::date <= decision_due)
               as decided_within_clock,
           percentile_cont(0.5) within group (order by extract(epoch from decided_at - created_at) / 86400)
               as days_to_decision_median,
           percentile_cont(0.9) within group (order by extract(epoch from decided_at - created_at) / 86400)
               as days_to_decision_p90,
           percentile_cont(0.5) within group (order by extract(epoch from assigned_at - approved_at) / 86400)
               as days_to_assignment_median,
           percentile_cont(0.9) within group (order by extract(epoch from assigned_at - approved_at) / 86400)
               as days_to_assignment_p90,
           coalesce(sum(amount_claimed), 0) as amount_claimed,
           coalesce(sum(amount_obtained), 0) as amount_obtained
      from decided
     group by jurisdiction, month
), by_matter as (
    select jurisdiction, month, jsonb_object_agg(matter_type, n order by matter_type) as filed_by_matter
      from (select jurisdiction, month, matter_type, count(*) as n from request
             group by jurisdiction, month, matter_type) m
     group by jurisdiction, month
), by_reason as (
    select jurisdiction, month, jsonb_object_agg(refusal_reason, n order by refusal_reason) as refused_by_reason
      from (select jurisdiction, month, refusal_reason, count(*) as n from decided
             where decided_at is not null and not approved_first and refusal_reason is not null
             group by jurisdiction, month, refusal_reason) r
     group by jurisdiction, month
), by_outcome as (
    select jurisdiction, month, jsonb_object_agg(outcome, n order by outcome) as resolved_by_outcome
      from (select jurisdiction, month, outcome, count(*) as n from request
             where resolved_at is not null and outcome is not null group by jurisdiction, month, outcome) o
     group by jurisdiction, month
)
select cell.*,
       coalesce(by_matter.filed_by_matter, '{}'::jsonb) as filed_by_matter,
       coalesce(by_reason.refused_by_reason, '{}'::jsonb) as refused_by_reason,
       coalesce(by_outcome.resolved_by_outcome, '{}'::jsonb) as resolved_by_outcome,
       now() as computed_at
  from cell
  left join by_matter using (jurisdiction, month)
  left join by_reason using (jurisdiction, month)
  left join by_outcome using (jurisdiction, month);

create unique index legal_aid_statistics_cell on legal_aid_statistics (jurisdiction, month);

-- Residence-permit applications by office and month applied: the issue clock runs from acceptance.
create materialized view residence_permit_statistics as
with application as (
    select c.jurisdiction, c.status, c.overdue_since, c.created_at,
           date_trunc('month', c.created_at at time zone 'Asia/Shanghai')::date as month,
           a.refusal_reason,
           (select min(h.at) from case_history h where h.case_id = c.id and h.to_status = 'ACCEPTED') as accepted_at,
           (select min(h.at) from case_history h where h.case_id = c.id and h.to_status = 'REFUSED') as refused_at,
           (select min(h.at) from case_history h where h.case_id = c.id and h.to_status = 'ISSUED') as issued_at,
           (select min(h.at) from case_history h where h.case_id = c.id and h.to_status = 'COLLECTED') as collected_at,
           (select d.due_date from deadline d
             where d.subject_type = c.case_type and d.subject_id = c.id and d.purpose = 'ISSUE') as issue_due
      from case_file c
      join residence_application a on a.case_id = c.id
     where c.case_type = 'RESIDENCE_PERMIT'
), cell as (
    select jurisdiction, month,
           count(*) as filed,
           count(accepted_at) as accepted,
           count(refused_at) as refused,
           count(issued_at) as issued,
           count(collected_at) as collected,
           count(*) filter (where status = 'WITHDRAWN') as withdrawn,
           count(*) filter (where status in ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED',
                                             'ACCEPTED_AWAITING_SUPPLEMENT')) as pending,
           count(*) filter (where overdue_since is not null and status in ('ACCEPTED', 'ACCEPTED_AWAITING_SUPPLEMENT'))
               as overdue_now,
           count(*) filter (where (issued_at at time zone 'Asia/Shanghai')::date <= issue_due) as issued_within_clock,
           percentile_cont(0.5) within group (order by extract(epoch from accepted_at - created_at) / 86400)
               as days_to_acceptance_median,
           percentile_cont(0.9) within group (order by extract(epoch from accepted_at - created_at) / 86400)
               as days_to_acceptance_p90,
           percentile_cont(0.5) within group (order by extract(epoch from issued_at - accepted_at) / 86400)
               as days_to_issue_median,
           percentile_cont(0.9) within group (order by extract(epoch from issued_at - accepted_at) / 86400)
               as days_to_issue_p90
      from application
     group by jurisdiction, month
), by_reason as (
    select jurisdiction, month, jsonb_object_agg(refusal_reason, n order by refusal_reason) as refused_by_reason
      from (select jurisdiction, month, refusal_reason, count(*) as n from application
             where refused_at is not null and refusal_reason is not null
             group by jurisdiction, month, refusal_reason) r
     group by jurisdiction, month
)
select cell.*, coalesce(by_reason.refused_by_reason, '{}'::jsonb) as refused_by_reason, now() as computed_at
  from cell
  left join by_reason using (jurisdiction, month);

create unique index residence_permit_statistics_cell on residence_permit_statistics (jurisdiction, month);

-- Training by the course's office, month enrolled and occupation major group. An enrolment counts while it holds or
-- held a seat (as the yearly target counts, TrainingProgressService); waitlisted ones are counted apart.
create materialized view training_statistics as
select c.jurisdiction,
       date_trunc('month', e.enrolled_at at time zone 'Asia/Shanghai')::date as month,
       left(c.occupation_code, 1) as occupation_group,
       count(*) filter (where e.status in ('CONFIRMED', 'COMPLETED', 'NO_SHOW')) as enrolments,
       count(*) filter (where e.status = 'COMPLETED') as completions,
       count(*) filter (where e.status = 'WAITLISTED') as waitlisted,
       count(sc.id) filter (where sc.status = 'APPROVED') as subsidies_approved,
       coalesce(sum(sc.amount) filter (where sc.status = 'APPROVED'), 0) as subsidy_amount,
       now() as computed_at
  from enrolment e
  join course_session s on s.id = e.session_id
  join course c on c.id = s.course_id
  left join subsidy_claim sc on sc.enrolment_id = e.id
 group by 1, 2, 3;

create unique index training_statistics_cell on training_statistics (jurisdiction, month, occupation_group);
