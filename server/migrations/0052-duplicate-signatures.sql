-- 0052: the duplicate index persisted (docs/duplicates.md "Persisted"). One row per ticket: what duplicate
-- detection keeps of its text (shared/duplicates/stored-description.ts), so a starting node loads it in bulk
-- instead of tokenising every ticket again. Written with the ticket by intake (same statement), by the
-- background backfill for tickets stored otherwise or before this version. `version` fingerprints the code
-- that computed the row: a row of another version is recomputed from the text, never used.
-- Customer, time and category are read from the ticket: only what the text alone decides is stored here,
-- and a ticket's subject and body never change, so merges and edits leave the row right.
create table duplicate_signatures (
  ticket_id uuid primary key references tickets (id) on delete cascade,
  version integer not null,
  -- MinHash signature: 30 unsigned 32-bit values, little-endian.
  minhash bytea not null,
  -- Sorted distinct feature hashes, unsigned 32-bit little-endian.
  features bytea not null,
  -- Concepts and exchange concepts as bit masks (bit order of the code's maps; the version covers it).
  concepts integer not null,
  intents integer not null,
  identifiers text[] not null default '{}'
);
