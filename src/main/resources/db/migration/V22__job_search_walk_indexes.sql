-- Job search walks in posting order within the district, occupation or employment type asked for (JobSearchService
-- bounds every walk itself; the planner had walked these indexes expecting matches a correlated keyword never had).
-- Each walk index carries valid_through, so the service finds where a bounded walk ends from the index alone.
-- V18 as it landed already creates them; "if not exists" keeps this a no-op there and complete everywhere else.
create index if not exists vacancy_published_district on vacancy (district, posted_at desc, id desc) include (valid_through)
    where status = 'PUBLISHED';
create index if not exists vacancy_published_occupation on vacancy (occupation_code, posted_at desc, id desc) include (valid_through)
    where status = 'PUBLISHED';
create index if not exists vacancy_published_type on vacancy (employment_type, posted_at desc, id desc) include (valid_through)
    where status = 'PUBLISHED';

-- District, occupation and employment type are not independent (a district has its industries): the planner needs
-- that to choose how to read the walk of a combination of them.
create statistics if not exists vacancy_filter_stats (mcv, dependencies) on district, occupation_code, employment_type from vacancy;
