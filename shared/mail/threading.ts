/**
 * Which ticket an incoming mail belongs to (docs/email.md), decided in this order:
 * 1. one of the service's own signed Message-IDs in `In-Reply-To` or `References` (verified by the caller);
 * 2. `[#<number>]` in the subject, only when the sender is that ticket's requester or a recorded CC;
 * 3. otherwise a new ticket, linked as related to the ticket a stranger's subject named.
 */

/** The ticket number a subject names with `[#<number>]`, or null. The first one wins. */
export function ticketNumberInSubject(subject: string | null | undefined): number | null {
  const match = /\[#(\d{1,15})\]/.exec(subject ?? '');
  if (match?.[1] === undefined) {
    return null;
  }
  const number = Number(match[1]);
  return Number.isSafeInteger(number) ? number : null;
}

/** A ticket the subject's number names, with the addresses allowed to write to it by subject. */
export interface SubjectTicket {
  id: string;
  /** Address keys of the requester and the recorded CCs (see `addressKey`). */
  allowedSenderKeys: readonly string[];
}

/** What the mail's headers let the service know. */
export interface ThreadingFacts {
  /** Tickets named by verified signed Message-IDs, most recent reference first, that exist. */
  signedTicketIds: readonly string[];
  /** The ticket the subject names, if it exists. */
  subjectTicket: SubjectTicket | null;
  /** The sender's address key. */
  senderKey: string;
}

/** Where the mail goes. */
export type ThreadDecision =
  | { kind: 'thread'; ticketId: string; rule: 'signed_reference' | 'subject_number' }
  | { kind: 'new'; relatedTicketId: string | null; rule: 'new_ticket' | 'stranger' };

/** Decides which ticket a mail joins, or that it opens a new one (see the module comment). */
export function decideThread(facts: ThreadingFacts): ThreadDecision {
  const signed = facts.signedTicketIds[0];
  if (signed !== undefined) {
    return { kind: 'thread', ticketId: signed, rule: 'signed_reference' };
  }
  const subject = facts.subjectTicket;
  if (subject === null) {
    return { kind: 'new', relatedTicketId: null, rule: 'new_ticket' };
  }
  if (subject.allowedSenderKeys.includes(facts.senderKey)) {
    return { kind: 'thread', ticketId: subject.id, rule: 'subject_number' };
  }
  // Someone else's ticket number (a hijack attempt, or a colleague writing about it): never appended.
  return { kind: 'new', relatedTicketId: subject.id, rule: 'stranger' };
}

/**
 * How the service compares addresses: trimmed and lower-cased (the local part is case-insensitive at every
 * provider the team deals with), with Gmail's dots and `+tags` kept (they are different mailboxes elsewhere).
 */
export function addressKey(address: string): string {
  return address.trim().toLowerCase();
}
