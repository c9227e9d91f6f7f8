import type { Ticket } from '../../../shared/domain/schemas';
import {
  createLineSplitter,
  syncEndSchema,
  syncHeadSchema,
  syncTicketSchema,
  ticketFromSync,
  type SyncEnd,
  type SyncHead,
} from '../../../shared/sync/sync-tickets';

/** Tickets handed on at once: the first batch small (the queue shows rows at once), the rest large. */
export interface SyncBatchSizes {
  first: number;
  rest: number;
}

export const defaultSyncBatchSizes: SyncBatchSizes = { first: 200, rest: 5000 };

/** Thrown when the stream is not what `GET /api/sync/tickets` sends, or ends before its end line. */
export class SyncStreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncStreamError';
  }
}

function parseLine<T>(line: string, parse: (value: unknown) => T, what: string): T {
  try {
    return parse(JSON.parse(line));
  } catch {
    throw new SyncStreamError(`the first sync sent ${what} that is not valid: ${line.slice(0, 120)}`);
  }
}

/**
 * Reads the first sync's NDJSON stream (docs/sync.md): the head, then tickets, each validated and turned into
 * the console's `Ticket`, handed to `onTickets` in batches while the stream goes on (the caller writes them
 * without holding up the reading), then the end line. Resolves with the end line; rejects with a
 * `SyncStreamError` for a malformed line, a count that does not match, or a stream cut off before its end.
 */
export async function readSyncStream(
  body: ReadableStream<Uint8Array>,
  handlers: { onHead: (head: SyncHead) => void; onTickets: (tickets: Ticket[]) => void },
  sizes: SyncBatchSizes = defaultSyncBatchSizes,
): Promise<SyncEnd> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const splitter = createLineSplitter();
  let head: SyncHead | null = null;
  let end: SyncEnd | null = null;
  let batch: Ticket[] = [];
  let handed = 0;
  const take = (lines: readonly string[]): void => {
    for (const line of lines) {
      if (end !== null) {
        throw new SyncStreamError('the first sync sent lines after its end');
      }
      if (head === null) {
        head = parseLine(line, (value) => syncHeadSchema.parse(value), 'a head');
        handlers.onHead(head);
      } else if (line.startsWith('{"end"')) {
        end = parseLine(line, (value) => syncEndSchema.parse(value), 'an end line');
      } else {
        batch.push(ticketFromSync(parseLine(line, (value) => syncTicketSchema.parse(value), 'a ticket')));
      }
    }
    if (batch.length >= (handed === 0 ? sizes.first : sizes.rest)) {
      handed += batch.length;
      handlers.onTickets(batch);
      batch = [];
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      take([...splitter.push(decoder.decode()), ...splitter.finish()]);
      break;
    }
    take(splitter.push(decoder.decode(value, { stream: true })));
  }
  if (batch.length > 0) {
    handed += batch.length;
    handlers.onTickets(batch);
  }
  const finished = end as SyncEnd | null;
  if (finished === null) {
    throw new SyncStreamError('the first sync was cut off before its end');
  }
  if (finished.count !== handed) {
    throw new SyncStreamError(`the first sync announced ${finished.count} tickets and sent ${handed}`);
  }
  return finished;
}
