-- Finer pay steps for job search (issue #11): with steps 500 yuan apart a floor of 6,800 read every vacancy paying
-- 6,500 or more from the GIN index and rechecked the difference (a keyword with such a floor took 31 ms at 61 rows).
-- Every 200 yuan up to 10,000, the index returns the true matches of a floor on a step. Immutable, so the generated
-- column is dropped and added again with the new function (PostgreSQL 15 cannot change a generation expression).
create function vacancy_pay_floor_steps(monthly numeric) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg('p:' || step order by step), '{}')
      from unnest(array[
      1000, 1200, 1400, 1600, 1800, 2000, 2200, 2400, 2600, 2800, 3000, 3200, 3400, 3600, 3800, 4000, 4200, 4400,
      4600, 4800, 5000, 5200, 5400, 5600, 5800, 6000, 6200, 6400, 6600, 6800, 7000, 7200, 7400, 7600, 7800, 8000,
      8200, 8400, 8600, 8800, 9000, 9200, 9400, 9600, 9800, 10000, 12000, 15000, 20000, 30000, 50000]) step
     where step <= monthly
$$;

drop index vacancy_published_search;
alter table vacancy drop column search_facets;
alter table vacancy add column search_facets text[] generated always as (array[
    'd:' || district,
    't:' || employment_type,
    'o:' || substr(occupation_code, 1, 1),
    'o:' || substr(occupation_code, 1, 4),
    'o:' || substr(occupation_code, 1, 7),
    'o:' || occupation_code] || vacancy_pay_floor_steps(pay_min_monthly)) stored;
create index vacancy_published_search on vacancy using gin (search_terms, search_facets) where status = 'PUBLISHED';
drop function vacancy_pay_steps(numeric);
analyze vacancy;
