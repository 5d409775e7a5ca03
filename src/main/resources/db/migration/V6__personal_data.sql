-- Personal data: the mark that a profile was anonymised. An anonymised row stays so that its cohort's matches,
-- runs and statistics keep their meaning; it no longer says who the person was.

alter table mentor add column anonymised_at timestamptz;
alter table mentee add column anonymised_at timestamptz;
