import { indexedStateOf, type IndexedState } from '../../shared/duplicates/duplicate-index';
import { signatureVersion, type StoredDescription } from '../../shared/duplicates/stored-description';
import type { SqlExecutor } from '../storage/database';

/**
 * The persisted duplicate index (migration 0052, `duplicate_signatures`): reading it in bulk at start, and
 * writing what was computed from a ticket's text. See docs/duplicates.md "Persisted".
 */

/** A ticket as the index loads it: its non-text fields, and its stored description when current. */
export interface IndexedTicketRow {
  id: string;
  number: number;
  customerKey: string;
  category: string | null;
  createdAtMs: number;
  relatedCount: number;
  duplicateCount: number;
  /** Where the ticket stands for lookups (status, merged away). */
  state: IndexedState;
  /** Null when the ticket has no description of the current version: it must be described from its text. */
  stored: StoredDescription | null;
}

interface RawRow {
  id: string;
  number: number | string;
  email_key: string;
  category: string | null;
  created_ms: number | string;
  related_count: number | string;
  duplicate_count: number | string;
  status: string;
  merged_into_ticket_id: string | null;
  minhash: Uint8Array | null;
  features: Uint8Array | null;
  concepts: number | null;
  intents: number | null;
  identifiers: string[] | null;
}

const indexColumns = `t.id, t.number, c.email_key, t.category,
  (extract(epoch from t.created_at) * 1000)::float8 as created_ms,
  jsonb_array_length(t.related) as related_count,
  jsonb_array_length(t.possible_duplicates) as duplicate_count, t.status, t.merged_into_ticket_id,
  s.minhash, s.features, s.concepts, s.intents, s.identifiers
  from tickets t join customers c on c.id = t.customer_id
  left join duplicate_signatures s on s.ticket_id = t.id and s.version = $1`;

function toRow(raw: RawRow): IndexedTicketRow {
  const isStored = raw.minhash !== null && raw.features !== null;
  return {
    id: raw.id,
    number: Number(raw.number),
    customerKey: raw.email_key,
    category: raw.category,
    createdAtMs: Number(raw.created_ms),
    relatedCount: Number(raw.related_count),
    duplicateCount: Number(raw.duplicate_count),
    state: indexedStateOf(raw.status, raw.merged_into_ticket_id),
    stored: isStored
      ? {
          version: signatureVersion,
          minhash: raw.minhash ?? new Uint8Array(),
          features: raw.features ?? new Uint8Array(),
          concepts: raw.concepts ?? 0,
          intents: raw.intents ?? 0,
          identifiers: raw.identifiers ?? [],
        }
      : null,
  };
}

/**
 * Up to `limit` tickets numbered after `afterNumber` in number order, or with `newestFirst` numbered before
 * it, newest first (keyset pages: no offset scan).
 */
export async function readIndexPage(
  executor: SqlExecutor,
  afterNumber: number,
  limit: number,
  newestFirst = false,
): Promise<IndexedTicketRow[]> {
  const rows = await executor.query<RawRow>(
    newestFirst
      ? `select ${indexColumns} where t.number < $2 order by t.number desc limit $3`
      : `select ${indexColumns} where t.number > $2 order by t.number limit $3`,
    [signatureVersion, afterNumber, limit],
  );
  return rows.map(toRow);
}

/** The given tickets (those that exist), in number order. */
export async function readIndexRows(
  executor: SqlExecutor,
  ids: readonly string[],
): Promise<IndexedTicketRow[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await executor.query<RawRow>(
    `select ${indexColumns} where t.id = any($2::uuid[]) order by t.number`,
    [signatureVersion, ids],
  );
  return rows.map(toRow);
}

/**
 * What of an indexed ticket can change after it is stored: its category, how many related tickets it lists,
 * and its status and merge (what lookups may offer of it).
 */
export interface IndexedFields {
  id: string;
  category: string | null;
  relatedCount: number;
  state: IndexedState;
}

