-- Consent at intake (issue 13, item 8): the lawful basis each profile is processed on, which version of the text
-- the participant was shown and when they gave it; and per programme, the bases that allow matching. Only
-- columns are added, to tables whose row-level security (V5) already covers them.
alter table mentee
    add column consent_basis text
        constraint mentee_consent_basis_known
        check (consent_basis in ('CONSENT', 'CONTRACT', 'PUBLIC_TASK', 'LEGITIMATE_INTEREST')),
    add column consent_version text constraint mentee_consent_version_length check (char_length(consent_version) <= 50),
    add column consent_given_at timestamptz,
    -- A version or a date belongs to a basis: the API cannot write one without it.
    add constraint mentee_consent_has_basis
        check (consent_basis is not null or (consent_version is null and consent_given_at is null));

alter table mentor
    add column consent_basis text
        constraint mentor_consent_basis_known
        check (consent_basis in ('CONSENT', 'CONTRACT', 'PUBLIC_TASK', 'LEGITIMATE_INTEREST')),
    add column consent_version text constraint mentor_consent_version_length check (char_length(consent_version) <= 50),
    add column consent_given_at timestamptz,
    add constraint mentor_consent_has_basis
        check (consent_basis is not null or (consent_version is null and consent_given_at is null));

-- Empty: consent is not required, every profile may be matched (as before this migration).
alter table programme
    add column matching_bases text[] not null default '{}'
        constraint programme_matching_bases_known
        check (matching_bases <@ array['CONSENT', 'CONTRACT', 'PUBLIC_TASK', 'LEGITIMATE_INTEREST']::text[]);
