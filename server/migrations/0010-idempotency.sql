-- 0010: idempotency keys (docs/sync.md). The console's outbox sends every write with a client-generated
-- `Idempotency-Key`; the service records the key in the same transaction as the write, with a hash of the
-- request and the answer it gave, so a retry gets the same answer and the write is applied once.
-- A row is claimed (status null) before the write and completed after it, inside that one transaction: a
-- concurrent request with the same key waits on the primary key until the first commits or rolls back.
-- Keys are per agent: one agent's key never reveals another's answer. Kept 7 days or more (see pruning in
-- server/storage/idempotency.ts).

create table idempotency_keys (
  agent_id uuid not null references agents (id),
  key text not null,
  method text not null,
  path text not null,
  request_hash text not null,
  response_status integer,
  response_body text,
  created_at timestamptz not null default now(),
  primary key (agent_id, key)
);
create index idempotency_keys_created_index on idempotency_keys (created_at);
