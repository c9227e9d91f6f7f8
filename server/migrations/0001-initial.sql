-- 0001: the ticket service's first schema. Runs unchanged on PostgreSQL 15+ and PGlite.

create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);

create table categories (
  key text primary key,
  name text not null,
  is_default boolean not null default false,
  created_at timestamptz not null default now()
);

insert into categories (key, name, is_default) values
  ('account_security', 'Account security', true),
  ('trade_execution', 'Trade execution', true),
  ('deposit_withdrawal', 'Deposit and withdrawal', true),
  ('api', 'API', true),
  ('kyc', 'KYC', true),
  ('derivatives', 'Derivatives', true),
  ('general', 'General', true);

create table agents (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  email_key text not null unique,
  name text not null,
  role text not null check (role in ('agent', 'lead', 'admin')),
  password_hash text,
  languages text[] not null default '{}',
  -- The service's own accounts (the admin token's identity) are not people to assign tickets to.
  is_system boolean not null default false,
  is_disabled boolean not null default false,
  created_at timestamptz not null default now()
);

insert into agents (email, email_key, name, role, is_system)
  values ('admin@localhost', 'admin@localhost', 'Administrator', 'admin', true);

create table api_tokens (
  token_hash text primary key,
  agent_id uuid not null references agents (id),
  label text not null default '',
  created_at timestamptz not null default now()
);
create index api_tokens_agent_index on api_tokens (agent_id);

create table customers (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  email_key text not null unique,
  name text,
  locale text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create sequence ticket_number_sequence start with 1001;

create table tickets (
  id uuid primary key default gen_random_uuid(),
  number bigint not null unique default nextval('ticket_number_sequence'),
  external_id text unique,
  customer_id uuid not null references customers (id),
  requester_email text not null,
  requester_name text,
  requester_locale text,
  subject text not null,
  body text not null,
  category text references categories (key),
  requested_category text,
  status text not null default 'new'
    check (status in ('new', 'open', 'awaiting_customer', 'on_hold', 'solved', 'closed')),
  priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
  assignee_id uuid references agents (id),
  language text,
  tags text[] not null default '{}',
  source text not null check (source in ('web', 'email', 'import', 'demo', 'api')),
  occurred_at timestamptz,
  device text,
  suggested_category jsonb,
  possible_duplicates jsonb not null default '[]',
  related jsonb not null default '[]',
  checklist jsonb not null,
  redactions jsonb not null default '[]',
  message_count integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  first_response_at timestamptz,
  solved_at timestamptz,
  version integer not null default 1
);
create index tickets_status_number_index on tickets (status, number desc);
create index tickets_category_number_index on tickets (category, number desc);
create index tickets_assignee_number_index on tickets (assignee_id, number desc);
create index tickets_customer_index on tickets (customer_id, created_at);

create table messages (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references tickets (id),
  kind text not null check (kind in ('customer', 'reply', 'note')),
  author_agent_id uuid references agents (id),
  author_name text,
  body text not null,
  created_at timestamptz not null default now()
);
create index messages_ticket_index on messages (ticket_id, created_at);

create table attachments (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references tickets (id),
  message_id uuid references messages (id),
  name text not null,
  type text not null,
  size integer not null,
  data bytea not null,
  created_at timestamptz not null default now()
);
create index attachments_ticket_index on attachments (ticket_id);

-- Append-only. Writers take an advisory lock right before inserting here, so rows commit in seq order.
create table changes (
  seq bigserial primary key,
  type text not null,
  ticket_id uuid,
  agent_id uuid,
  at timestamptz not null default now()
);
