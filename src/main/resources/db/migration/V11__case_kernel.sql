-- The finished case kernel (docs/architecture.md): urgency and missing items are the kernel's, a case may refer to
-- another, and a case need not have an owner (an anonymous report, a case opened ex officio). Anonymous reports
-- become cases of their own type, so that the office gets a queue, actions and a history for them.

alter table case_file add column urgent boolean not null default false;
alter table case_file add column missing_items jsonb;
alter table case_file add column related_case_id bigint references case_file (id);
alter table case_file alter column owner_subject drop not null;
create index case_file_related on case_file (related_case_id) where related_case_id is not null;

update case_file c set missing_items = w.missing_items
  from wage_complaint w where w.case_id = c.id and w.missing_items is not null;
alter table wage_complaint drop column missing_items;

-- A complaint opened by the office from a report (ex officio) has no complainant, and may not know the amount or
-- the period yet.
alter table wage_complaint alter column complainant_name drop not null;
alter table wage_complaint alter column complainant_id_number drop not null;
alter table wage_complaint alter column complainant_phone drop not null;
alter table wage_complaint alter column period_start drop not null;
alter table wage_complaint alter column period_end drop not null;
alter table wage_complaint alter column amount_owed drop not null;
alter table wage_complaint add constraint wage_complaint_complainant_whole
  check ((complainant_name is null) = (complainant_id_number is null)
     and (complainant_name is null) = (complainant_phone is null));

-- Reports as cases: every report received so far waits in the queue of the office it was routed to.
alter table wage_report add column case_id bigint unique references case_file (id);
do $$
declare
  r record;
  new_id bigint;
begin
  for r in select * from wage_report order by id loop
    insert into case_file (case_type, tracking_number, status, owner_subject, jurisdiction, created_at, updated_at)
    values ('WAGE_REPORT',
            'WR-' || extract(year from r.received_at at time zone 'Asia/Shanghai')::int || '-'
              || upper(substr(md5(random()::text || r.id), 1, 4)) || '-'
              || upper(substr(md5(r.id || random()::text), 1, 4)),
            'RECEIVED', null, r.jurisdiction, r.received_at, r.received_at)
    returning id into new_id;
    update wage_report set case_id = new_id where id = r.id;
    insert into case_history (case_id, at, actor_role, actor_name, action, from_status, to_status)
    values (new_id, r.received_at, 'anonymous', 'anonymous', 'SUBMIT', null, 'RECEIVED');
  end loop;
end $$;
alter table wage_report alter column case_id set not null;
alter table wage_report add column close_reason varchar(30)
  check (close_reason in ('NO_VIOLATION_FOUND', 'NOT_IDENTIFIABLE', 'DUPLICATE', 'NOT_WITHIN_POWERS', 'OTHER'));
