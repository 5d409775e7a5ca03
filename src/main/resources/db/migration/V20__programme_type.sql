-- Issue 12 item 4, programme types with presets. The kind of programme chooses the preset a cohort's policy
-- starts from (and, with programme attributes, the attributes a new programme is given). Fixed once the programme
-- exists: the preset was applied to it then. Programmes made before types existed are mentoring programmes,
-- matched with today's defaults.
alter table programme
    add column type varchar(30) not null default 'MENTORING'
        check (type in ('MENTORING', 'WORKPLACE_MENTORING', 'COACHING', 'HOST_FAMILY', 'NETWORK_GROUP'));

-- The coaching preset's setting, open to every policy: a mentor who meets online gets the full location grade
-- whatever the mentee's meeting mode. Off in every policy stored before it existed, as they were matched.
alter table matching_policy
    add column online_counts_as_local boolean not null default false;
