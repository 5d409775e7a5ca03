-- Participants' own access (issue 11, item 1): invitations, an availability note, and row-level security that
-- keeps a participant's connection to their own data.

-- A free-text note on when a participant can meet; they write it themselves (PATCH /me), coordinators read it.
alter table mentee add column availability_note varchar(2000);
alter table mentor add column availability_note varchar(2000);

-- The one valid invitation token of each profile: inviting again replaces token_id, and a locally signed
-- participant token whose jti is not this one is refused (401). The token itself is never stored.
create table invitation (
    id         uuid primary key,
    cohort_id  uuid         not null references cohort (id) on delete cascade,
    mentee_id  uuid unique references mentee (id) on delete cascade,
    mentor_id  uuid unique references mentor (id) on delete cascade,
    token_id   uuid         not null,
    invited_by varchar(200) not null,
    invited_at timestamptz  not null,
    expires_at timestamptz  not null,
    constraint invitation_names_one_profile check (num_nonnulls(mentee_id, mentor_id) = 1)
);
create index invitation_cohort_idx on invitation (cohort_id);

alter table invitation enable row level security;
alter table invitation force row level security;
create policy invitation_visible on invitation using (cohort_id in (select id from cohort));

-- The profile a participant's connection acts as (mentor_match.participant, set with the programme setting by
-- the service); empty for everyone else. Compared as text, like the programme setting (V5).
create function acting_participant() returns text
    language sql stable
as $$
    select coalesce(current_setting('mentor_match.participant', true), '')
$$;

-- With the participant setting present, restrictive policies narrow what the programme setting lets through
-- (a participant's token names one programme): their own profile; the counterpart of a live (ACCEPTED or
-- PUBLISHED) match of theirs, read-only; their own matches and those matches' check-ins and feedback; their
-- invitation. Nothing else: every other table with row-level security gets a policy that hides it all.
-- Programme and cohort rows stay visible through the programme setting: every cohort table's policy reads
-- the cohort, and they hold names and dates only.

-- Their matches they read and may touch (a check-in of theirs may update its match), but never make or remove.
create policy match_participant on match as restrictive for select using (
    acting_participant() = '' or mentee_id::text = acting_participant() or mentor_id::text = acting_participant());
create policy match_participant_updates on match as restrictive for update using (
    acting_participant() = '' or mentee_id::text = acting_participant() or mentor_id::text = acting_participant());
create policy match_participant_inserts on match as restrictive for insert with check (acting_participant() = '');
create policy match_participant_deletes on match as restrictive for delete using (acting_participant() = '');

create policy mentee_participant_reads on mentee as restrictive for select using (
    acting_participant() = '' or id::text = acting_participant()
    or id in (select mentee_id from match where status in ('ACCEPTED', 'PUBLISHED')));
create policy mentee_participant_inserts on mentee as restrictive for insert with check (acting_participant() = '');
create policy mentee_participant_updates on mentee as restrictive for update using (
    acting_participant() = '' or id::text = acting_participant());
create policy mentee_participant_deletes on mentee as restrictive for delete using (acting_participant() = '');

create policy mentor_participant_reads on mentor as restrictive for select using (
    acting_participant() = '' or id::text = acting_participant()
    or id in (select mentor_id from match where status in ('ACCEPTED', 'PUBLISHED')));
create policy mentor_participant_inserts on mentor as restrictive for insert with check (acting_participant() = '');
create policy mentor_participant_updates on mentor as restrictive for update using (
    acting_participant() = '' or id::text = acting_participant());
create policy mentor_participant_deletes on mentor as restrictive for delete using (acting_participant() = '');

-- The match table's own participant policy above limits these subqueries to the participant's matches.
create policy check_in_participant on check_in as restrictive using (
    acting_participant() = '' or match_id in (select id from match));
create policy feedback_participant on feedback as restrictive using (
    acting_participant() = '' or match_id in (select id from match));

create policy invitation_participant on invitation as restrictive using (
    acting_participant() = '' or mentee_id::text = acting_participant() or mentor_id::text = acting_participant());

-- What a participant writes is audited in their name, but they read none of the trail.
create policy audit_event_participant_reads on audit_event as restrictive for select using (acting_participant() = '');
create policy audit_event_participant_updates on audit_event as restrictive for update using (acting_participant() = '');
create policy audit_event_participant_deletes on audit_event as restrictive for delete using (acting_participant() = '');

create policy matching_policy_participant on matching_policy as restrictive using (acting_participant() = '');
create policy exclusion_participant on exclusion as restrictive using (acting_participant() = '');
create policy match_run_participant on match_run as restrictive using (acting_participant() = '');
create policy match_proposal_participant on match_proposal as restrictive using (acting_participant() = '');
create policy affinity_set_participant on affinity_set as restrictive using (acting_participant() = '');
create policy affinity_participant on affinity as restrictive using (acting_participant() = '');
create policy idempotency_key_participant on idempotency_key as restrictive using (acting_participant() = '');
create policy scheduled_tasks_participant on scheduled_tasks as restrictive using (acting_participant() = '');
