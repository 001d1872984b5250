-- The checklist is built in memory from the parsed files when content loads, on every
-- instance; its tables keep only what the loader reads to tell what changed: each
-- file's slug and content hash. The checked text and the copied order and level were
-- written but never read back.
alter table checklist_question_group drop column definition;
alter table checklist_question_group drop column position;
alter table checklist_rule drop column definition;
alter table checklist_rule drop column level;
