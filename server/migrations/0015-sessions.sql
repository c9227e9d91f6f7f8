-- 0015: agents' sessions end (issue 16, docs/security.md "Threat model"). A token now belongs to a session
-- that began at its login (`session_started_at`, for the absolute lifetime) and was last used at
-- `last_used_at` (for the idle lifetime); both lifetimes are the leads' `session_policy` setting, applied
-- when a token is checked, so shortening them cuts sessions already open. `expires` is false only for the
-- desktop shell's local agent, whose token never leaves the machine and has no password to sign in again.
-- Tokens issued before this version start their session at the upgrade, so nobody is signed out by it.

alter table api_tokens add column session_started_at timestamptz not null default now();
alter table api_tokens add column last_used_at timestamptz not null default now();
alter table api_tokens add column expires boolean not null default true;
update api_tokens set expires = false where label = 'desktop';

-- Who disabled an agent and when (is_disabled exists since 0001).
alter table agents add column disabled_at timestamptz;
alter table agents add column password_changed_at timestamptz;

-- Failed logins per account (the e-mail's key, known or not), for the lockout: 10 within 15 minutes lock
-- the account from every address. Rows older than the window are pruned as new ones arrive.
create table login_failures (
  email_key text not null,
  failed_at timestamptz not null
);
create index login_failures_key_index on login_failures (email_key, failed_at);

-- A locked account: no login until `locked_until`. `strikes` counts locks in a row (each doubles the next
-- lock's length); a successful login clears it.
create table login_locks (
  email_key text primary key,
  locked_until timestamptz not null,
  strikes integer not null
);
