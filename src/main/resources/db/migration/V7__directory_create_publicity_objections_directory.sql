-- Trigram indexes make the public directory's "name contains" search fast. pg_trgm is a trusted extension
-- (PostgreSQL 13+): the database owner may create it without superuser rights.
create extension if not exists pg_trgm;

-- 公示: an application's publicity window. The enterprise's name, USCC and place are copied when it opens, so the public
-- list is read from this table alone. An application may be publicised again (an upheld objection sends it back to
-- provincial review), but at most one publicity is open at a time.
create table publicity (
    id                 bigint generated always as identity primary key,
    application_id     bigint       not null references application (id),
    application_number varchar(32)  not null,
    enterprise_id      bigint       not null references enterprise (id),
    enterprise_name    varchar(200) not null,
    uscc               varchar(18)  not null,
    city_code          varchar(6)   not null,
    county_code        varchar(6)   not null,
    starts_at          timestamptz  not null,
    ends_at            timestamptz  not null,
    ended_at           timestamptz,
    created_at         timestamptz  not null default now(),
    constraint publicity_window_ck check (ends_at > starts_at)
);
create unique index publicity_one_open_uk on publicity (application_id) where ended_at is null;
create index publicity_application_idx on publicity (application_id, starts_at desc);
create index publicity_open_idx on publicity (ends_at, application_number) where ended_at is null;

-- 异议: written objections raised by the public during a publicity; the province upholds or dismisses them.
-- Name and contact are personal data: they are never listed publicly.
create table objection (
    id                 bigint generated always as identity primary key,
    publicity_id       bigint       not null references publicity (id),
    application_id     bigint       not null references application (id),
    name               varchar(50)  not null,
    contact            varchar(100) not null,
    reason             text         not null check (char_length(reason) between 10 and 2000),
    remote_address     varchar(64)  not null,
    raised_at          timestamptz  not null,
    status             varchar(16)  not null default 'OPEN' check (status in ('OPEN', 'UPHELD', 'DISMISSED')),
    resolved_at        timestamptz,
    resolved_by        varchar(64),
    resolved_by_role   varchar(32),
    resolution_comment text,
    constraint objection_resolution_ck check ((status = 'OPEN') = (resolved_at is null))
);
create index objection_application_idx on objection (application_id, raised_at, id);
create index objection_open_idx on objection (application_id) where status = 'OPEN';

-- 认证目录: certified enterprises (tier PROVINCIAL; NATIONAL is recorded, not decided here). One entry per
-- certifying application; at most one present entry per enterprise. Revocation keeps the row with removed_at.
create table directory_entry (
    id                 bigint generated always as identity primary key,
    application_id     bigint       not null references application (id),
    application_number varchar(32)  not null,
    enterprise_id      bigint       not null references enterprise (id),
    uscc               varchar(18)  not null,
    name               varchar(200) not null,
    city_code          varchar(6)   not null,
    county_code        varchar(6)   not null,
    level              varchar(16)  not null check (level in ('PROVINCIAL', 'NATIONAL')),
    certified_at       timestamptz  not null,
    removed_at         timestamptz,
    removal_reason     text,
    constraint directory_entry_application_uk unique (application_id),
    constraint directory_entry_removal_ck check ((removed_at is null) = (removal_reason is null))
);
create unique index directory_entry_one_present_uk on directory_entry (enterprise_id) where removed_at is null;
create index directory_entry_listing_idx on directory_entry (certified_at desc, id desc) where removed_at is null;
create index directory_entry_city_idx on directory_entry (city_code, certified_at desc, id desc)
    where removed_at is null;
create index directory_entry_uscc_idx on directory_entry (uscc text_pattern_ops) where removed_at is null;
create index directory_entry_name_trgm_idx on directory_entry using gin (name gin_trgm_ops) where removed_at is null;
