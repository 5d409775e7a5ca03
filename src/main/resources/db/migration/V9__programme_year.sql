-- The programme year (issue 11): what happens between publishing a match and the end of its cohort.
-- The tables several features share live here; each feature adds its own in a later migration.

-- When a pair was published: the year's clocks (feedback rounds, a stalled pair) start there. decided_at is
-- overwritten when a match ends, so it cannot serve.
alter table match add column published_at timestamptz;
update match set published_at = decided_at where status = 'PUBLISHED';

-- A meeting of a pair, recorded by a coordinator or by one of the two.
create table check_in (
    id          uuid primary key,
    cohort_id   uuid         not null references cohort (id) on delete cascade,
    match_id    uuid         not null references match (id) on delete cascade,
    met_on      date         not null,
    minutes     integer      not null constraint check_in_minutes_range check (minutes between 1 and 1440),
    mode        varchar(10)  not null constraint check_in_mode_known check (mode in ('IN_PERSON', 'ONLINE', 'PHONE')),
    topics      text[]       not null default '{}',
    note        varchar(2000),
    -- COORDINATOR, MENTEE or MENTOR: who recorded it, apart from the token subject that did.
    recorded_as varchar(12)  not null constraint check_in_recorded_as_known
        check (recorded_as in ('COORDINATOR', 'MENTEE', 'MENTOR')),
    recorded_by varchar(200) not null,
    created_at  timestamptz  not null
);
create index check_in_match_idx on check_in (match_id, met_on);
create index check_in_cohort_idx on check_in (cohort_id);

-- One side's answer to one round of the programme's feedback plan.
create table feedback (
    id            uuid primary key,
    cohort_id     uuid         not null references cohort (id) on delete cascade,
    match_id      uuid         not null references match (id) on delete cascade,
    side          varchar(6)   not null constraint feedback_side_known check (side in ('MENTEE', 'MENTOR')),
    -- The day the answered round fell due: rounds are identified by it, so a side answers each once.
    due_on        date         not null,
    fit           smallint     not null constraint feedback_fit_range check (fit between 1 and 5),
    continue_pair boolean      not null,
    comment       varchar(2000),
    answered_by   varchar(200) not null,
    answered_at   timestamptz  not null,
    constraint feedback_once_per_round unique (match_id, side, due_on)
);
create index feedback_cohort_idx on feedback (cohort_id);

-- Both belong to a cohort and see through its policy (V5), as every cohort table does.
alter table check_in enable row level security;
alter table check_in force row level security;
create policy check_in_visible on check_in using (cohort_id in (select id from cohort));

alter table feedback enable row level security;
alter table feedback force row level security;
create policy feedback_visible on feedback using (cohort_id in (select id from cohort));
