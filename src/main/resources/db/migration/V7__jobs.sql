-- Jobs: the occupation list, the discrimination screen (rules as data), vacancies and applications.

-- 职业分类大典 (2022 edition) occupations that the portal accepts. This ships a subset of the 1,639 occupations
-- (those migrant workers are most often hired for); more rows are added by migration as the list is completed.
create table occupation (
  code        varchar(11)  primary key check (code ~ '^\d-\d{2}-\d{2}-\d{2}$'),
  name_zh     varchar(100) not null,
  edition     varchar(10)  not null default '2022',
  major_group int          not null check (major_group between 1 and 8)
);

insert into occupation (code, name_zh, major_group) values
  ('4-01-02-01', '营业员', 4),
  ('4-01-02-03', '收银员', 4),
  ('4-02-02-01', '道路客运汽车驾驶员', 4),
  ('4-02-02-02', '道路货运汽车驾驶员', 4),
  ('4-02-06-01', '装卸搬运工', 4),
  ('4-02-07-01', '快递员', 4),
  ('4-03-01-01', '前厅服务员', 4),
  ('4-03-01-02', '客房服务员', 4),
  ('4-03-02-01', '中式烹调师', 4),
  ('4-03-02-03', '中式面点师', 4),
  ('4-03-02-05', '餐厅服务员', 4),
  ('4-07-05-01', '保安员', 4),
  ('4-09-09-01', '保洁员', 4),
  ('4-10-01-01', '家政服务员', 4),
  ('4-10-01-03', '养老护理员', 4),
  ('4-10-01-05', '育婴员', 4),
  ('4-12-01-01', '汽车维修工', 4),
  ('5-01-01-01', '农艺工', 5),
  ('5-03-01-01', '家畜饲养员', 5),
  ('6-01-01-01', '制米工', 6),
  ('6-02-01-01', '纺织纤维梳理工', 6),
  ('6-05-01-01', '服装制版师', 6),
  ('6-05-02-01', '裁剪工', 6),
  ('6-05-02-02', '缝纫工', 6),
  ('6-18-01-01', '车工', 6),
  ('6-18-01-02', '铣工', 6),
  ('6-18-02-04', '焊工', 6),
  ('6-20-01-01', '装配钳工', 6),
  ('6-24-01-01', '电工', 6),
  ('6-29-01-01', '砌筑工', 6),
  ('6-29-01-02', '石工', 6),
  ('6-29-01-03', '混凝土工', 6),
  ('6-29-01-04', '钢筋工', 6),
  ('6-29-01-05', '架子工', 6),
  ('6-29-02-01', '筑路工', 6),
  ('6-29-03-01', '防水工', 6),
  ('6-29-03-02', '装饰装修工', 6),
  ('6-29-03-03', '油漆工', 6),
  ('6-29-04-01', '管道工', 6),
  ('6-30-01-01', '起重装卸机械操作工', 6),
  ('6-30-01-02', '叉车司机', 6),
  ('6-31-01-01', '机修钳工', 6),
  ('6-31-01-03', '电梯安装维修工', 6),
  ('6-31-02-01', '汽车装调工', 6);

-- The screen of DESIGN.md section 6 and the 2025 notice on online job posts: regular expressions (PostgreSQL
-- and Java syntax alike) run over title, duties and requirements. Rows can be added without a code change.
create table screening_rule (
  id       serial       primary key,
  category varchar(40)  not null
    check (category in ('SEX', 'ETHNICITY', 'RELIGION', 'HUKOU_OR_REGION', 'MARRIAGE_OR_CHILDBIRTH',
                        'DISEASE_CARRIER', 'HYPE')),
  pattern  varchar(300) not null,
  note     varchar(200) not null
);

