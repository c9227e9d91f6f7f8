-- 0004: each agent's console preferences (saved views, queue columns and sort), kept by the service so they
-- follow the agent to any machine. One JSON document per agent, validated by the service
-- (agentPreferencesSchema in shared/domain/workflow-schemas.ts) and replaced whole on every save.

create table agent_preferences (
  agent_id uuid primary key references agents (id),
  preferences jsonb not null,
  updated_at timestamptz not null default now()
);
