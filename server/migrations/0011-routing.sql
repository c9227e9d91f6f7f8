-- 0011: routing (docs/routing.md). Teams own categories and hand their tickets out by a strategy; each agent
-- has a routing profile (skills, languages, capacity, paused); priority rules and the skill wait are one
-- document; the round-robin cursor survives a restart. Every change a lead makes goes to audit_log (0009).

create table routing_teams (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  categories text[] not null default '{}',
  strategy text not null default 'manual'
    check (strategy in ('manual', 'round_robin', 'least_loaded', 'skills_language')),
  -- The lead's order: a category owned by two teams goes to the first.
  position integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table routing_team_members (
  team_id uuid not null references routing_teams (id) on delete cascade,
  agent_id uuid not null references agents (id),
  -- Member order: round-robin's turn order and least-loaded's tie-break.
  position integer not null default 0,
  primary key (team_id, agent_id)
);

-- An agent without a row routes with the defaults: no skills, the agent's own languages, capacity 10.
create table agent_routing_profiles (
  agent_id uuid primary key references agents (id),
  skills text[] not null default '{}',
  languages text[] not null default '{}',
  capacity integer not null default 10 check (capacity >= 0),
  paused boolean not null default false,
  updated_at timestamptz not null default now()
);

create table routing_settings (
  id boolean primary key default true check (id),
  rules jsonb not null,
  skill_wait_minutes integer not null default 30 check (skill_wait_minutes > 0),
  updated_at timestamptz not null default now()
);
insert into routing_settings (id, rules) values (true, '[{"id":"account-takeover","name":"Hacked account or unknown withdrawal","categories":["account_security","deposit_withdrawal"],"patterns":["hacked","compromised","unauthorized","unauthorised","unknown withdrawal","didn''t withdraw","did not withdraw","해킹","도용","출금한 적","被盗","被黑","盗号","未授权"],"languages":[],"priority":"urgent"}]');

create table routing_cursors (
  team_id uuid primary key references routing_teams (id) on delete cascade,
  agent_id uuid not null references agents (id)
);

-- Teams a new service starts with; manual until a lead picks a strategy and adds members.
insert into routing_teams (name, categories, position) values
  ('Account security', '{account_security,kyc}', 0),
  ('Trading', '{trade_execution,derivatives,api}', 1),
  ('Funds', '{deposit_withdrawal}', 2),
  ('General', '{general}', 3);

-- The team intake routed a ticket to (null: none owned its category).
alter table tickets add column routing_team_id uuid references routing_teams (id);
