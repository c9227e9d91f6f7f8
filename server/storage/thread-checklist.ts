import type { AttachmentInfo } from '../../shared/checklist/extract/attachment';
import { customerTexts, evaluateChecklist } from '../../shared/checklist/evaluate';
import type { Checklist, RequiredItemRules } from '../../shared/checklist/items';
import {
  applyChecklistMarks,
  mergeChecklistMarks,
  type ChecklistMarkChange,
  type ChecklistMarks,
} from '../../shared/checklist/marks';
import type { SqlExecutor } from './database';
import { isoTime, isoTimeOrNull, type TimestampValue } from './rows';
import { queryJsonRows } from './sql-helpers';

/**
 * A ticket's checklist over its whole customer side: subject, opening body, every customer message and
 * every attachment, with the agents' hand marks applied. Used when the customer answers and when an agent
 * marks an item, so both see exactly what the thread holds.
 */

/** What re-evaluating a ticket's checklist reads from storage. */
export interface ChecklistThread {
  category: string | null;
  subject: string;
  body: string;
  requesterEmail: string;
  requesterLocale: string | null;
  createdAt: string;
  occurredAt: string | null;
  device: string | null;
  marks: ChecklistMarks;
  /** Bodies of the customer's messages after the opening one, oldest first. */
  customerMessages: string[];
  attachments: AttachmentInfo[];
}

interface ThreadRow {
  category: string | null;
  subject: string;
  body: string;
  requester_email: string;
  requester_locale: string | null;
  created_at: TimestampValue;
  occurred_at: TimestampValue | null;
  device: string | null;
  checklist_marks: ChecklistMarks | null;
  customer_messages: string[] | null;
  attachments: AttachmentInfo[] | null;
}

/** The thread of ticket `ticketId` (call inside the transaction that holds its row lock), or null. */
export async function readChecklistThread(
  executor: SqlExecutor,
  ticketId: string,
): Promise<ChecklistThread | null> {
  // One statement, read as JSON so customer text comes back exactly as stored (see queryJsonRows).
  const rows = await queryJsonRows<ThreadRow>(
    executor,
    `select json_build_object(
       'category', t.category, 'subject', t.subject, 'body', t.body, 'requester_email', t.requester_email,
       'requester_locale', t.requester_locale, 'created_at', t.created_at, 'occurred_at', t.occurred_at,
       'device', t.device, 'checklist_marks', t.checklist_marks,
       'customer_messages', (select json_agg(m.body order by m.created_at, m.ordinal) from messages m
         where m.ticket_id = t.id and m.kind = 'customer'),
       'attachments', (select json_agg(json_build_object('name', a.name, 'type', a.type) order by a.ordinal)
         from attachments a where a.ticket_id = t.id)
     ) as json_row
     from tickets t where t.id = $1`,
    [ticketId],
  );
  const row = rows[0];
  if (row === undefined) {
    return null;
  }
  return {
    category: row.category,
    subject: row.subject,
    body: row.body,
    requesterEmail: row.requester_email,
    requesterLocale: row.requester_locale,
    createdAt: isoTime(row.created_at),
    occurredAt: isoTimeOrNull(row.occurred_at),
    device: row.device,
    marks: row.checklist_marks ?? {},
    customerMessages: row.customer_messages ?? [],
    attachments: row.attachments ?? [],
  };
}

/** The checklist of `thread` under `rules`, with its marks applied. */
export function evaluateThreadChecklist(thread: ChecklistThread, rules: RequiredItemRules): Checklist {
  return applyChecklistMarks(extractThreadChecklist(thread, rules), thread.marks);
}

/** The checklist of `thread` under `rules` as extraction alone finds it (no hand marks). */
function extractThreadChecklist(thread: ChecklistThread, rules: RequiredItemRules): Checklist {
  return evaluateChecklist({
    category: thread.category,
    rules,
    texts: customerTexts(thread.subject, thread.body, thread.customerMessages),
    attachments: thread.attachments,
    requester: { email: thread.requesterEmail, locale: thread.requesterLocale },
    referenceTime: new Date(thread.createdAt),
    provided: { occurredAt: thread.occurredAt, device: thread.device },
  });
}

/**
 * The checklist and marks of ticket `ticketId` after an agent's hand marks (`mergeChecklistMarks`),
 * re-evaluated over the whole thread; `category` replaces the stored one when the same update changes it.
 * `extracted` is what extraction alone says now (to tell a correction from a confirmation). Null when the
 * ticket does not exist.
 */
export async function remarkChecklist(
  transaction: SqlExecutor,
  ticketId: string,
  changes: readonly ChecklistMarkChange[],
  options: { category?: string | null; rules: RequiredItemRules },
): Promise<{ checklist: Checklist; marks: ChecklistMarks; extracted: Checklist } | null> {
  const thread = await readChecklistThread(transaction, ticketId);
  if (thread === null) {
    return null;
  }
  const category = options.category === undefined ? thread.category : options.category;
  const extracted = extractThreadChecklist({ ...thread, category }, options.rules);
  // An agent's "it applies" is a mark only where extraction rules the key out by itself.
  const automatic = new Set(
    extracted.items
      .filter((item) => item.not_applicable && item.not_applicable !== 'agent_marked')
      .map((item) => item.key),
  );
  const marks = mergeChecklistMarks(thread.marks, changes, automatic);
  return { checklist: applyChecklistMarks(extracted, marks), marks, extracted };
}
