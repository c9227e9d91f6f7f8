import type { MessageKind, TicketStatus } from '../domain/vocabulary';
import { nextStatusOnCustomerMessage } from '../tickets/status-machine';

/**
 * Merging duplicate tickets and undoing a merge, as pure functions over plain values (docs/merging.md). The
 * service applies the same rules in SQL; these functions are the reference its behaviour is tested against
 * and what the property tests exercise (merge then undo restores, merging a cluster is associative, no
 * internal note reaches the customer). Ids are passed in: nothing here reads a clock or makes randomness.
 */

/** An SLA clock that was breached on a ticket before it was merged. */
export interface SlaBreachMark {
  ticketId: string;
  clock: 'first_response' | 'resolution';
}

export interface MergeMessage {
  id: string;
  kind: MessageKind;
  body: string;
  createdAt: string;
  /** The customer of the ticket the message was written on: only that customer may ever see it. */
  customerId: string;
  /** The ticket the message was written on when it now sits on another one (merged), else null. */
  originTicketId: string | null;
  /** The merge that brought it here, or null for the ticket's own messages. */
  mergeId: string | null;
  /** The opening text of a merged ticket, added to the target's thread by the merge (removed by undo). */
  isOpening: boolean;
}

export interface MergeAttachment {
  id: string;
  name: string;
  originTicketId: string | null;
  mergeId: string | null;
}

export interface MergeableTicket {
  id: string;
  customerId: string;
  status: TicketStatus;
  body: string;
  createdAt: string;
  tags: readonly string[];
  /** Addresses copied on the conversation. */
  cc: readonly string[];
  messages: readonly MergeMessage[];
  attachments: readonly MergeAttachment[];
  slaBreaches: readonly SlaBreachMark[];
  /** The ticket this one was merged into, or null. */
  mergedIntoId: string | null;
}

/** What `undoMerge` needs: the sources exactly as they were, and what the merge added to the target. */
export interface MergeUndoRecord {
  mergeId: string;
  targetId: string;
  sourcesBefore: readonly MergeableTicket[];
  addedTags: readonly string[];
  addedCc: readonly string[];
  addedBreaches: readonly SlaBreachMark[];
}

export interface MergeOutcome {
  target: MergeableTicket;
  sources: MergeableTicket[];
  undo: MergeUndoRecord;
}

/** Thrown for a merge that must not happen (the service refuses it before calling). */
export class MergeRefusal extends Error {
  constructor(
    readonly code: 'merge_into_itself' | 'source_already_merged' | 'duplicate_source',
    message: string,
  ) {
    super(message);
    this.name = 'MergeRefusal';
  }
}

/** Messages in thread order: by time, then id, so equal times always sort the same way. */
export function byThreadOrder(first: MergeMessage, second: MergeMessage): number {
  if (first.createdAt !== second.createdAt) {
    return first.createdAt < second.createdAt ? -1 : 1;
  }
  return first.id < second.id ? -1 : first.id > second.id ? 1 : 0;
}

function unionInOrder(base: readonly string[], added: readonly string[]): string[] {
  const result = [...base];
  for (const value of added) {
    if (!result.includes(value)) {
      result.push(value);
    }
  }
  return result;
}

function breachKey(breach: SlaBreachMark): string {
  return `${breach.ticketId}/${breach.clock}`;
}

/**
 * Folds `sources` into `target` under merge `mergeId`: every message and attachment moves to the target,
 * remembering the ticket it was written on (a message already carrying an origin keeps it); each source's
 * opening text becomes a message of its customer at its creation time (id from `openingMessageId`); tags
 * and CCs are united in order; SLA breaches of every ticket stay recorded on the target; the sources close
 * with a link to the target. Notes stay notes: a merge never changes a message's kind.
 */
export function mergeTickets(
  target: MergeableTicket,
  sources: readonly MergeableTicket[],
  options: { mergeId: string; openingMessageId: (sourceId: string) => string },
): MergeOutcome {
  const seen = new Set<string>();
  for (const source of sources) {
    if (source.id === target.id) {
      throw new MergeRefusal('merge_into_itself', 'a ticket cannot be merged into itself');
    }
    if (seen.has(source.id)) {
      throw new MergeRefusal('duplicate_source', `ticket ${source.id} is named twice`);
    }
    if (source.mergedIntoId !== null) {
      throw new MergeRefusal('source_already_merged', `ticket ${source.id} is already merged`);
    }
    seen.add(source.id);
  }
  const moved: MergeMessage[] = [];
  const movedAttachments: MergeAttachment[] = [];
  let tags = [...target.tags];
  let cc = [...target.cc];
  const breaches = [...target.slaBreaches];
  const breachKeys = new Set(breaches.map(breachKey));
  const addedBreaches: SlaBreachMark[] = [];
  for (const source of sources) {
    moved.push({
      id: options.openingMessageId(source.id),
      kind: 'customer',
      body: source.body,
      createdAt: source.createdAt,
      customerId: source.customerId,
      originTicketId: source.id,
      mergeId: options.mergeId,
      isOpening: true,
    });
    for (const message of source.messages) {
      moved.push({
        ...message,
        originTicketId: message.originTicketId ?? source.id,
        mergeId: options.mergeId,
      });
    }
    for (const attachment of source.attachments) {
      movedAttachments.push({
        ...attachment,
        originTicketId: attachment.originTicketId ?? source.id,
        mergeId: options.mergeId,
      });
    }
    tags = unionInOrder(tags, source.tags);
    cc = unionInOrder(cc, source.cc);
    for (const breach of source.slaBreaches) {
      if (!breachKeys.has(breachKey(breach))) {
        breachKeys.add(breachKey(breach));
        breaches.push(breach);
        addedBreaches.push(breach);
      }
    }
  }
  const merged: MergeableTicket = {
    ...target,
    tags,
    cc,
    slaBreaches: breaches,
    messages: [...target.messages, ...moved].sort(byThreadOrder),
    attachments: [...target.attachments, ...movedAttachments],
  };
  return {
    target: merged,
    sources: sources.map((source) => ({
      ...source,
      status: 'closed',
      mergedIntoId: target.id,
      messages: [],
      attachments: [],
    })),
    undo: {
      mergeId: options.mergeId,
      targetId: target.id,
      sourcesBefore: sources,
      addedTags: tags.filter((tag) => !target.tags.includes(tag)),
      addedCc: cc.filter((address) => !target.cc.includes(address)),
      addedBreaches,
    },
  };
}

