-- The programme year, part two (issue 11): a programme's feedback plan, a coordinator's clearing of a match's
-- attention, and what the daily job has announced to other systems already.

-- A programme's feedback plan and its attention setting; a programme without a row uses the defaults.
create table feedback_plan (
    id                 uuid primary key,
    programme_id       uuid        not null unique references programme (id) on delete cascade,
    first_after_days   integer     not null constraint feedback_plan_first_range check (first_after_days between 1 and 365),
    every_days         integer     not null constraint feedback_plan_every_range check (every_days between 1 and 365),
    when_ended         boolean     not null,
    stalled_after_days integer     not null constraint feedback_plan_stalled_range check (stalled_after_days between 1 and 365),
    version            bigint      not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);

-- A coordinator looked at a match that needed attention and decided it needs nothing more: the reasons that
-- were present then are silenced, a later trigger raises the match again.
create table attention_clearance (
    id         uuid primary key,
    cohort_id  uuid          not null references cohort (id) on delete cascade,
    match_id   uuid          not null references match (id) on delete cascade,
    cleared_at timestamptz   not null,
    cleared_by varchar(200)  not null,
    reason     varchar(1000) not null
);
create index attention_clearance_match_idx on attention_clearance (match_id, cleared_at);

-- What the daily job has announced (feedback.due per round and side, match.attention per kind and period), so
-- that a repeated or missed day announces nothing twice.
create table year_announcement (
    cohort_id    uuid        not null references cohort (id) on delete cascade,
    match_id     uuid        not null references match (id) on delete cascade,
    -- FEEDBACK_DUE:MENTEE, FEEDBACK_DUE:MENTOR, or an attention kind
    subject      varchar(30) not null,
    on_day       date        not null,
    announced_at timestamptz not null,
    primary key (match_id, subject, on_day)
);
create index year_announcement_cohort_idx on year_announcement (cohort_id);

alter table feedback_plan enable row level security;
alter table feedback_plan force row level security;
create policy feedback_plan_visible on feedback_plan using (visible_programme(programme_id));

alter table attention_clearance enable row level security;
alter table attention_clearance force row level security;
create policy attention_clearance_visible on attention_clearance using (cohort_id in (select id from cohort));

alter table year_announcement enable row level security;
alter table year_announcement force row level security;
create policy year_announcement_visible on year_announcement using (cohort_id in (select id from cohort));
