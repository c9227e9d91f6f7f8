-- 0054: the SLA pause spans of pauses finished before 0046, rebuilt from the status history (docs/agent-day.md
-- "Business time"). 0046 recorded spans from then on only, so paused time from before counted as paused
-- business time whole: a weekend spent awaiting the customer took two whole days off the team's business
-- clock instead of none. ticket_events (0005) holds every status change with its time, and a pause runs from
-- entering awaiting_customer, solved or closed to leaving them for an open status, exactly what the write
-- paths add to sla_paused_ms (they stamp updated_at, the event's time, and the pause with the same now()).
--
-- A ticket is rebuilt only when its history accounts for all its paused time: the finished pauses of its
-- events add up to sla_paused_ms within one second (whole milliseconds are floored per pause). Otherwise it
-- keeps its spans and its unrecorded time still counts whole: tickets stored before 0005 (their history
-- starts with their status at that migration), merged tickets whose paused time was restored by an undo,
-- imports whose status changes never happened here. The rebuilt spans replace the recorded ones, which are
-- the same pauses (0046's trigger stamps them with the transaction's time, the events with updated_at).

with candidates as (
  select t.id, t.sla_paused_ms
  from tickets t
  where t.sla_paused_ms > coalesce(
    (select sum((span ->> 1)::bigint - (span ->> 0)::bigint) from jsonb_array_elements(t.sla_paused_spans) span), 0)
),
transitions as (
  select e.ticket_id, e.id, e.at,
         coalesce(e.from_status in ('awaiting_customer', 'solved', 'closed'), false) as was_paused,
         e.to_status in ('awaiting_customer', 'solved', 'closed') as is_paused
  from ticket_events e
  join candidates c on c.id = e.ticket_id
),
ends as (
  select r.ticket_id, r.at as ended_at,
         (select max(s.at) from transitions s
          where s.ticket_id = r.ticket_id and s.is_paused and not s.was_paused
            and (s.at, s.id) < (r.at, r.id)) as started_at
  from transitions r
  where r.was_paused and not r.is_paused
),
rebuilt as (
  select ends.ticket_id,
         jsonb_agg(jsonb_build_array(
           floor(extract(epoch from ends.started_at) * 1000)::bigint,
           floor(extract(epoch from ends.ended_at) * 1000)::bigint) order by ends.started_at) as spans,
         sum(floor(extract(epoch from (ends.ended_at - ends.started_at)) * 1000))::bigint as paused_ms,
         bool_and(ends.started_at is not null) as is_paired
  from ends
  group by ends.ticket_id
)
update tickets t set sla_paused_spans = rebuilt.spans
from rebuilt join candidates c on c.id = rebuilt.ticket_id
where t.id = rebuilt.ticket_id and rebuilt.is_paired and abs(rebuilt.paused_ms - c.sla_paused_ms) <= 1000;
