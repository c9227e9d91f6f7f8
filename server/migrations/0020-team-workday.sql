-- 0020: each team's workday settings a lead chooses (docs/agent-day.md).
-- landing_view: the queue view the team's agents land on ('next' is "My work": their own workable tickets and
-- the unassigned ones of their teams' categories, by SLA due time).
-- assign_on_reply: the first public reply of an agent to an unassigned ticket of the team assigns it to them.

alter table routing_teams add column landing_view text not null default 'next'
  check (landing_view in ('next', 'mine', 'unassigned', 'sla_breached', 'sla_at_risk', 'awaiting_customer',
    'recently_updated', 'all'));
alter table routing_teams add column assign_on_reply boolean not null default true;
