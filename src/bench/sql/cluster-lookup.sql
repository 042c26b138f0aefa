-- The statements a new filing runs to join its cluster (ArrearsClusters.link), at the benchmark's size: find the
-- clusters sharing one of its keys within 90 days, then the cluster's figures for the thresholds. Run after
-- seed-arrears-links.sql: psql -f src/bench/sql/cluster-lookup.sql mwportal_bench_stats
\timing on
select count(*) as links, count(distinct cluster_id) as clusters from arrears_link;

explain (analyze, buffers, costs off)
select distinct cluster_id from arrears_link
 where filed_at >= now() - interval '90 days'
   and (name_key = '锦州某建筑劳务有限公司1234'
        or project_key = '项目1234'
        or contractor_key = '总包34建设有限公司')
 order by cluster_id;

explain (analyze, buffers, costs off)
select count(*), sum(workers), coalesce(sum(amount_owed), 0),
       cast(array_agg(distinct jurisdiction order by jurisdiction) as text)
  from arrears_link where cluster_id = (select cluster_id from arrears_link limit 1)
   and filed_at >= now() - interval '90 days';
