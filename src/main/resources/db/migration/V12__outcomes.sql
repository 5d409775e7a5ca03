-- Outcomes (issue 11, item 6): what a mentee achieved during the programme year, recorded by a coordinator.
-- An outcome belongs to the mentee, not to a match: it stays when the match ends or the mentee withdraws (finding
-- a job is a reason to end), and the reports count it per mentee.
create table outcome (
    id                 uuid primary key,
    cohort_id          uuid          not null references cohort (id) on delete cascade,
    mentee_id          uuid          not null references mentee (id) on delete cascade,
    type               varchar(20)   not null constraint outcome_type_known
        check (type in ('JOB', 'EDUCATION', 'INTERNSHIP', 'BUSINESS_STARTED', 'VOLUNTEERING', 'OTHER')),
    achieved_on        date          not null,
    -- ISCO-08 code of the occupation, 1 to 4 digits; erasure and retention cut it to its 2-digit sub-major group.
    occupation         varchar(4)    constraint outcome_occupation_digits check (occupation ~ '^[0-9]{1,4}$'),
    -- Kept when the mentee's data is anonymised: one yes/no shared by many outcomes names nobody, and it is the
    -- figure that shows what the mentors' networks do.
    via_mentor_network boolean       not null,
    note               varchar(2000),
    recorded_by        varchar(200)  not null,
    version            bigint        not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create index outcome_mentee_idx on outcome (mentee_id, achieved_on, id);
create index outcome_cohort_idx on outcome (cohort_id, type);

-- Belongs to a cohort and sees through its policy (V5), as every cohort table does.
alter table outcome enable row level security;
alter table outcome force row level security;
create policy outcome_visible on outcome using (cohort_id in (select id from cohort));
