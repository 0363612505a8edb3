-- 停用: a published version taken out of effect says why (DESIGN.md §4 lifecycle, PUBLISHED → RETIRED).
alter table ruleset_version add column retirement_reason text;

-- Impact analysis jobs survive the node that ran them: the worker renews a lease (heartbeat_at) after every batch and
-- while it waits; a RUNNING job whose lease has lapsed (its node stopped or died) is taken over by the first node that
-- sees it and run again from the start. attempts counts the runs; node says which node holds it.
alter table impact_job add column heartbeat_at timestamptz;
alter table impact_job add column node varchar(100);
alter table impact_job add column attempts int not null default 1 check (attempts >= 1);
update impact_job set heartbeat_at = coalesce(finished_at, started_at);
alter table impact_job alter column heartbeat_at set not null;
create index impact_job_running_idx on impact_job (heartbeat_at) where status = 'RUNNING';
-- finished jobs are purged after the retention period, oldest first
create index impact_job_finished_idx on impact_job (finished_at) where status <> 'RUNNING';

-- purging a job takes its changed applications with it
alter table impact_job_change drop constraint impact_job_change_job_id_fkey;
alter table impact_job_change
    add constraint impact_job_change_job_id_fkey foreign key (job_id) references impact_job (id) on delete cascade;
