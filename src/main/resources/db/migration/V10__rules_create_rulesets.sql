-- 规则集版本: DRL files, parameters and test cases per version (DESIGN.md §4). Version 1 is the repository's rules/,
-- written here by the application on first start. Versions are never deleted: every stored assessment names the
-- version that decided it, so a past decision can be replayed.
create table ruleset_version (
    version          int          primary key check (version >= 1),
    status           varchar(20)  not null check (status in ('DRAFT', 'PENDING_APPROVAL', 'PUBLISHED', 'RETIRED')),
    -- the version a draft was copied from (a rollback is a new version based on an older one)
    base_version     int          references ruleset_version (version),
    effective_from   date,
    change_note      text,
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null default now(),
    submitted_by     varchar(64),
    submitted_at     timestamptz,
    approved_by      varchar(64),
    approved_at      timestamptz,
    rejected_by      varchar(64),
    rejected_at      timestamptz,
    rejection_reason text,
    retired_by       varchar(64),
    retired_at       timestamptz,
    -- optimistic locking for edits of a draft
    row_version      int          not null default 0,
    constraint ruleset_version_published_ck check (
        status not in ('PUBLISHED', 'RETIRED')
        or (effective_from is not null and approved_by is not null and approved_at is not null)),
    constraint ruleset_version_submitted_ck check (
        status <> 'PENDING_APPROVAL' or (submitted_by is not null and submitted_at is not null)),
    constraint ruleset_version_retired_ck check (status <> 'RETIRED' or retired_at is not null)
);
-- start-up and every node's poll read the published versions
create index ruleset_version_status_idx on ruleset_version (status, effective_from);

-- One DRL file of a version, by its path below the ruleset root (eligibility/E01-registered-three-years.drl).
create table ruleset_file (
    version int          not null references ruleset_version (version),
    path    varchar(300) not null check (path ~ '^[A-Za-z0-9_-]+(/[A-Za-z0-9._-]+)*\.drl$' and position('..' in path) = 0),
    content text         not null,
    sha256  char(64)     not null,
    primary key (version, path)
);

-- One parameter value of a version for one jurisdiction (410000 = province-wide), in the order the version lists them.
create table ruleset_parameter (
    version           int          not null references ruleset_version (version),
    position          int          not null,
    key               varchar(100) not null,
    jurisdiction_code varchar(6)   not null,
    numeric_value     numeric,
    text_value        text,
    unit              varchar(32),
    source            text,
    primary key (version, position),
    constraint ruleset_parameter_key_uk unique (version, key, jurisdiction_code),
    constraint ruleset_parameter_one_value_ck check (numeric_value is null or text_value is null)
);

-- One test case of a version, as JSON of the same shape as rules/tests/*.yaml (name, file, asOf, jurisdictionCode,
-- form, expect), in the order the version lists them.
create table ruleset_test_case (
    version  int   not null references ruleset_version (version),
    position int   not null,
    content  jsonb not null,
    primary key (version, position)
);

-- 评估结果: the pre-check of a submitted dossier version, kept with the ruleset version that decided it. One per
-- dossier version: a retried pre-check finds the stored result instead of deciding again.
create table application_assessment (
    id               bigint generated always as identity primary key,
    application_id   bigint      not null,
    dossier_version  int         not null,
    ruleset_version  int         not null references ruleset_version (version),
    as_of            date        not null,
    jurisdiction_code varchar(6) not null,
    assessed_at      timestamptz not null default now(),
    eligible         boolean     not null,
    needs_review     boolean     not null,
    -- the answer as the API shows it: {eligible, needsReview, rulesetVersion, findings[], incentives[]}
    result           jsonb       not null,
    constraint application_assessment_dossier_fk foreign key (application_id, dossier_version)
        references dossier_version (application_id, number),
    constraint application_assessment_uk unique (application_id, dossier_version)
);
