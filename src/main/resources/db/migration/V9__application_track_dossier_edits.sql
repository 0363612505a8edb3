-- When the enterprise last changed the working dossier (form or evidence); status changes do not count.
-- A resubmission after a return must follow such a change.
alter table application add column edited_at timestamptz;
update application set edited_at = updated_at;
alter table application alter column edited_at set not null;
alter table application alter column edited_at set default now();