insert into screening_rule (category, pattern, note) values
  ('SEX', '(限|仅限|只招|仅招|只要|要求)(男|女)(性|士|生)?', '就业促进法 Art 27'),
  ('SEX', '(男|女)(性|士|生)?优先', '就业促进法 Art 27'),
  ('SEX', '(不招|不要|谢绝)(男|女)(性|士|生)?', '就业促进法 Art 27'),
  ('ETHNICITY', '(限|仅限|只招|要求)汉族', '就业促进法 Art 28'),
  ('ETHNICITY', '汉族优先', '就业促进法 Art 28'),
  ('ETHNICITY', '(不招|不要|谢绝)(少数民族|[^，。,.\s]{1,4}族)', '就业促进法 Art 28'),
  ('RELIGION', '(不招|不要|谢绝|拒绝)[^，。,.\s]{0,4}(穆斯林|信教|宗教|信仰)', '人力资源市场暂行条例 Art 24'),
  ('RELIGION', '无宗教信仰', '人力资源市场暂行条例 Art 24'),
  ('HUKOU_OR_REGION', '(限|仅限|只招|要求)?本地(户口|户籍|人)', '人力资源市场暂行条例 Art 11'),
  ('HUKOU_OR_REGION', '(外地|农村|外省)(人|户口|户籍)?(勿扰|不要|除外|免谈)', '人力资源市场暂行条例 Art 11'),
  ('HUKOU_OR_REGION', '(不招|不要|谢绝)[^，。,.\s]{0,3}(外地|农村|外省)', '就业促进法 Art 31'),
  ('HUKOU_OR_REGION', '(限|仅限)城镇户口', '就业促进法 Art 31'),
  ('MARRIAGE_OR_CHILDBIRTH', '(限|要求|仅限)(未婚|已婚已育|已婚)', '就业促进法 Art 27'),
  ('MARRIAGE_OR_CHILDBIRTH', '(不招|不要|谢绝)孕妇', '就业促进法 Art 27'),
  ('MARRIAGE_OR_CHILDBIRTH', '(两|二|三|2|3)?年内不(得|能)?(生育|怀孕|结婚|生孩子)', '就业促进法 Art 27'),
  ('MARRIAGE_OR_CHILDBIRTH', '已育优先', '就业促进法 Art 27'),
  ('DISEASE_CARRIER', '乙肝(病毒)?(携带者)?(勿扰|不要|除外|免谈)', '就业促进法 Art 30'),
  ('DISEASE_CARRIER', '(不招|拒绝|谢绝)[^，。,.\s]{0,3}乙肝', '就业促进法 Art 30'),
  ('DISEASE_CARRIER', '(无|非)乙肝', '就业促进法 Art 30'),
  ('DISEASE_CARRIER', '乙肝两对半', '就业促进法 Art 30'),
  ('HYPE', '高薪', '2025 年网络招聘信息通知'),
  ('HYPE', '月入(过万|上万|万元)', '2025 年网络招聘信息通知'),
  ('HYPE', '(包|保证|保)(录取|入职|就业|上岗)', '2025 年网络招聘信息通知'),
  ('HYPE', '(躺赚|轻松赚钱|日赚[0-9一二三四五六七八九十百千万]+)', '2025 年网络招聘信息通知');

create table vacancy (
  id                   bigserial     primary key,
  job_center           varchar(6)    not null references jurisdiction (code),
  created_by_client    varchar(100),  -- the partner app (client id) that created it; null for job-centre staff
  status               varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN', 'FILLED')),
  employer_name        varchar(200)  not null,
  employer_credit_code varchar(18)   not null,
  title                varchar(100)  not null,
  duties               varchar(2000) not null,
  requirements         varchar(2000) not null,
  headcount            int           not null check (headcount between 1 and 10000),
  district             varchar(6)    not null references jurisdiction (code),
  address              varchar(200)  not null,
  pay_min              numeric(10,2) not null check (pay_min > 0),
  pay_max              numeric(10,2) not null check (pay_max >= pay_min),
  pay_unit             varchar(5)    not null check (pay_unit in ('MONTH', 'DAY', 'HOUR')),
  pay_min_monthly      numeric(16,2) not null,  -- pay_min per month, for the minimum-pay filter across units
  occupation_code      varchar(11)   not null references occupation (code),
  employment_type      varchar(12)   not null
    check (employment_type in ('FULL_TIME', 'PART_TIME', 'TEMPORARY', 'SEASONAL', 'INTERN')),
  valid_through        date          not null,
  social_insurance     boolean       not null,
  housing              boolean       not null,
  meals                boolean       not null,
  contact_name         varchar(50)   not null,
  contact_phone        varchar(20)   not null,
  posted_at            timestamptz,
  created_at           timestamptz   not null,
  updated_at           timestamptz   not null,
  search_text          text          not null,  -- title, employer and duties, lower-cased, for the exact recheck
  search_terms         text[]        not null,  -- their character bigrams, for the GIN index
  version              bigint        not null default 0
);

-- Search reads only published rows, newest first: per district, per occupation, city-wide, and by keyword terms.
create index vacancy_published_district on vacancy (district, posted_at desc, id desc) where status = 'PUBLISHED';
create index vacancy_published_occupation on vacancy (occupation_code, posted_at desc, id desc) where status = 'PUBLISHED';
create index vacancy_published_recent on vacancy (posted_at desc, id desc) where status = 'PUBLISHED';
create index vacancy_published_terms on vacancy using gin (search_terms) where status = 'PUBLISHED';
create index vacancy_center on vacancy (job_center, created_at desc);

create table job_application (
  id             bigserial    primary key,
  vacancy_id     bigint       not null references vacancy (id),
  worker_subject varchar(100) not null,
  worker_name    varchar(100) not null,
  phone          varchar(11)  not null,
  message        varchar(500),
  created_at     timestamptz  not null,
  unique (vacancy_id, worker_subject)
);
create index job_application_worker on job_application (worker_subject, created_at desc);
