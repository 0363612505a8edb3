-- 审核决定: one per task. The unique task id makes the second of two simultaneous decisions fail.
create table review_decision (
    id              bigint generated always as identity primary key,
    task_id         varchar(64) not null,
    application_id  bigint      not null references application (id),
    step            varchar(32) not null,
    outcome         varchar(16) not null check (outcome in ('APPROVE', 'RETURN', 'REJECT')),
    comment         text,
    field_comments  jsonb       not null default '[]'::jsonb,
    decided_by      varchar(64) not null,
    decided_by_role varchar(32) not null,
    decided_at      timestamptz not null,
    dossier_version int         not null,
    ruleset_version int,
    eligible        boolean,
    needs_review    boolean,
    unmet_clauses   jsonb       not null default '[]'::jsonb,
    constraint review_decision_task_uk unique (task_id)
);
create index review_decision_application_idx on review_decision (application_id, decided_at);
