-- Programmes, their cohorts, and the mentor and mentee profiles of each cohort.
-- Every mutable row has a UUID key, a version for optimistic locking and its timestamps.

create table programme (
    id          uuid primary key,
    name        varchar(200)  not null,
    description varchar(2000),
    version     bigint        not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);

create table cohort (
    id           uuid primary key,
    programme_id uuid         not null references programme (id) on delete cascade,
    name         varchar(200) not null,
    starts_on    date         not null,
    ends_on      date         not null,
    status       varchar(20)  not null,
    version      bigint       not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    constraint cohort_ends_after_start check (ends_on > starts_on)
);
create index cohort_programme_idx on cohort (programme_id);

create table mentor (
    id                  uuid primary key,
    cohort_id           uuid          not null references cohort (id) on delete cascade,
    display_name        varchar(200)  not null,
    email               varchar(320)  not null,
    field               varchar(10)   not null,
    education_level     integer,
    years_of_experience integer,
    skills              text[]        not null,
    interests           text[]        not null,
    languages           text[]        not null,
    region              varchar(10),
    remote_ok           boolean       not null,
    home_country        varchar(2),
    employer            varchar(200),
    capacity            integer       not null check (capacity between 1 and 20),
    markets             text[]        not null,
    version             bigint        not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint mentor_email_unique unique (cohort_id, email)
);

create table mentee (
    id                  uuid primary key,
    cohort_id           uuid          not null references cohort (id) on delete cascade,
    display_name        varchar(200)  not null,
    email               varchar(320)  not null,
    field               varchar(10)   not null,
    education_level     integer,
    years_of_experience integer,
    skills              text[]        not null,
    interests           text[]        not null,
    languages           text[]        not null,
    region              varchar(10),
    remote_ok           boolean       not null,
    home_country        varchar(2),
    employer            varchar(200),
    preferred_fields    text[]        not null,
    preferred_languages text[]        not null,
    meeting_mode        varchar(20)   not null,
    wish_note           varchar(2000),
    version             bigint        not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint mentee_email_unique unique (cohort_id, email)
);
-- Lists are read per cohort in creation order.
create index mentor_cohort_idx on mentor (cohort_id, created_at, id);
create index mentee_cohort_idx on mentee (cohort_id, created_at, id);
