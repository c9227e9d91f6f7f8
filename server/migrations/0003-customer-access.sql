-- 0003: the customer's side of a ticket, and agents' hand marks on its checklist.
-- customer_token_hash: SHA-256 (hex) of the access token intake gave the customer; the token itself is never
-- stored. Tickets from before this migration, import and the demo have none, so no customer can use them.
-- checklist_marks: an agent's overrides of checklist items, key -> true/false; they survive re-evaluation.
-- messages.checklist_provided: for a customer message, the checklist keys it provided that were missing
-- before it (null for other messages and for customer messages stored before this migration).
-- The team's SLA policy and checklist rules live in the existing settings table (keys sla_policy and
-- checklist_rules); without a row the service uses its defaults.

alter table tickets add column customer_token_hash text;
alter table tickets add column checklist_marks jsonb not null default '{}';
alter table messages add column checklist_provided jsonb;
