-- 0030: the e-mail channel (docs/email.md). Every mail received is kept once per Message-ID with its raw
-- bytes ("show original"), what it became and its sender's authentication; the addresses a ticket's mail
-- involves (requester and CCs, with a failing flag a bounce sets); the outbound queue; the IMAP cursor.

create table mail_inbound (
  id uuid primary key default gen_random_uuid(),
  -- The Message-ID as sent (angle brackets removed), or `sha256:<hex>` of the raw bytes when there is none:
  -- a second copy (a CC to another team address, a redelivery) collides here and is dropped.
  message_key text not null unique,
  via text not null check (via in ('smtp', 'imap')),
  raw bytea not null,
  -- The raw bytes held a secret the masking removed: `raw` is then the masked rendering, not the bytes sent.
  is_raw_masked boolean not null default false,
  sender text,
  subject text,
  envelope jsonb not null default '{}',
  state text not null default 'pending' check (state in ('pending', 'ticket', 'message', 'dropped')),
  -- Why it became what it became: new_ticket, signed_reference, subject_number, stranger, auto_reply,
  -- bounce, own_address, ticket_closed, unreadable.
  outcome text,
  ticket_id uuid references tickets (id),
  message_id uuid references messages (id),
  -- The id a new ticket was going to get: after a crash, a pending row whose ticket exists is finished.
  planned_ticket_id uuid,
  authentication jsonb,
  cc jsonb not null default '[]',
  notes jsonb not null default '[]',
  received_at timestamptz not null default now(),
  processed_at timestamptz
);
create index mail_inbound_ticket_index on mail_inbound (ticket_id);
create index mail_inbound_pending_index on mail_inbound (received_at) where state = 'pending';

create table mail_ticket_addresses (
  ticket_id uuid not null references tickets (id),
  address_key text not null,
  address text not null,
  role text not null check (role in ('requester', 'cc')),
  is_failing boolean not null default false,
  failure text,
  updated_at timestamptz not null default now(),
  primary key (ticket_id, address_key)
);

create table mail_outbound (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references tickets (id),
  -- The agent's reply it carries; null for an acknowledgement.
  message_id uuid references messages (id),
  kind text not null check (kind in ('acknowledgement', 'reply')),
  -- The service's signed Message-ID (with angle brackets).
  header_message_id text not null unique,
  recipient text not null,
  recipient_key text not null,
  cc jsonb not null default '[]',
  subject text not null,
  body text not null,
  in_reply_to text,
  refs jsonb not null default '[]',
  state text not null default 'queued' check (state in ('queued', 'sending', 'sent', 'failed', 'bounced')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  lease_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create unique index mail_outbound_message_index on mail_outbound (message_id) where message_id is not null;
create index mail_outbound_due_index on mail_outbound (next_attempt_at) where state in ('queued', 'sending');
create index mail_outbound_ticket_index on mail_outbound (ticket_id);
create index mail_outbound_acknowledgement_index on mail_outbound (recipient_key, created_at)
  where kind = 'acknowledgement';

create table mail_imap_cursors (
  mailbox text primary key,
  uid_validity text not null,
  last_uid bigint not null,
  updated_at timestamptz not null default now()
);
