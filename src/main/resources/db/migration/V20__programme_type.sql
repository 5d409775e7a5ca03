-- Issue 12: the kind of programme, which chooses the preset a cohort's policy starts from (and, with programme
-- attributes, the attributes a new programme is given). Fixed once the programme exists: the preset was applied
-- to it then. Programmes made before types existed are mentoring programmes, matched with today's defaults.
alter table programme
    add column type varchar(30) not null default 'MENTORING'
        check (type in ('MENTORING', 'WORKPLACE_MENTORING', 'COACHING', 'HOST_FAMILY', 'NETWORK_GROUP'));
