-- 0049: rate limits shared by the nodes of one database (server/cluster/shared-rate-limits.ts). One row per
-- limited key (route and client address) and fixed window; each node adds its hits every sync and reads the
-- total. Rows are pruned a minute after their window ends.
create table rate_limit_windows (
  key text not null,
  window_start bigint not null,
  window_ms integer not null check (window_ms > 0),
  hits integer not null default 0 check (hits >= 0),
  primary key (key, window_start)
);

create index rate_limit_windows_end on rate_limit_windows ((window_start + window_ms));
