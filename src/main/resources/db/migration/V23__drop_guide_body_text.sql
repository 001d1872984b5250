-- A guide's plain text was written at every load and never read: search builds its
-- blocks from the rendered HTML (GuideText), and the loader checks the plain text before
-- anything is stored.
alter table guide drop column body_text;
