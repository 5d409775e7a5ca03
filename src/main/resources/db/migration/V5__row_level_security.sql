-- Row-level security: the second layer that keeps each programme's people apart.
-- The service queries as the application role (placeholder app_role), which is neither superuser nor owner.
-- Each connection carries the programmes it may see in the setting mentor_match.programmes: a
-- comma-separated list of programme ids, '*' for every programme, or nothing (then no row is visible).
-- Migrations run as the owner; with FORCE the owner is filtered too, so data migrations must set '*'
-- (quarkus.flyway.init-sql does).

do $$
begin
    -- One account for both would leave the service as the owner (or a superuser), whom row-level security
    -- does not hold back: refuse, and say how to set it up.
    if '${app_role}' = current_user then
        raise exception 'The service must query as its own role, not as the owner % that migrates: set '
            'QUARKUS_FLYWAY_USERNAME/PASSWORD to the owner and QUARKUS_DATASOURCE_USERNAME/PASSWORD to the '
            'application role', current_user;
    end if;
    if not exists (select from pg_roles where rolname = '${app_role}') then
        execute format('create role %I login password %L', '${app_role}', '${app_role_password}');
    end if;
end
$$;

grant usage on schema public to "${app_role}";
grant select, insert, update, delete on all tables in schema public to "${app_role}";
revoke all on flyway_schema_history from "${app_role}";
-- Tables that later migrations create are the application's too.
alter default privileges in schema public grant select, insert, update, delete on tables to "${app_role}";

-- Compared as text: the setting is never cast, so '*' or a stray value can never make a query fail.
create function visible_programme(programme_id uuid) returns boolean
    language sql stable
as $$
    select coalesce(current_setting('mentor_match.programmes', true), '') = '*'
        or programme_id::text = any (string_to_array(current_setting('mentor_match.programmes', true), ','))
$$;

alter table programme enable row level security;
alter table programme force row level security;
create policy programme_visible on programme using (visible_programme(id));

alter table cohort enable row level security;
alter table cohort force row level security;
create policy cohort_visible on cohort using (visible_programme(programme_id));

-- Everything else belongs to a cohort, and sees through the cohort's policy: a row is visible when its cohort is.
alter table mentor enable row level security;
alter table mentor force row level security;
create policy mentor_visible on mentor using (cohort_id in (select id from cohort));

alter table mentee enable row level security;
alter table mentee force row level security;
create policy mentee_visible on mentee using (cohort_id in (select id from cohort));

alter table matching_policy enable row level security;
alter table matching_policy force row level security;
create policy matching_policy_visible on matching_policy using (cohort_id in (select id from cohort));

alter table exclusion enable row level security;
alter table exclusion force row level security;
create policy exclusion_visible on exclusion using (cohort_id in (select id from cohort));

alter table match_run enable row level security;
alter table match_run force row level security;
create policy match_run_visible on match_run using (cohort_id in (select id from cohort));

alter table match_proposal enable row level security;
alter table match_proposal force row level security;
create policy match_proposal_visible on match_proposal using (run_id in (select id from match_run));

alter table match enable row level security;
alter table match force row level security;
create policy match_visible on match using (cohort_id in (select id from cohort));

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_visible on audit_event using (cohort_id in (select id from cohort));

alter table affinity_set enable row level security;
alter table affinity_set force row level security;
create policy affinity_set_visible on affinity_set using (cohort_id in (select id from cohort));

alter table affinity enable row level security;
alter table affinity force row level security;
create policy affinity_visible on affinity using (cohort_id in (select id from cohort));
