-- Read model of the open user tasks, kept in step with the engine by task listeners in the engine's transaction:
-- the queues ask one indexed table by candidate group instead of joining the engine's identity links.
create table workflow_task (
    task_id             varchar(64)  primary key,
    process_instance_id varchar(64)  not null,
    task_key            varchar(64)  not null,
    name                varchar(100) not null,
    step                varchar(32)  not null,
    candidate_group     varchar(64)  not null,
    application_id      bigint       not null,
    application_number  varchar(32)  not null,
    enterprise_id       bigint       not null,
    enterprise_name     varchar(200) not null,
    county_code         varchar(6)   not null,
    city_code           varchar(6)   not null,
    assignee            varchar(64),
    created_at          timestamptz  not null,
    due_at              timestamptz,
    overdue_flagged_at  timestamptz
);
create index workflow_task_queue_idx on workflow_task (candidate_group, due_at nulls last, task_id);
create index workflow_task_application_idx on workflow_task (application_id);
create index workflow_task_due_idx on workflow_task (due_at);
