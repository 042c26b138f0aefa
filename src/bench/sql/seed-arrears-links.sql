-- Links the benchmark's wage complaints (seed-wage-complaints.sql) for early warning, as ArrearsClusters would: the
-- employer's name as its key (the seed's names are already in normal form), a project and a general contractor for
-- the construction ones (2,000 sites, 300 contractors), one cluster per employer. For timing the cluster lookup of a
-- new filing (cluster-lookup.sql) at the benchmark's size; not realistic clusters.
truncate arrears_link;
insert into arrears_link (case_id, kind, filed_at, jurisdiction, employer_name, name_key, credit_code, project_key,
                          contractor_key, workers, amount_owed, cluster_id)
select c.id, 'COMPLAINT', c.created_at, c.jurisdiction, w.employer_name, w.employer_name, null,
       case when w.construction then '项目' || (c.id % 2000) end,
       case when w.construction then '总包' || (c.id % 300) || '建设有限公司' end,
       w.workers_affected, w.amount_owed, hashtext(w.employer_name) & 1048575
  from case_file c join wage_complaint w on w.case_id = c.id
 where c.case_type = 'WAGE_COMPLAINT';
analyze arrears_link;
