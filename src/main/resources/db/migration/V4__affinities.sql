-- Coordinator affinities: a cohort's ratings of chosen pairs (-100..100), added to the pair quality by runs.
-- A coordinator replaces the whole list at once; affinity_set is the list's one row per cohort, whose version
-- is the list's ETag.

create table affinity_set (
    id         uuid primary key,
    cohort_id  uuid        not null unique references cohort (id) on delete cascade,
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table affinity (
    cohort_id uuid    not null references cohort (id) on delete cascade,
    mentee_id uuid    not null references mentee (id) on delete cascade,
    mentor_id uuid    not null references mentor (id) on delete cascade,
    score     integer not null check (score between -100 and 100),
    primary key (mentee_id, mentor_id)
);
create index affinity_cohort_idx on affinity (cohort_id, mentee_id, mentor_id);
