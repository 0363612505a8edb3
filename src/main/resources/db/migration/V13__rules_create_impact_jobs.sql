-- 影响分析: re-assessing the stored past applications with a ruleset draft (issue 6), run as a background job.
create table impact_job (
    id           bigint generated always as identity primary key,
    version      int          not null references ruleset_version (version),
    status       varchar(16)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total        int          not null check (total >= 0),
    processed    int          not null default 0 check (processed >= 0),
    started_at   timestamptz  not null default now(),
    finished_at  timestamptz,
    -- {applications, becameIneligible, becameEligible, byClause, byCity, incentives} once DONE
    result       jsonb,
    error        text,
    requested_by varchar(64)  not null
);
create index impact_job_version_idx on impact_job (version, started_at desc);

-- One application whose result changed (eligibility, a clause's status or an incentive amount): the CSV download.
create table impact_job_change (
    job_id           bigint      not null references impact_job (id),
    application_id   bigint      not null,
    number           varchar(32) not null,
    city_code        varchar(6)  not null,
    county_code      varchar(6)  not null,
    before_eligible  boolean     not null,
    after_eligible   boolean     not null,
    changed_clauses  text        not null,
    incentive_deltas jsonb       not null,
    primary key (job_id, application_id)
);
