-- 0035: incidents and the customer help center (docs/incidents.md, docs/help-center.md).
-- incidents: what leads announce (a title and body per language, the categories it concerns, a status that
-- moves investigating -> identified -> monitoring -> resolved). Not resolved = live on /help and matched at
-- intake. deflections: how many customers said an announcement answered their question on the form.
-- incident_tickets: which tickets an incident covers; linked_by 'lead' (a lead linked it) or 'automatic'
-- (intake matched it to a live incident). One row per pair, so an update reaches each ticket once.
-- incident_updates: every update a lead posted, with the bodies, the statuses it set and how many tickets
-- it reached (the replies themselves are ordinary messages on the tickets).
-- faq_replies.is_public: a lead marks a canned reply as a public help-center article.
-- tickets_customer_token_index: the status page finds a ticket by its access token's hash alone.

create table incidents (
  id uuid primary key default gen_random_uuid(),
  title jsonb not null,
  body jsonb not null,
  categories text[] not null default '{}',
  status text not null check (status in ('investigating', 'identified', 'monitoring', 'resolved')),
  deflections integer not null default 0,
  created_by uuid references agents (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  resolved_at timestamptz,
  version integer not null default 1
);
create index incidents_live_index on incidents (created_at) where status <> 'resolved';

create table incident_tickets (
  incident_id uuid not null references incidents (id),
  ticket_id uuid not null references tickets (id),
  linked_by text not null check (linked_by in ('lead', 'automatic')),
  linked_at timestamptz not null default now(),
  primary key (incident_id, ticket_id)
);
create index incident_tickets_ticket_index on incident_tickets (ticket_id);

create table incident_updates (
  id uuid primary key default gen_random_uuid(),
  incident_id uuid not null references incidents (id),
  body jsonb not null,
  status text check (status in ('investigating', 'identified', 'monitoring', 'resolved')),
  set_ticket_status text,
  author_agent_id uuid references agents (id),
  ticket_count integer not null,
  created_at timestamptz not null default now()
);
create index incident_updates_incident_index on incident_updates (incident_id, created_at);

alter table faq_replies add column is_public boolean not null default false;

create index tickets_customer_token_index on tickets (customer_token_hash)
  where customer_token_hash is not null;
