-- Webhooks (issue 11): other systems subscribe to a programme's events and get each one POSTed to them, signed
-- as Standard Webhooks, retried by the job engine for about a day.

create table webhook (
    id           uuid primary key,
    programme_id uuid          not null references programme (id) on delete cascade,
    url          varchar(2000) not null,
    -- Wire names of the events it hears (event.EventType), at least one.
    events       text[]        not null constraint webhook_events_some check (cardinality(events) > 0),
    -- whsec_ and the base64 of the key: the key signs every delivery, so it is kept as it was given. It is shown
    -- only in the answer to the create.
    secret       varchar(200)  not null,
    created_by   varchar(200)  not null,
    created_at   timestamptz   not null
);
create index webhook_programme_idx on webhook (programme_id, created_at, id);

-- One event for one webhook. The body is fixed when the event happens, so every attempt sends the same bytes.
create table webhook_delivery (
    id              uuid primary key,
    programme_id    uuid         not null references programme (id) on delete cascade,
    webhook_id      uuid         not null references webhook (id) on delete cascade,
    -- The event's id, the same for every webhook that hears it: the webhook-id header a receiver dedupes by.
    event_id        uuid         not null,
    type            varchar(40)  not null,
    payload         text         not null,
    status          varchar(10)  not null constraint webhook_delivery_status_known
        check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    next_attempt_at timestamptz,
    created_at      timestamptz  not null
);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, created_at desc, id);

-- One try at a delivery: what the receiver answered, or why no answer came.
create table webhook_attempt (
    id               uuid primary key,
    programme_id     uuid         not null references programme (id) on delete cascade,
    delivery_id      uuid         not null references webhook_delivery (id) on delete cascade,
    attempted_at     timestamptz  not null,
    http_status      integer,
    error            varchar(500),
    response_excerpt varchar(200),
    duration_millis  bigint       not null
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, attempted_at);

-- Each row names its programme and is visible exactly where the programme is (as V5's cohort policy).
alter table webhook enable row level security;
alter table webhook force row level security;
create policy webhook_visible on webhook using (visible_programme(programme_id));

alter table webhook_delivery enable row level security;
alter table webhook_delivery force row level security;
create policy webhook_delivery_visible on webhook_delivery using (visible_programme(programme_id));

alter table webhook_attempt enable row level security;
alter table webhook_attempt force row level security;
create policy webhook_attempt_visible on webhook_attempt using (visible_programme(programme_id));

-- A request whose change fires an event writes the delivery's job in its own transaction: it may write the job of
-- a delivery it can see (permissive policies add up, so V7's policy for runs stays as it is).
create policy scheduled_tasks_webhook_delivery on scheduled_tasks using (
    task_name = 'webhook-delivery' and task_instance in (select id::text from webhook_delivery));

-- Decisions about a whole programme (a webhook added or removed) belong to no cohort: the audit trail records
-- them by programme, visible where the programme is.
alter table audit_event alter column cohort_id drop not null;
alter table audit_event add column programme_id uuid references programme (id) on delete cascade;
alter table audit_event add constraint audit_event_owner check (cohort_id is not null or programme_id is not null);
create index audit_event_programme_idx on audit_event (programme_id, at desc, id) where programme_id is not null;
create policy audit_event_programme_visible on audit_event using (cohort_id is null and visible_programme(programme_id));
