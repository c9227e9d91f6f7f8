import type { Checklist } from '../../shared/checklist/items';
import { findSecrets } from '../../shared/safety/secrets';
import { appendChanges } from '../storage/change-log';
import type { SqlDatabase, SqlExecutor } from '../storage/database';
import { queryJsonRows } from '../storage/sql-helpers';
import { maskIncoming, redactionsOf, type Redaction } from './mask-incoming';

/**
 * The scrub of data stored before masking existed (migration 0012 records that one is due). At start,
 * before the service listens, every ticket (subject, body, requester's name, device, checklist evidence),
 * message and attachment name is read in batches and masked with the same `maskIncoming` as new text;
 * changed tickets get their `redactions` and a `ticket.updated` change (so consoles refetch and overwrite
 * their cached copies). Then the marker goes, and when anything changed the tables are rewritten
 * (`VACUUM FULL`) so the old row versions leave the data files. Idempotent: masked text has no secrets.
 */

const pendingKey = 'secret_scrub_pending';
const ticketsPerBatch = 500;

/** What `scrubStoredSecrets` did. */
export interface ScrubOutcome {
  /** False when no scrub was due. */
  isDue: boolean;
  ticketsRead: number;
  ticketsChanged: number;
}

interface TicketTextRow {
  id: string;
  subject: string;
  body: string;
  requester_name: string | null;
  requester_locale: string | null;
  device: string | null;
  language: string | null;
  checklist: Checklist;
  messages: { id: string; body: string }[] | null;
  attachments: { id: string; message_id: string | null; name: string }[] | null;
}

const hasSecrets = (text: string | null): boolean => text !== null && findSecrets(text).length > 0;

/** Masks one ticket's stored texts inside `transaction`; resolves with whether anything changed. */
async function scrubTicket(transaction: SqlExecutor, row: TicketTextRow): Promise<boolean> {
  const messages = row.messages ?? [];
  const attachments = row.attachments ?? [];
  const evidence = row.checklist.items.map((item) => item.evidence);
  const isDirty =
    [row.subject, row.body, row.requester_name, row.device, ...evidence].some(hasSecrets) ||
    messages.some((message) => hasSecrets(message.body)) ||
    attachments.some((attachment) => hasSecrets(attachment.name));
  if (!isDirty) {
    return false;
  }
  const hint = { language: row.language, locale: row.requester_locale };
  const openingNames = attachments.filter((attachment) => attachment.message_id === null);
  const opening = maskIncoming(
    {
      subject: row.subject,
      body: row.body,
      attachmentNames: openingNames.map((attachment) => attachment.name),
      labels: [row.requester_name ?? '', row.device ?? '', ...evidence.map((text) => text ?? '')],
    },
    hint,
  );
  const redactions: Redaction[] = redactionsOf(opening.kinds, null);
  const [name = '', device = '', ...maskedEvidence] = opening.labels;
  const checklist: Checklist = {
    ...row.checklist,
    items: row.checklist.items.map((item, index) =>
      item.evidence === null ? item : { ...item, evidence: maskedEvidence[index] ?? item.evidence },
    ),
  };
  await transaction.query(
    `update tickets set subject = $2, body = $3, requester_name = $4, device = $5, checklist = $6::jsonb,
       redactions = redactions || $7::jsonb, version = version + 1
     where id = $1`,
    [
      row.id,
      opening.subject ?? row.subject,
      opening.body,
      row.requester_name === null ? null : name,
      row.device === null ? null : device,
      JSON.stringify(checklist),
      JSON.stringify(redactions),
    ],
  );
  for (const [index, attachment] of openingNames.entries()) {
    await transaction.query('update attachments set name = $2 where id = $1', [
      attachment.id,
      opening.attachmentNames[index] ?? attachment.name,
    ]);
  }
  const messageRedactions: Redaction[] = [];
  for (const message of messages) {
    const names = attachments.filter((attachment) => attachment.message_id === message.id);
    if (!hasSecrets(message.body) && !names.some((attachment) => hasSecrets(attachment.name))) {
      continue;
    }
    const masked = maskIncoming(
      { body: message.body, attachmentNames: names.map((attachment) => attachment.name) },
      hint,
    );
    messageRedactions.push(...redactionsOf(masked.kinds, message.id));
    await transaction.query('update messages set body = $2 where id = $1', [message.id, masked.body]);
    for (const [index, attachment] of names.entries()) {
      await transaction.query('update attachments set name = $2 where id = $1', [
        attachment.id,
        masked.attachmentNames[index] ?? attachment.name,
      ]);
    }
  }
  if (messageRedactions.length > 0) {
    await transaction.query('update tickets set redactions = redactions || $2::jsonb where id = $1', [
      row.id,
      JSON.stringify(messageRedactions),
    ]);
  }
  return true;
}

/**
 * Runs the scrub when migration 0012 (or a later one) marked it due; resolves at once otherwise. Each batch
 * of tickets is one transaction; several service nodes starting together may scrub the same batch, which
 * is harmless (the second finds nothing left).
 */
export async function scrubStoredSecrets(
  database: SqlDatabase,
  options: { log?: (line: string) => void; onChangesCommitted?: () => void } = {},
): Promise<ScrubOutcome> {
  const pending = await database.query('select 1 from settings where key = $1', [pendingKey]);
  if (pending.length === 0) {
    return { isDue: false, ticketsRead: 0, ticketsChanged: 0 };
  }
  let after = '00000000-0000-0000-0000-000000000000';
  let ticketsRead = 0;
  let ticketsChanged = 0;
  for (;;) {
    const changed = await database.transaction(async (transaction) => {
      const rows = await queryJsonRows<TicketTextRow>(
        transaction,
        `select json_build_object(
           'id', t.id, 'subject', t.subject, 'body', t.body, 'requester_name', t.requester_name,
           'requester_locale', t.requester_locale, 'device', t.device, 'language', t.language,
           'checklist', t.checklist,
           'messages', (select json_agg(json_build_object('id', m.id, 'body', m.body))
             from messages m where m.ticket_id = t.id),
           'attachments', (select json_agg(json_build_object('id', a.id, 'message_id', a.message_id, 'name', a.name))
             from attachments a where a.ticket_id = t.id)
         ) as json_row
         from tickets t where t.id > $1 order by t.id limit $2 for update of t`,
        [after, ticketsPerBatch],
      );
      const ids: string[] = [];
      for (const row of rows) {
        if (await scrubTicket(transaction, row)) {
          ids.push(row.id);
        }
      }
      if (ids.length > 0) {
        await appendChanges(
          transaction,
          ids.map((id) => ({ type: 'ticket.updated' as const, ticketId: id, agentId: null })),
        );
      }
      ticketsRead += rows.length;
      after = rows.at(-1)?.id ?? after;
      return { count: rows.length, changed: ids.length };
    });
    ticketsChanged += changed.changed;
    if (changed.changed > 0) {
      options.onChangesCommitted?.();
    }
    if (changed.count < ticketsPerBatch) {
      break;
    }
  }
  await database.query('delete from settings where key = $1', [pendingKey]);
  if (ticketsChanged > 0) {
    // Updated rows leave their old versions in the table files until rewritten.
    await database.query('vacuum full tickets, messages, attachments');
    // Pushes the rewrite to disk now; PostgreSQL lets only privileged roles checkpoint, which a service's
    // role may not be, and the server checkpoints on its own schedule anyway.
    await database.query('checkpoint').catch(() => undefined);
  }
  options.log?.(`secret scrub: ${ticketsChanged} of ${ticketsRead} stored tickets masked`);
  return { isDue: true, ticketsRead, ticketsChanged };
}
