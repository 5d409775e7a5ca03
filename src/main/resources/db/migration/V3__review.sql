-- Coordinator review: the cohort's matches and every decision taken on them, and withdrawals.

create table match (
    id              uuid primary key,
    cohort_id       uuid          not null references cohort (id) on delete cascade,
    mentee_id       uuid          not null references mentee (id) on delete cascade,
    mentor_id       uuid          not null references mentor (id) on delete cascade,
    status          varchar(20)   not null,
    source          varchar(10)   not null,
    run_id          uuid,
    quality         integer,
    reasons         jsonb         not null,
    decided_by      varchar(200),
    decided_at      timestamptz,
    decision_reason varchar(1000),
    override_reason varchar(1000),
    version         bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index match_cohort_idx on match (cohort_id, status);
-- A mentee has at most one match that is being proposed or lives.
create unique index match_one_open_per_mentee_idx on match (mentee_id)
    where status in ('PROPOSED', 'ACCEPTED', 'PUBLISHED');

create table audit_event (
    id         uuid primary key,
    cohort_id  uuid          not null references cohort (id) on delete cascade,
    at         timestamptz   not null,
    actor      varchar(200)  not null,
    action     varchar(40)   not null,
    subject_id uuid,
    reason     varchar(1000),
    detail     varchar(2000)
);
create index audit_event_cohort_idx on audit_event (cohort_id, at desc, id);

alter table mentee add column withdrawn_on date, add column withdrawal_reason varchar(20);
alter table mentor add column withdrawn_on date, add column withdrawal_reason varchar(20);

alter table match_run add column mode varchar(10) not null default 'FULL';
alter table match_run add column pinned_pairs integer not null default 0;
