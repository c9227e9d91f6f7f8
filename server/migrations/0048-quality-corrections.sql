-- 0048: what agents corrected, for quality per language on the Metrics page (docs/metrics.md, issue 18).
-- category_reviewed_at: the last time an agent set the ticket's category by hand (a ticket update or a bulk
--   change naming a category, the suggestion kept or replaced). Solving or closing a ticket also counts as
--   confirming its category, so tickets from before 0048 are judged by their status.
-- checklist_corrections: the checklist keys an agent marked differently from what extraction said at the
--   moment of the mark (marks removed since are taken out). Marks stored before 0048 are not counted: what
--   extraction said before them was not kept.
-- dismissed_duplicates: the possible duplicates an agent answered "not a duplicate" to, each
--   {"id", "score", "agent_id", "at"}; they leave possible_duplicates, so the offer is recorded here.
alter table tickets add column category_reviewed_at timestamptz;
alter table tickets add column checklist_corrections text[] not null default '{}';
alter table tickets add column dismissed_duplicates jsonb not null default '[]';
