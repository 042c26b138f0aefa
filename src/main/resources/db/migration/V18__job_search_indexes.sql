-- Job search that stays fast for every filter shape (docs/rules.md, "Search"):
-- * equality filters (district, occupation code at every level, employment type) as tokens in one GIN index with the
--   keyword bigrams, so a keyword combined with them is one exact index intersection, whatever their correlation;
-- * a covering index in posting order that carries the scalar filter columns, so a filter-only search walks the
--   index without visiting the table;
-- * an index on the monthly pay floor, so a high minimum pay with few matches is an index range, not a scan.
-- The district and occupation indexes in posting order go: with a keyword the planner walked them expecting matches
-- that a correlated keyword never had (焊工 in cooks: one million rows visited).
alter table vacancy add column search_facets text[] generated always as (array[
    'd:' || district,
    't:' || employment_type,
    'o:' || substr(occupation_code, 1, 1),
    'o:' || substr(occupation_code, 1, 4),
    'o:' || substr(occupation_code, 1, 7),
    'o:' || occupation_code]) stored;

drop index vacancy_published_terms;
drop index vacancy_published_district;
drop index vacancy_published_occupation;
drop index vacancy_published_recent;

create index vacancy_published_search on vacancy using gin (search_terms, search_facets) where status = 'PUBLISHED';
create index vacancy_published_recent on vacancy (posted_at desc, id desc)
    include (valid_through, district, occupation_code, employment_type, pay_min_monthly) where status = 'PUBLISHED';
create index vacancy_published_pay on vacancy (pay_min_monthly) where status = 'PUBLISHED';

-- District, occupation and employment type are not independent (a district has its industries): tell the planner.
create statistics vacancy_filter_stats (mcv, dependencies) on district, occupation_code, employment_type from vacancy;
