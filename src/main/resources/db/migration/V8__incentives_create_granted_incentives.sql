-- 激励政策兑现: the bundle (金融+财政+土地+信用) granted at certification, exactly as the ruleset version that decided
-- it computed it. One grant per certifying application; an enterprise's latest grant is the one it sees.
create table incentive_grant (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references application (id),
    enterprise_id   bigint      not null references enterprise (id),
    ruleset_version int         not null check (ruleset_version > 0),
    granted_at      timestamptz not null,
    constraint incentive_grant_application_uk unique (application_id)
);
create index incentive_grant_enterprise_idx on incentive_grant (enterprise_id, granted_at desc, id desc);

-- One item of a grant, in the ruleset's order. amount is in yuan, null where no policy gives one (never an estimate);
-- details holds the yearly rows of FISCAL_SURCHARGE_OFFSET ({year, credit, offset, carriedForward}).
create table granted_incentive (
    grant_id     bigint      not null references incentive_grant (id),
    position     int         not null,
    pillar       varchar(16) not null check (pillar in ('FINANCE', 'FISCAL', 'LAND', 'CREDIT')),
    code         varchar(64) not null,
    title        text,
    jurisdiction text,
    source       text,
    amount       numeric,
    basis        text,
    details      jsonb       not null default '[]'::jsonb,
    primary key (grant_id, position)
);
