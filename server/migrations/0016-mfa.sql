-- 0016: a second factor for agents (issue 16, docs/security.md). TOTP (RFC 6238): the shared secret must be
-- readable to check codes, so it is stored as given (base32); it is never sent again after enrolment and
-- never leaves the service (the desktop app keeps only its session token). `confirmed_at` is null while an
-- enrolment waits for its first code. `last_used_step` refuses a code that was used already (replay).

create table agent_mfa (
  agent_id uuid primary key references agents (id),
  secret text not null,
  confirmed_at timestamptz,
  last_used_step bigint,
  created_at timestamptz not null default now()
);

-- Recovery codes: shown once at enrolment, stored as SHA-256 hashes (each is 50 random bits, used at most
-- once and only after the password), each usable once.
create table mfa_recovery_codes (
  agent_id uuid not null references agents (id),
  code_hash text not null,
  used_at timestamptz,
  primary key (agent_id, code_hash)
);

-- The second step of a login: the password was right; `token_hash` is the hash of the short-lived token the
-- client sends with the code. `step` is `code` (give a code) or `enrol` (the team requires MFA and this agent
-- has none). Five wrong codes spend the challenge.
create table mfa_challenges (
  token_hash text primary key,
  agent_id uuid not null references agents (id),
  step text not null check (step in ('code', 'enrol')),
  expires_at timestamptz not null,
  attempts integer not null default 0
);
create index mfa_challenges_agent_index on mfa_challenges (agent_id);
