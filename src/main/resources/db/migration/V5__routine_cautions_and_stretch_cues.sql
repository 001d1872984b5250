-- A routine's cautions, strongest first, shown in the same caution style as a stretch's.
create table routine_caution (
    routine_id bigint not null references routine (id) on delete cascade,
    idx int not null,
    caution varchar(2000) not null,
    primary key (routine_id, idx)
);

-- A stretch's key step in a few words, shown beside the routine timer.
alter table stretch add column cue varchar(300);
