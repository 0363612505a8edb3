-- 行政区划: Henan's GB/T 2260 tree; rows come from db/seed/R__identity_henan_jurisdictions.sql.
create table jurisdiction (
    code                         varchar(6)  primary key check (code ~ '^[0-9]{6}$'),
    name                         varchar(64) not null,
    level                        varchar(16) not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code                  varchar(6)  references jurisdiction (code),
    reports_directly_to_province boolean     not null default false,
    development_zone             boolean     not null default false
);
create index jurisdiction_parent_idx on jurisdiction (parent_code);

-- Platform users: one role and one jurisdiction each; an enterprise user belongs to one enterprise.
create table app_user (
    id                bigint generated always as identity primary key,
    username          varchar(64)  not null,
    password_hash     varchar(100) not null,
    role              varchar(32)  not null check (role in ('ENTERPRISE', 'COUNTY_REVIEWER', 'CITY_REVIEWER',
                                                            'PROVINCE_REVIEWER', 'POLICY_EDITOR', 'POLICY_APPROVER',
                                                            'ADMIN')),
    jurisdiction_code varchar(6)   not null,
    enterprise_id     bigint,
    display_name      varchar(100) not null,
    enabled           boolean      not null default true,
    created_at        timestamptz  not null default now(),
    check ((role = 'ENTERPRISE') = (enterprise_id is not null))
);
-- usernames are unique whatever their case
create unique index app_user_username_uk on app_user (lower(username));
