-- A move is either held (a stretch) or not held (a nerve glide moves in and out);
-- for a move that is not held, hold_seconds is the time one slow rep takes.
alter table stretch add column holds boolean default true not null;
