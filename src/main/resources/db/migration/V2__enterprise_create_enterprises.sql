-- 企业: registered enterprises; the USCC (统一社会信用代码) is unique.
create table enterprise (
    id                   bigint generated always as identity primary key,
    uscc                 varchar(18)  not null,
    name                 varchar(200) not null,
    county_code          varchar(6)   not null,
    city_code            varchar(6)   not null,
    legal_representative varchar(100) not null,
    contact_name         varchar(100) not null,
    contact_phone        varchar(32)  not null,
    registered_at        timestamptz  not null default now(),
    constraint enterprise_uscc_uk unique (uscc)
);
create index enterprise_county_idx on enterprise (county_code);
create index enterprise_city_idx on enterprise (city_code);

alter table app_user
    add constraint app_user_enterprise_fk foreign key (enterprise_id) references enterprise (id);
