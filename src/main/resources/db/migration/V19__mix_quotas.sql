-- Issue 12: mix quotas for one-to-many programmes, [{"on": "homeCountry", "maxShare": 0.5, "level": "MUST"}].
-- JSON like the criterion levels, so that quotas on programme attributes need no migration; none by default.
alter table matching_policy
    add column mix jsonb not null default '[]'::jsonb;
