-- Time to move, as each routine's content gives it (issue 22): the lead-in before the
-- first hold and before any step in a new position, the pause to change sides, and the
-- pause between repeats. Existing rows get the defaults the loader uses (see
-- docs/content-authoring.md); the next content load writes each routine's own values.
alter table routine add column lead_in_seconds int default 20 not null;
alter table routine add column change_sides_seconds int default 8 not null;
alter table routine add column rep_pause_seconds int default 3 not null;

-- What a routine needs besides the floor; every stretch it uses must need no more.
create table routine_equipment (
    routine_id bigint not null references routine (id) on delete cascade,
    idx int not null,
    equipment varchar(50) not null,
    primary key (routine_id, idx)
);
