-- Several service nodes on one PostgreSQL (docs/deploy.md).

-- Every commit that appends to the change log notifies the nodes with the newest seq it appended, and
-- nothing else: notifications can be read by any role that can connect, so they never carry ticket content.
-- The channel is named after the schema, so services in different schemas of one database (tests) do not
-- wake each other. A statement trigger sends one notification per statement; PostgreSQL delivers it at
-- commit, and commits that append to the log are serialized by the change-log lock.
create function notify_changes_committed() returns trigger language plpgsql as $$
begin
  perform pg_notify('console_changes_' || current_schema(), (select max(seq) from appended)::text);
  return null;
end
$$;

create trigger changes_notify after insert on changes
  referencing new table as appended
  for each statement execute function notify_changes_committed();

-- Payloads over PostgreSQL's 8,000-byte notification limit that @socket.io/postgres-adapter carries between
-- nodes (the presence of many agents): the adapter stores them here and notifies their id. The adapter
-- deletes rows older than 30 s.
create table socket_io_attachments (
  id bigserial unique,
  created_at timestamptz default now(),
  payload bytea
);
