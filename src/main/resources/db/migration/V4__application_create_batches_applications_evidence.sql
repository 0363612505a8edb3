-- 申报批次: one call for applications a year.
create table batch (
    id         bigint generated always as identity primary key,
    year       int         not null check (year between 2019 and 2100),
    opens_at   timestamptz not null,
    closes_at  timestamptz not null,
    created_at timestamptz not null default now(),
    created_by varchar(64) not null,
    constraint batch_year_uk unique (year),
    constraint batch_window_ck check (closes_at > opens_at)
);

-- 申请: the form is JSONB; what queues and dashboards filter on are real, indexed columns.
create table application (
    id                 bigint generated always as identity primary key,
    number             varchar(32)  not null,
    batch_id           bigint       not null references batch (id),
    enterprise_id      bigint       not null references enterprise (id),
    county_code        varchar(6)   not null,
    city_code          varchar(6)   not null,
    direct_to_province boolean      not null,
    status             varchar(32)  not null check (status in ('DRAFT', 'RETURNED', 'COUNTY_REVIEW', 'MUNICIPAL_REVIEW',
                                                                'PROVINCIAL_REVIEW', 'PUBLICITY', 'CERTIFIED', 'REJECTED',
                                                                'WITHDRAWN', 'REVOKED')),
    version            int          not null default 0,
    form               jsonb        not null default '{}'::jsonb,
    dossier_version    int          not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    submitted_at       timestamptz,
    constraint application_number_uk unique (number)
);
create index application_enterprise_idx on application (enterprise_id, updated_at desc);
create index application_county_idx on application (county_code, updated_at desc);
create index application_city_idx on application (city_code, direct_to_province, updated_at desc);
create index application_status_idx on application (status, updated_at desc);
create index application_batch_idx on application (batch_id, status);
create index application_updated_idx on application (updated_at desc);
-- One open application per enterprise and batch; a rejected or withdrawn one does not block a new one.
create unique index application_one_open_per_batch_uk on application (enterprise_id, batch_id)
    where status not in ('REJECTED', 'WITHDRAWN');

-- Gap-free numbering per batch year and county: the counter row is locked by the creating transaction and rolls
-- back with it, so a failed creation leaves no hole.
create table application_number_counter (
    year        int        not null,
    county_code varchar(6) not null,
    last_value  int        not null,
    primary key (year, county_code)
);

-- 证明材料: bytes in PostgreSQL large objects (streamed in and out, one pg_dump backs up everything).
create table evidence (
    id             bigint generated always as identity primary key,
    application_id bigint       not null references application (id),
    kind           varchar(32)  not null check (kind in ('BUSINESS_LICENSE', 'TAX_CERTIFICATE', 'CREDIT_REPORT',
                                                         'COOPERATION_AGREEMENT', 'APPRENTICESHIP_PILOT',
                                                         'TRAINING_FUND_LEDGER', 'THREE_YEAR_PLAN', 'ANNUAL_REPORT',
                                                         'OTHER')),
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size           bigint       not null check (size >= 0),
    sha256         char(64)     not null,
    content        oid          not null,
    uploaded_at    timestamptz  not null default now(),
    uploaded_by    varchar(64)  not null,
    -- removed from the working dossier; kept while a frozen dossier version still lists it
    removed_at     timestamptz,
    removed_by     varchar(64)
);
create index evidence_application_idx on evidence (application_id) where removed_at is null;

-- 申报材料版本: what was submitted, frozen at each submission.
create table dossier_version (
    application_id bigint      not null references application (id),
    number         int         not null,
    form           jsonb       not null,
    evidence       jsonb       not null,
    frozen_at      timestamptz not null default now(),
    frozen_by      varchar(64) not null,
    primary key (application_id, number)
);

-- 办理记录: each step of an application (who, when, what, with which dossier and ruleset version).
create table application_history (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references application (id),
    occurred_at     timestamptz not null default now(),
    actor           varchar(64) not null,
    actor_role      varchar(32),
    action          varchar(48) not null,
    from_status     varchar(32),
    to_status       varchar(32),
    dossier_version int,
    ruleset_version int,
    comment         text,
    details         jsonb       not null default '{}'::jsonb
);
create index application_history_idx on application_history (application_id, occurred_at, id);
