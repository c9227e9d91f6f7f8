import { describe, expect, it } from 'vitest';
import {
  byThreadOrder,
  customerVisibleMessages,
  defaultMergeTarget,
  mergeTickets,
  MergeRefusal,
  routeCustomerMessage,
  undoMerge,
  type MergeableTicket,
  type MergeMessage,
} from '../../../shared/merge/merge';
import { messageKinds, ticketStatuses } from '../../../shared/domain/vocabulary';
import { seededRandom } from '../../../shared/triage/random';

/** A small seeded generator of tickets (fast-check is not a dependency): every run sees the same cases. */
function ticketGenerator(seed: number) {
  const random = seededRandom(seed);
  let counter = 0;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const time = (): string => new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 1e9)).toISOString();
  const subset = (values: readonly string[]): string[] => values.filter(() => random() < 0.4);
  return function ticket(customerId: string): MergeableTicket {
    counter += 1;
    const id = `t${seed}-${counter}`;
    const messages: MergeMessage[] = Array.from({ length: Math.floor(random() * 6) }, (_, index) => ({
      id: `${id}-m${index}`,
      kind: pick(messageKinds),
      body: `${pick(['note', 'reply', 'text'])} ${id} ${index}`,
      createdAt: time(),
      customerId,
      originTicketId: null,
      mergeId: null,
      isOpening: false,
    }));
    return {
      id,
      customerId,
      status: pick(ticketStatuses.filter((status) => status !== 'closed')),
      body: `opening of ${id}`,
      createdAt: time(),
      tags: subset(['vip', 'withdrawal', 'eth', 'delay', 'kyc']),
      cc: subset(['ops@example.com', 'friend@example.com', 'boss@example.com']),
      messages: messages.sort(byThreadOrder),
      attachments: Array.from({ length: Math.floor(random() * 3) }, (_, index) => ({
        id: `${id}-a${index}`,
        name: `file-${index}.png`,
        originTicketId: null,
        mergeId: null,
      })),
      slaBreaches:
        random() < 0.3 ? [{ ticketId: id, clock: pick(['first_response', 'resolution'] as const) }] : [],
      mergedIntoId: null,
    };
  };
}

const ids = (mergeId: string) => ({ mergeId, openingMessageId: (sourceId: string) => `opening-${sourceId}` });

/** A ticket's content with merge bookkeeping left out, sets sorted: what an agent reading it would see. */
function content(ticket: MergeableTicket) {
  return {
    id: ticket.id,
    status: ticket.status,
    tags: [...ticket.tags].sort(),
    cc: [...ticket.cc].sort(),
    breaches: ticket.slaBreaches.map((breach) => `${breach.ticketId}/${breach.clock}`).sort(),
    messages: [...ticket.messages]
      .sort(byThreadOrder)
      .map((message) => [message.id, message.kind, message.body, message.originTicketId, message.customerId]),
    attachments: ticket.attachments.map((attachment) => [attachment.id, attachment.originTicketId]).sort(),
  };
}

const seeds = Array.from({ length: 200 }, (_, index) => index + 1);

describe('merging tickets', () => {
  it('keeps every message (with its origin), attachment, tag and CC, and closes the sources with a link', () => {
    const ticket = ticketGenerator(7);
    const target = ticket('alice');
    const source = ticket('alice');
    const { target: merged, sources } = mergeTickets(target, [source], ids('m1'));
    expect(merged.messages).toHaveLength(target.messages.length + source.messages.length + 1);
    for (const message of source.messages) {
      expect(merged.messages.find((entry) => entry.id === message.id)).toMatchObject({
        kind: message.kind,
        body: message.body,
        originTicketId: source.id,
      });
    }
    expect(merged.messages.find((entry) => entry.isOpening)?.body).toBe(source.body);
    expect(new Set(merged.tags)).toEqual(new Set([...target.tags, ...source.tags]));
    expect(new Set(merged.cc)).toEqual(new Set([...target.cc, ...source.cc]));
    expect(merged.attachments).toHaveLength(target.attachments.length + source.attachments.length);
    expect(sources[0]).toMatchObject({ status: 'closed', mergedIntoId: target.id, messages: [] });
  });

  it("records the sources' SLA breaches on the target", () => {
    const ticket = ticketGenerator(3);
    const target = { ...ticket('alice'), slaBreaches: [] };
    const source = { ...ticket('alice'), slaBreaches: [{ ticketId: 'x', clock: 'first_response' as const }] };
    const { target: merged } = mergeTickets(target, [source], ids('m1'));
    expect(merged.slaBreaches).toEqual([{ ticketId: 'x', clock: 'first_response' }]);
  });

  it('refuses to merge a ticket into itself, twice, or one already merged', () => {
    const ticket = ticketGenerator(4);
    const target = ticket('alice');
    const source = ticket('alice');
    expect(() => mergeTickets(target, [target], ids('m'))).toThrow(MergeRefusal);
    expect(() => mergeTickets(target, [source, source], ids('m'))).toThrow(MergeRefusal);
    expect(() => mergeTickets(target, [{ ...source, mergedIntoId: 'other' }], ids('m'))).toThrow(
      MergeRefusal,
    );
  });

  it('picks the oldest ticket as the default target', () => {
    expect(
      defaultMergeTarget([
        { id: 'b', created_at: '2026-01-02T00:00:00.000Z' },
        { id: 'a', created_at: '2026-01-01T00:00:00.000Z' },
      ])?.id,
    ).toBe('a');
    expect(defaultMergeTarget([])).toBeNull();
  });
});

