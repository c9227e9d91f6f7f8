-- 0002: the SLA resolution clock's pause accumulators (shared/sla/clock.ts).
-- sla_paused_ms: milliseconds of finished pauses; sla_paused_since: start of the current pause, or null while
-- the clock counts. The clock pauses in awaiting_customer, solved and closed.

alter table tickets add column sla_paused_ms bigint not null default 0;
alter table tickets add column sla_paused_since timestamptz;

-- Tickets already paused: the pause began, at best knowledge, when the ticket was solved or last changed.
update tickets set sla_paused_since = coalesce(solved_at, updated_at)
  where status in ('awaiting_customer', 'solved', 'closed');
