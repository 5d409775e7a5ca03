-- Stated choices (issue 12, item 7): a mentee ranks mentors, first choice first; a mentor accepts or declines
-- mentees. One row per person who stated something, with a version for If-Match. Ids of profiles deleted since are
-- left in the lists and ignored by runs, which match only the people present.
create table stated_preference (
    id         uuid primary key,
    cohort_id  uuid        not null references cohort (id) on delete cascade,
    mentee_id  uuid unique references mentee (id) on delete cascade,
    mentor_id  uuid unique references mentor (id) on delete cascade,
    ranked     uuid[]      not null default '{}',
    accepts    uuid[]      not null default '{}',
    declines   uuid[]      not null default '{}',
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint stated_preference_names_one_profile check (num_nonnulls(mentee_id, mentor_id) = 1)
);
create index stated_preference_cohort_idx on stated_preference (cohort_id);

-- Belongs to a cohort and sees through its policy (V5), as every cohort table does.
alter table stated_preference enable row level security;
alter table stated_preference force row level security;
create policy stated_preference_visible on stated_preference using (cohort_id in (select id from cohort));
-- A participant reads and writes their own statement (GET|PUT /me/preferences), never another's.
create policy stated_preference_participant on stated_preference as restrictive using (
    acting_participant() = '' or mentee_id::text = acting_participant() or mentor_id::text = acting_participant());
