-- Events (docs/events.md): the outbox, the worker's inbox, webhook subscriptions and every delivery with its attempts.

-- One row per state change someone outside may care about, written in the transaction of the change. `txid` is that
-- transaction's id: readers take events in (txid, id) order and only below the oldest transaction still running
-- (pg_snapshot_xmin), so an event that commits late is never skipped by a reader that has moved on.
create table event (
    id                  bigserial primary key,
    txid                bigint not null default (pg_current_xact_id()::text::bigint),
    type                varchar(60) not null,
    subject_id          varchar(60) not null,
    occurred_at         timestamptz not null,
    -- the audience: the worker it concerns, the office that handles it, the client app that made it
    worker_subject      varchar(64),
    office_jurisdiction varchar(6),
    office_role         varchar(40),
    client_id           varchar(100),
    data                jsonb not null,
    -- the worker has read it in their inbox
    read_at             timestamptz
);
create index event_position on event (txid, id);
create index event_inbox on event (worker_subject, id desc) where worker_subject is not null;
create index event_unread on event (worker_subject) where worker_subject is not null and read_at is null;
-- the feed of a partner app and of an office's integration
create index event_client on event (client_id, txid, id) where client_id is not null;
create index event_office on event (office_role, office_jurisdiction, txid, id) where office_role is not null;

-- How far the fan-out (events → deliveries) has come; one instance at a time moves it.
create table event_cursor (
    name     varchar(40) primary key,
    txid     bigint not null,
    event_id bigint not null
);
insert into event_cursor (name, txid, event_id) values ('fan-out', 0, 0);

-- A confidential client's webhook. The audience it may receive is taken from its token when it registers.
create table webhook_subscription (
    id                    bigserial primary key,
    client_id             varchar(100) not null,
    url                   varchar(2000) not null,
    event_types           text[] not null,
    description           varchar(200),
    secret                varchar(300) not null,
    previous_secret       varchar(300),
    previous_secret_until timestamptz,
    partner               boolean not null,
    office_jurisdiction   varchar(6),
    office_roles          text[] not null,
    active                boolean not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               int not null default 0
);
create index webhook_subscription_client on webhook_subscription (client_id, id);

-- What a worker wants besides the inbox. The phone is encrypted (FieldCrypto).
create table notification_settings (
    worker_subject varchar(64) primary key,
    channels       text[] not null,
    phone          varchar(300),
    wechat_open_id varchar(64),
    updated_at     timestamptz not null,
    version        int not null default 0
);

-- One event to one destination: a webhook subscription, or a worker's channel (SMS, WECHAT).
create table delivery (
    id              bigserial primary key,
    event_id        bigint not null references event (id),
    channel         varchar(10) not null,
    subscription_id bigint references webhook_subscription (id) on delete cascade,
    worker_subject  varchar(64),
    state           varchar(10) not null,
    attempts        int not null default 0,
    -- when it is due; while an instance holds it, when that claim lapses
    next_attempt_at timestamptz,
    last_status     int,
    last_error      varchar(300),
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    constraint delivery_state check (state in ('PENDING', 'DELIVERED', 'DEAD', 'SKIPPED')),
    constraint delivery_destination check ((channel = 'WEBHOOK') = (subscription_id is not null))
);
create index delivery_due on delivery (next_attempt_at) where state = 'PENDING';
create index delivery_subscription on delivery (subscription_id, id desc) where subscription_id is not null;
create index delivery_event on delivery (event_id);

create table delivery_attempt (
    id              bigserial primary key,
    delivery_id     bigint not null references delivery (id) on delete cascade,
    attempted_at    timestamptz not null,
    response_status int,
    error           varchar(300),
    duration_ms     int not null
);
create index delivery_attempt_delivery on delivery_attempt (delivery_id, id);

-- Enrolment notices were Chinese text on the row; the inbox replaces them. The column stays until every instance
-- runs this release (an older one still reads it during a rolling deploy); a later migration drops it.