describe('merge properties over 200 seeded clusters', () => {
  it('merge then undo restores the target and every source exactly', () => {
    for (const seed of seeds) {
      const ticket = ticketGenerator(seed);
      const target = ticket('alice');
      const sources = [ticket('alice'), ticket(seed % 3 === 0 ? 'bob' : 'alice'), ticket('alice')].slice(
        0,
        1 + (seed % 3),
      );
      const outcome = mergeTickets(target, sources, ids(`merge-${seed}`));
      const restored = undoMerge(outcome.target, outcome.undo);
      expect(restored.target).toEqual(target);
      expect(restored.sources).toEqual(sources);
    }
  });

  it('sends customer replies that arrived for a source back to it on undo, and keeps the target’s own', () => {
    for (const seed of seeds.slice(0, 50)) {
      const ticket = ticketGenerator(seed);
      const target = ticket('alice');
      const source = ticket('alice');
      const outcome = mergeTickets(target, [source], ids('m'));
      const reply = { id: `late-${seed}`, body: 'still waiting', createdAt: '2027-01-01T00:00:00.000Z' };
      const withReply = routeCustomerMessage(outcome.target, source, reply, 'm');
      const ownMessage: MergeMessage = {
        id: `own-${seed}`,
        kind: 'reply',
        body: 'agent answer',
        createdAt: '2027-01-02T00:00:00.000Z',
        customerId: 'alice',
        originTicketId: null,
        mergeId: null,
        isOpening: false,
      };
      const later = { ...withReply, messages: [...withReply.messages, ownMessage] };
      const restored = undoMerge(later, outcome.undo);
      const back = restored.sources[0];
      expect(back?.messages.at(-1)).toMatchObject({ id: reply.id, originTicketId: null, mergeId: null });
      expect(back?.messages.slice(0, -1)).toEqual(source.messages);
      expect(restored.target.messages).toEqual([...target.messages, ownMessage]);
    }
  });

  it('is associative over a cluster: merge(a, merge(b, c)) = merge(merge(a, b), c) = merge(a, [b, c])', () => {
    for (const seed of seeds) {
      const ticket = ticketGenerator(seed);
      const [a, b, c] = [ticket('alice'), ticket('alice'), ticket('alice')];
      const right = mergeTickets(a, [mergeTickets(b, [c], ids('m1')).target], ids('m2')).target;
      const left = mergeTickets(mergeTickets(a, [b], ids('m3')).target, [c], ids('m4')).target;
      const together = mergeTickets(a, [b, c], ids('m5')).target;
      expect(content(left)).toEqual(content(right));
      expect(content(together)).toEqual(content(left));
    }
  });

  it('undoes a chained merge back to the middle ticket, with replies to the innermost one', () => {
    for (const seed of seeds.slice(0, 50)) {
      const ticket = ticketGenerator(seed);
      const [a, b, c] = [ticket('alice'), ticket('alice'), ticket('alice')];
      const inner = mergeTickets(b, [c], ids('m1'));
      const outer = mergeTickets(a, [inner.target], ids('m2'));
      const reply = { id: `late-${seed}`, body: 'hello?', createdAt: '2027-01-01T00:00:00.000Z' };
      const arrived = routeCustomerMessage(outer.target, c, reply, 'm2');
      const restored = undoMerge(arrived, outer.undo);
      expect(restored.target).toEqual(a);
      expect(restored.sources[0]?.messages.find((message) => message.id === reply.id)).toMatchObject({
        originTicketId: c.id,
        mergeId: 'm1',
      });
    }
  });

  it('never lets an internal note, or another customer’s message, reach a customer-visible thread', () => {
    for (const seed of seeds) {
      const ticket = ticketGenerator(seed);
      const customers = ['alice', 'bob', 'carol'];
      const tickets = Array.from({ length: 5 }, (_, index) => ticket(customers[index % 3] ?? 'alice'));
      const noteBodies = new Set(
        tickets.flatMap((entry) =>
          entry.messages.filter((message) => message.kind === 'note').map((message) => message.body),
        ),
      );
      const [first, ...rest] = tickets;
      if (first === undefined) {
        continue;
      }
      let merged = first;
      for (const [index, source] of rest.entries()) {
        merged = mergeTickets(merged, [source], ids(`m${index}`)).target;
      }
      const visible = customerVisibleMessages(merged);
      for (const message of visible) {
        expect(message.kind).not.toBe('note');
        expect(noteBodies.has(message.body)).toBe(false);
        expect(message.customerId).toBe(merged.customerId);
      }
      const notesAfter = merged.messages.filter((message) => message.kind === 'note').map((m) => m.body);
      expect(new Set(notesAfter)).toEqual(noteBodies);
    }
  });
});
