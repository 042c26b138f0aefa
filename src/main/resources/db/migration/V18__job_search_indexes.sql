-- Job search that stays fast for every filter shape (JobSearchService, README "Job search by filter shape"): the
-- equality filters (district, occupation code at every level, employment type, steps of the monthly pay floor:
-- "p:6500" = at least 6,500 a month) become tokens in one GIN index with the keyword bigrams, so any combination of
-- them is one exact index intersection, whatever their correlation. The district and occupation indexes in posting
-- order go: the planner walked them expecting matches that a correlated keyword never had (焊工 among cooks: a
-- million rows visited), and search no longer filters those columns directly.
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

-- The posting-order index carries valid_through, so finding where the newest-rows window ends reads the index alone.
drop index vacancy_published_recent;
create index vacancy_published_recent on vacancy (posted_at desc, id desc) include (valid_through)
    where status = 'PUBLISHED';
drop index vacancy_published_terms;
drop index vacancy_published_district;
drop index vacancy_published_occupation;
create index vacancy_published_search on vacancy using gin (search_terms, search_facets) where status = 'PUBLISHED';
