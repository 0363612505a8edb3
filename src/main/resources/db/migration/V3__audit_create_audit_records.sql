-- Append-only audit trail: who, role, jurisdiction, when, what, on which subject, with details.
create table audit_record (
    id                 bigint generated always as identity primary key,
    occurred_at        timestamptz not null default now(),
    actor              varchar(64) not null,
    actor_role         varchar(32),
    actor_jurisdiction varchar(6),
    action             varchar(64) not null,
    subject_type       varchar(32),
    subject_id         varchar(64),
    details            jsonb       not null default '{}'::jsonb
);
create index audit_record_subject_idx on audit_record (subject_type, subject_id, occurred_at);
create index audit_record_occurred_idx on audit_record (occurred_at);

create function audit_record_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_record is append-only (% refused)', tg_op;
end;
$$;

create trigger audit_record_no_update_or_delete
    before update or delete on audit_record
    for each row execute function audit_record_is_append_only();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_is_append_only();
