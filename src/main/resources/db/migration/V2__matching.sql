-- Matching: a cohort's policy, the pairs coordinators excluded, and match runs with their proposals.

create table matching_policy (
    id                      uuid primary key,
    cohort_id               uuid        not null unique references cohort (id) on delete cascade,
    levels                  jsonb       not null,
    priority                varchar(20) not null,
    minimum_quality         integer     not null,
    minimum_field_closeness integer     not null,
    version                 bigint      not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);

create table exclusion (
    id         uuid primary key,
    cohort_id  uuid         not null references cohort (id) on delete cascade,
    mentee_id  uuid         not null references mentee (id) on delete cascade,
    mentor_id  uuid         not null references mentor (id) on delete cascade,
    reason     varchar(500) not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    constraint exclusion_pair_unique unique (mentee_id, mentor_id)
);
create index exclusion_cohort_idx on exclusion (cohort_id, created_at, id);

create table match_run (
    id                 uuid primary key,
    cohort_id          uuid          not null references cohort (id) on delete cascade,
    status             varchar(20)   not null,
    time_limit_seconds integer       not null,
    seed               bigint        not null,
    policy             jsonb         not null,
    input_hash         varchar(64)   not null,
    termination        varchar(200)  not null,
    best_score         varchar(100),
    started_at         timestamptz,
    ended_at           timestamptz,
    message            varchar(2000),
    metrics            jsonb,
    version            bigint        not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create index match_run_cohort_idx on match_run (cohort_id, created_at, id);
-- One active run per cohort, also when two requests race.
create unique index match_run_one_active_idx on match_run (cohort_id) where status in ('QUEUED', 'SOLVING');

create table match_proposal (
    id        uuid primary key,
    run_id    uuid    not null references match_run (id) on delete cascade,
    mentee_id uuid    not null,
    mentor_id uuid,
    quality   integer,
    reasons   jsonb   not null,
    constraint match_proposal_mentee_unique unique (run_id, mentee_id)
);
