-- Issue 12: whether mentor and mentee must differ in employer (today's fixed rule, so the default), may share
-- one, or must share one (workplace mentoring). Stored by name, like priority.
alter table matching_policy
    add column employer_rule varchar(20) not null default 'DIFFERENT'
        check (employer_rule in ('DIFFERENT', 'ANY', 'SAME'));
