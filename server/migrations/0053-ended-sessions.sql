-- 0053: why a session ended (server/accounts/sessions.ts). Signing out, being disabled and changing the
-- password delete the session's token; its hash is kept here with the reason, so a request that still
-- carries the token gets a 401 that says why (`error.reason`), and the console can tell the agent "disabled
-- by a lead" even when an HTTP request is refused before the socket's `session:ended` arrives. Only the hash
-- is kept (as in api_tokens): the row opens nothing. Rows older than 30 days are pruned when sessions end.
create table ended_sessions (
  token_hash text primary key,
  reason text not null check (reason in ('signed_out', 'disabled', 'expired', 'password_changed')),
  ended_at timestamptz not null
);

create index ended_sessions_ended_at on ended_sessions (ended_at);
