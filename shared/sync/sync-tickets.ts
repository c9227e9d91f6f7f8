import { z } from 'zod';
import { checklistSituations } from '../checklist/transfer/situation';
import { ticketSchema, type Ticket } from '../domain/schemas';
import { encodeSyncChecklistItem, syncChecklistItemSchema } from './sync-checklist';

/**
 * The lean list shape of the console's first sync (`GET /api/sync/tickets`, docs/sync.md): what the queue
 * shows, searches, sorts and filters on. Left out of the list row, and brought by the ticket detail when the
 * agent opens the ticket: checklist evidence (the checklist comes as flags, one short string an item:
 * `sync-checklist.ts`), possible duplicates, related tickets and redactions. Parsing turns the strings back
 * into items, so `SyncTicket` (what `parse` returns) has them as objects and `SyncTicketLine` (what the
 * service sends) as strings.
 */
export const syncTicketSchema = ticketSchema
  .omit({ possible_duplicates: true, related: true, redactions: true, checklist: true })
  .extend({
    checklist: z.object({
      analyzed: z.boolean(),
      items: z.array(syncChecklistItemSchema),
      situation: z.enum(checklistSituations).nullable().optional(),
    }),
  });
export type SyncTicket = z.output<typeof syncTicketSchema>;
export type SyncTicketLine = z.input<typeof syncTicketSchema>;

/**
 * The first line of the stream: the change-log head read before any ticket (every change after it is
 * caught up from `/api/changes?since=seq`, so nothing falls between the snapshot and live events) and how
 * many tickets follow.
 */
export const syncHeadSchema = z.object({ seq: z.number().int().nonnegative(), total: z.number().int() });
export type SyncHead = z.infer<typeof syncHeadSchema>;

/** The last line: the stream is complete, with `count` tickets. A stream without it was cut off. */
export const syncEndSchema = z.object({ end: z.literal(true), count: z.number().int() });
export type SyncEnd = z.infer<typeof syncEndSchema>;

/**
 * The lean form of a (masked) ticket as the stream sends it: the checklist as compact flags without its
 * evidence, no duplicate or related lists.
 */
export function toSyncTicket(ticket: Ticket): SyncTicketLine {
  const lean: Partial<Ticket> & Omit<SyncTicketLine, 'checklist'> = { ...ticket };
  delete lean.possible_duplicates;
  delete lean.related;
  delete lean.redactions;
  return {
    ...lean,
    checklist: {
      analyzed: ticket.checklist.analyzed,
      ...(ticket.checklist.situation === undefined ? {} : { situation: ticket.checklist.situation }),
      items: ticket.checklist.items.map(encodeSyncChecklistItem),
    },
  };
}

/**
 * The synced row as the console's `Ticket`: what the list shape leaves out reads as empty (no evidence
 * quoted, no duplicate or related list, no redaction) until the ticket's detail is fetched.
 */
export function ticketFromSync(row: SyncTicket): Ticket {
  return {
    ...row,
    possible_duplicates: [],
    related: [],
    redactions: [],
    checklist: {
      ...row.checklist,
      items: row.checklist.items.map((item) => ({ ...item, evidence: null })),
    },
  };
}

/**
 * Splits a stream of text chunks into lines (NDJSON): `push` returns the lines a chunk completed, `finish`
 * what is left after the last newline. Empty lines are skipped.
 */
export function createLineSplitter(): { push: (chunk: string) => string[]; finish: () => string[] } {
  let rest = '';
  return {
    push(chunk) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      return parts.filter((line) => line.trim() !== '');
    },
    finish() {
      const last = rest;
      rest = '';
      return last.trim() === '' ? [] : [last];
    },
  };
}
