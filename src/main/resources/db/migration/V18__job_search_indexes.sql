-- Job search that stays fast for every filter shape (JobSearchService, README "Job search by filter shape"):
-- * the equality filters (district, occupation code at every level, employment type, steps of the monthly pay floor:
--   "p:6500" = at least 6,500 a month) become tokens in one GIN index with the keyword bigrams, so any combination of
--   them is one exact index intersection, whatever their correlation;
-- * the indexes in posting order (all live vacancies; by district; by occupation; by employment type) carry
--   valid_through, so the service can find where a bounded walk ends from the index alone. The service bounds every
--   walk itself: the planner walked the district and occupation indexes expecting matches that a correlated keyword
--   never had (焊工 among cooks: a million rows visited).
create function vacancy_pay_steps(monthly numeric) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg('p:' || step order by step), '{}')
      from unnest(array[1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 5500, 6000, 6500, 7000, 7500, 8000,
                        9000, 10000, 12000, 15000, 20000, 30000, 50000]) step
     where step <= monthly
$$;

alter table vacancy add column search_facets text[] generated always as (array[
    'd:' || district,
    't:' || employment_type,
    'o:' || substr(occupation_code, 1, 1),
    'o:' || substr(occupation_code, 1, 4),
    'o:' || substr(occupation_code, 1, 7),
    'o:' || occupation_code] || vacancy_pay_steps(pay_min_monthly)) stored;

drop index vacancy_published_recent;
create index vacancy_published_recent on vacancy (posted_at desc, id desc) include (valid_through)
    where status = 'PUBLISHED';
drop index vacancy_published_terms;
drop index vacancy_published_district;
drop index vacancy_published_occupation;
create index vacancy_published_district on vacancy (district, posted_at desc, id desc) include (valid_through)
    where status = 'PUBLISHED';
create index vacancy_published_occupation on vacancy (occupation_code, posted_at desc, id desc) include (valid_through)
    where status = 'PUBLISHED';
create index vacancy_published_type on vacancy (employment_type, posted_at desc, id desc) include (valid_through)
    where status = 'PUBLISHED';
create index vacancy_published_search on vacancy using gin (search_terms, search_facets) where status = 'PUBLISHED';

-- District, occupation and employment type are not independent (a district has its industries): the planner needs
-- that to choose how to read the walk of a combination of them.
create statistics vacancy_filter_stats (mcv, dependencies) on district, occupation_code, employment_type from vacancy;
