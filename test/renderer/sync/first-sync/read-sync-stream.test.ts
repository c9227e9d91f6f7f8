import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../shared/domain/schemas';
import { toSyncTicket } from '../../../../shared/sync/sync-tickets';
import { readSyncStream, SyncStreamError } from '../../../../renderer/sync/first-sync/read-sync-stream';
import { makeTicket } from '../../fixtures';

/** A ticket as the service lists it: a checklist item with its evidence, and a possible duplicate. */
function listedTicket(number: number): Ticket {
  return makeTicket({
    number,
    subject: `입금 문의 ${number}`,
    requester: { email: 'k***@example.com', name: null, locale: 'ko' },
    possible_duplicates: [{ id: 'ticket-1', score: 0.9 }],
    checklist: {
      analyzed: true,
      items: [
        { key: 'transaction_id', required: true, present: true, evidence: 'TXID 0xabc', normalized: '0xabc' },
        { key: 'amount', required: true, present: false, evidence: null },
        { key: 'memo', required: false, present: false, evidence: null, marked: false },
        {
          key: 'transaction_id',
          required: false,
          present: false,
          evidence: null,
          not_applicable: 'withdrawal_pending',
        },
      ],
    },
  });
}

/** The stream's text for `tickets`, with the head and the end line. */
function streamText(tickets: readonly Ticket[], count = tickets.length): string {
  const lines = [
    JSON.stringify({ seq: 41, total: tickets.length }),
    ...tickets.map((ticket) => JSON.stringify(toSyncTicket(ticket))),
    JSON.stringify({ end: true, count }),
  ];
  return `${lines.join('\n')}\n`;
}

/** A body delivering `text` in chunks of `size` bytes, cutting lines and multi-byte characters apart. */
function chunkedBody(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

describe('readSyncStream', () => {
  it('hands on the head, then every ticket in batches (a small first one), as the console’s Ticket', async () => {
    const tickets = Array.from({ length: 23 }, (_, index) => listedTicket(100 - index));
    const heads: unknown[] = [];
    const batches: Ticket[][] = [];
    const end = await readSyncStream(
      chunkedBody(streamText(tickets), 37),
      { onHead: (head) => heads.push(head), onTickets: (batch) => batches.push(batch) },
      { first: 2, rest: 10 },
    );
    expect(heads).toEqual([{ seq: 41, total: 23 }]);
    expect(end).toEqual({ end: true, count: 23 });
    expect(batches[0]?.length).toBeGreaterThanOrEqual(2);
    expect(batches[0]?.length).toBeLessThan(10);
    expect(batches.flat().map((ticket) => ticket.number)).toEqual(tickets.map((ticket) => ticket.number));
    const first = batches[0]?.[0] as Ticket;
    expect(first.subject).toBe('입금 문의 100');
    // The lean shape: flags without evidence, no duplicate list.
    expect(first.checklist.items).toEqual([
      { key: 'transaction_id', required: true, present: true, evidence: null },
      { key: 'amount', required: true, present: false, evidence: null },
      { key: 'memo', required: false, present: false, evidence: null, marked: false },
      {
        key: 'transaction_id',
        required: false,
        present: false,
        evidence: null,
        not_applicable: 'withdrawal_pending',
      },
    ]);
    expect(first.possible_duplicates).toEqual([]);
  });

  it('refuses a stream cut off before its end line, a wrong count, and a malformed ticket', async () => {
    const tickets = [listedTicket(3), listedTicket(2)];
    const cut = streamText(tickets).split('\n').slice(0, 3).join('\n');
    const ignore = { onHead: () => undefined, onTickets: () => undefined };
    await expect(readSyncStream(chunkedBody(cut, 50), ignore)).rejects.toThrow(SyncStreamError);
    await expect(readSyncStream(chunkedBody(streamText(tickets, 3), 50), ignore)).rejects.toThrow(
      /announced 3 tickets and sent 2/,
    );
    const malformed = streamText(tickets).replace('"status":"new"', '"status":"lost"');
    await expect(readSyncStream(chunkedBody(malformed, 50), ignore)).rejects.toThrow(/not valid/);
    // A checklist flag string naming no checklist item fails the sync too, rather than dropping the item.
    const unknownItem = streamText(tickets).replace('"amount:r"', '"amount_due:r"');
    expect(unknownItem).not.toBe(streamText(tickets));
    await expect(readSyncStream(chunkedBody(unknownItem, 50), ignore)).rejects.toThrow(/not valid/);
  });
});
