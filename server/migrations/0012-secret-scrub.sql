-- 0012: secrets customers pasted before masking existed must go from stored tickets too (docs/security.md,
-- "Data already stored"). SQL cannot run the detector (shared/safety/secrets.ts: BIP-39 word lists,
-- bs58check, context words), so this migration only records that a scrub is due; the service runs it in
-- TypeScript at start, before it listens (server/safety/scrub-stored.ts), and removes the marker once every
-- ticket, message and attachment name has been masked. Re-running it changes nothing: masked text has no
-- secrets left.
insert into settings (key, value) values ('secret_scrub_pending', '"0012"'::jsonb)
  on conflict (key) do update set value = excluded.value, updated_at = now();
