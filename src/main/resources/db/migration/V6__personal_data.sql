-- Personal data: how long a programme keeps its participants' profiles after a cohort ends, and the mark that
-- a profile was anonymised (erasure on request, or the retention period ran out). An anonymised row stays so
-- that its cohort's matches, runs and statistics keep their meaning; it no longer says who the person was.

alter table programme add column retention_days integer not null default 365
    constraint programme_retention_days_range check (retention_days between 30 and 3650);

alter table mentor add column anonymised_at timestamptz;
alter table mentee add column anonymised_at timestamptz;
