-- Match runs belong to the cluster: a job engine over PostgreSQL (db-scheduler) hands each run to one live
-- instance, revives the runs of an instance that died, and runs the nightly retention job once per cluster.

-- db-scheduler's own table, as the library defines it for PostgreSQL (version 16.7.1).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- The engine polls, heartbeats and revives as the service itself (every programme). A request that queues a run
-- writes that run's task in its own transaction: it may see (and so write) the task of a run it can see, and
-- nothing else; the retention job's row is the service's alone.
alter table scheduled_tasks enable row level security;
alter table scheduled_tasks force row level security;
create policy scheduled_tasks_visible on scheduled_tasks using (
    coalesce(current_setting('mentor_match.programmes', true), '') = '*'
    or (task_name = 'match-run' and task_instance in (select id::text from match_run)));

-- What a run needs to be solved again by another instance, and what it tells about where it was solved.
alter table match_run add column step_limit integer;
-- Incremented each time an instance starts solving the run; more than three starts and it fails.
alter table match_run add column attempt integer not null default 0;
-- The instance solving the run, or that solved it.
alter table match_run add column worker varchar(200);
-- Why solving ended: PROVEN_OPTIMAL, UNIMPROVED, TIME_LIMIT, STEP_LIMIT or CANCELLED.
alter table match_run add column termination_reason varchar(20);
-- A stop asked for on any instance; the instance solving the run sees it and stops.
alter table match_run add column cancel_requested_at timestamptz;

-- Runs that were active when this version was installed have no task to carry them on: end them, as the
-- service used to do at every start.
update match_run
set status = 'FAILED', ended_at = now(), version = version + 1,
    message = 'Interrupted: the service stopped while this run was active; start a new run'
where status in ('QUEUED', 'SOLVING');

-- Safe retries: the first answer to a caller's create with an Idempotency-Key, kept a day, so that a retry
-- sent to any instance gets it again. A row is visible where its programme is (a new programme's has none,
-- and is found by its caller and key only).
create table idempotency_key (
    id              uuid primary key,
    caller          varchar(300)  not null,
    idempotency_key varchar(255)  not null,
    fingerprint     varchar(64)   not null,
    programme_id    uuid,
    status          integer,
    location        varchar(2000),
    body            text,
    created_at      timestamptz   not null,
    constraint idempotency_key_unique unique (caller, idempotency_key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
alter table idempotency_key enable row level security;
alter table idempotency_key force row level security;
create policy idempotency_key_visible on idempotency_key using (programme_id is null or visible_programme(programme_id));
