-- 0046: business time per team (docs/agent-day.md "Business time").

-- business_calendar: the team's time zone, opening hours per weekday and holidays, in the wire form
-- (businessCalendarWireSchema, shared/domain/calendar-schemas.ts). Null: open 24x7, every minute counts, as
-- before this migration.
alter table routing_teams add column business_calendar jsonb;

-- sla_paused_spans: a ticket's finished SLA pauses as [start, end] pairs (milliseconds since the epoch).
-- sla_paused_ms only holds their sum, and business time must know when a pause was: a weekend spent
-- awaiting the customer costs no business time. Every statement that adds to sla_paused_ms, whichever path
-- (status change, bulk edit, incident update), records the span it added, ending at the transaction's time.
-- Pauses finished before this migration have no span: they count as paused business time whole.
alter table tickets add column sla_paused_spans jsonb not null default '[]';

create function record_sla_paused_span() returns trigger language plpgsql as $$
declare
  ended bigint := floor(extract(epoch from now()) * 1000)::bigint;
begin
  if new.sla_paused_ms > old.sla_paused_ms then
    new.sla_paused_spans := old.sla_paused_spans
      || jsonb_build_array(jsonb_build_array(ended - (new.sla_paused_ms - old.sla_paused_ms), ended));
  elsif new.sla_paused_ms < old.sla_paused_ms then
    -- An earlier total restored (a merge undone): the spans no longer add up to it, so none is trusted.
    new.sla_paused_spans := '[]';
  end if;
  return new;
end
$$;

create trigger tickets_record_sla_paused_span before update of sla_paused_ms on tickets
  for each row when (new.sla_paused_ms is distinct from old.sla_paused_ms)
  execute function record_sla_paused_span();
