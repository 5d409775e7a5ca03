-- Issue 12, programme attributes: facts a programme collects that the fixed profile has no field for (posting
-- phase, has children, diet), the values each profile holds for them, and the policy's criteria on them.

-- A programme's list of attributes, one JSON array ({key, label, type, options, appliesTo}) so that the list is
-- replaced as a whole under one ETag; a programme without a row has none.
create table programme_attributes (
    id           uuid primary key,
    programme_id uuid        not null unique references programme (id) on delete cascade,
    attributes   jsonb       not null,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);

alter table programme_attributes enable row level security;
alter table programme_attributes force row level security;
create policy programme_attributes_visible on programme_attributes using (visible_programme(programme_id));
-- A participant reads their own values from their profile row; the programme's list is the coordinators'.
create policy programme_attributes_participant on programme_attributes as restrictive
    using (acting_participant() = '');

-- A profile's values, {key: value}, checked against the programme's list when written.
alter table mentee add column attributes jsonb not null default '{}';
alter table mentor add column attributes jsonb not null default '{}';

-- The policy's criteria on attributes, [{key, compare, level}], in the order the coordinator gave them.
alter table matching_policy add column attribute_criteria jsonb not null default '[]';