/**
 * A customer message for a merged ticket: it lands on the target, remembering the ticket it was addressed
 * to (what `undoMerge` uses to send it back to the right side).
 */
export function routeCustomerMessage(
  target: MergeableTicket,
  addressedTo: MergeableTicket,
  message: Omit<MergeMessage, 'originTicketId' | 'mergeId' | 'isOpening' | 'customerId' | 'kind'>,
  mergeId: string,
): MergeableTicket {
  const landed: MergeMessage = {
    ...message,
    kind: 'customer',
    customerId: addressedTo.customerId,
    originTicketId: addressedTo.id,
    mergeId,
    isOpening: false,
  };
  return { ...target, messages: [...target.messages, landed].sort(byThreadOrder) };
}

function withoutValues(values: readonly string[], removed: readonly string[]): string[] {
  return values.filter((value) => !removed.includes(value));
}

/**
 * Undoes merge `record` on the tickets as they are now: each source comes back exactly as it was, plus the
 * customer messages addressed to it since (its status moves as a customer message moves it); the target
 * loses what the merge brought (messages, openings, attachments, tags, CCs and breach records it added) and
 * keeps everything else, including what arrived for it since.
 */
export function undoMerge(
  target: MergeableTicket,
  record: MergeUndoRecord,
): { target: MergeableTicket; sources: MergeableTicket[] } {
  const snapshotMessageIds = new Set(
    record.sourcesBefore.flatMap((source) => source.messages.map((message) => message.id)),
  );
  const arrivals = target.messages.filter(
    (message) =>
      message.mergeId === record.mergeId && !message.isOpening && !snapshotMessageIds.has(message.id),
  );
  const sources = record.sourcesBefore.map((source) => {
    const own = arrivals.flatMap((message): MergeMessage[] => {
      if (message.originTicketId === source.id) {
        return [{ ...message, originTicketId: null, mergeId: null }];
      }
      // Addressed to a ticket merged into this source earlier: back here, still remembering that ticket.
      const earlier = source.messages.find((held) => held.originTicketId === message.originTicketId);
      return earlier === undefined ? [] : [{ ...message, mergeId: earlier.mergeId }];
    });
    if (own.length === 0) {
      return source;
    }
    return {
      ...source,
      status: own.some((message) => message.kind === 'customer')
        ? nextStatusOnCustomerMessage(source.status)
        : source.status,
      messages: [...source.messages, ...own].sort(byThreadOrder),
    };
  });
  const addedBreachKeys = new Set(record.addedBreaches.map(breachKey));
  return {
    target: {
      ...target,
      tags: withoutValues(target.tags, record.addedTags),
      cc: withoutValues(target.cc, record.addedCc),
      slaBreaches: target.slaBreaches.filter((breach) => !addedBreachKeys.has(breachKey(breach))),
      messages: target.messages.filter((message) => message.mergeId !== record.mergeId),
      attachments: target.attachments.filter((attachment) => attachment.mergeId !== record.mergeId),
    },
    sources,
  };
}

/**
 * The thread as the ticket's customer may see it: public messages written by that same customer's tickets.
 * Notes never, whatever was merged; nor another customer's messages merged in by a lead.
 */
export function customerVisibleMessages(ticket: MergeableTicket): MergeMessage[] {
  return ticket.messages.filter(
    (message) => message.kind !== 'note' && message.customerId === ticket.customerId,
  );
}

/** The default merge target among `tickets`: the oldest (earliest created; the lower id on a tie). */
export function defaultMergeTarget<Ticket extends { id: string; created_at: string }>(
  tickets: readonly Ticket[],
): Ticket | null {
  let oldest: Ticket | null = null;
  for (const ticket of tickets) {
    if (
      oldest === null ||
      ticket.created_at < oldest.created_at ||
      (ticket.created_at === oldest.created_at && ticket.id < oldest.id)
    ) {
      oldest = ticket;
    }
  }
  return oldest;
}