/** The changeable fields of the given tickets (those that exist). */
export async function readIndexedFields(
  executor: SqlExecutor,
  ids: readonly string[],
): Promise<IndexedFields[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await executor.query<{
    id: string;
    category: string | null;
    related_count: number | string;
    status: string;
    merged_into_ticket_id: string | null;
  }>(
    `select id, category, jsonb_array_length(related) as related_count, status, merged_into_ticket_id
     from tickets where id = any($1::uuid[])`,
    [ids],
  );
  return rows.map((row) => ({
    id: row.id,
    category: row.category,
    relatedCount: Number(row.related_count),
    state: indexedStateOf(row.status, row.merged_into_ticket_id),
  }));
}

/** The ids of a customer's tickets (by e-mail key), oldest first. */
export async function readTicketsOfCustomer(executor: SqlExecutor, customerKey: string): Promise<string[]> {
  const rows = await executor.query<{ id: string }>(
    `select t.id from tickets t join customers c on c.id = t.customer_id where c.email_key = $1
     order by t.number`,
    [customerKey],
  );
  return rows.map((row) => row.id);
}

/** The subject and body of the given tickets, by id. */
export async function readTexts(
  executor: SqlExecutor,
  ids: readonly string[],
): Promise<Map<string, { subject: string; body: string }>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await executor.query<{ id: string; subject: string; body: string }>(
    'select id, subject, body from tickets where id = any($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { subject: row.subject, body: row.body }]));
}

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The parameters of `describedRows`: one array per column. */
export function descriptionParameters(
  entries: readonly { ticketId: string; stored: StoredDescription }[],
): [string[], number[], string[], string[], number[], number[], string[]] {
  return [
    entries.map((entry) => entry.ticketId),
    entries.map((entry) => entry.stored.version),
    entries.map((entry) => hex(entry.stored.minhash)),
    entries.map((entry) => hex(entry.stored.features)),
    entries.map((entry) => entry.stored.concepts),
    entries.map((entry) => entry.stored.intents),
    entries.map((entry) => JSON.stringify(entry.stored.identifiers)),
  ];
}

/**
 * The rows of `duplicate_signatures` from seven array parameters starting at `$first` (see
 * `descriptionParameters`; bytes travel as hex, which both engines decode the same way).
 */
export function describedRows(first: number): string {
  const at = (offset: number): string => `$${first + offset}`;
  return `select given.ticket_id, given.version, decode(given.minhash, 'hex') as minhash,
      decode(given.features, 'hex') as features, given.concepts, given.intents,
      array(select jsonb_array_elements_text(given.identifiers::jsonb)) as identifiers
    from unnest(${at(0)}::uuid[], ${at(1)}::int[], ${at(2)}::text[], ${at(3)}::text[], ${at(4)}::int[],
      ${at(5)}::int[], ${at(6)}::text[]) as given(ticket_id, version, minhash, features, concepts, intents, identifiers)`;
}

const insertColumns =
  'insert into duplicate_signatures (ticket_id, version, minhash, features, concepts, intents, identifiers)';

/** The insert of `describedRows` (for a statement that stores the tickets too). */
export function insertDescriptionsSql(first: number, onlyOf: string): string {
  return `${insertColumns} select described.* from (${describedRows(first)}) as described
    join ${onlyOf} on ${onlyOf}.id = described.ticket_id`;
}

/** Stores descriptions computed from tickets' texts (replacing any of another version). */
export async function writeDescriptions(
  executor: SqlExecutor,
  entries: readonly { ticketId: string; stored: StoredDescription }[],
): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await executor.query(
    `${insertColumns} select described.* from (${describedRows(1)}) as described
     where exists (select 1 from tickets where tickets.id = described.ticket_id)
     on conflict (ticket_id) do update set version = excluded.version, minhash = excluded.minhash,
       features = excluded.features, concepts = excluded.concepts, intents = excluded.intents,
       identifiers = excluded.identifiers
     where duplicate_signatures.version <> excluded.version`,
    descriptionParameters(entries),
  );
}
