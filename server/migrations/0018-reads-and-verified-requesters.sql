-- 0018: what one agent reads, and verified requesters (docs/security.md "Reads").
-- access_log: one row per ticket detail read ('read'), refused read ('refused': past the read budget),
-- search ('search': the query text and how many tickets matched) or export ('export'). Written in batches by
-- the service (server/access/access-log.ts); kept until a lead's retention removes it.
-- tickets.requester_verified/requester_account_id: set from a valid X-Customer-Assertion at intake; any other
-- intake (and every ticket stored before this migration) is unverified.
-- merges.required_role: the role the merge needed, which its undo needs too (a lead's cross-customer merge
-- cannot be undone by a plain agent). Existing cross-customer merges needed a lead.

create table access_log (
  id bigint generated always as identity primary key,
  agent_id uuid not null references agents (id),
  ticket_id uuid,
  kind text not null check (kind in ('read', 'refused', 'search', 'export')),
  query text,
  result_count integer,
  -- false for reads of tickets assigned to the agent: they never count against the read budget.
  counted boolean not null default true,
  at timestamptz not null
);
create index access_log_agent_index on access_log (agent_id, at);
create index access_log_at_index on access_log (at);

alter table tickets add column requester_verified boolean not null default false;
alter table tickets add column requester_account_id text;

alter table merges add column required_role text not null default 'agent'
  check (required_role in ('agent', 'lead', 'admin'));
update merges set required_role = 'lead' where different_customers;
