import { createHash } from 'node:crypto';
import { intakeRequestSchema } from '../../shared/domain/schemas';
import {
  acknowledgementLimit,
  announcementParagraph,
  buildAcknowledgement,
  mailLanguage,
  mayAcknowledge,
} from '../../shared/mail/acknowledgement';
import { classifyMail, failedRecipientsIn } from '../../shared/mail/classify';
import { messageKeyOf } from '../../shared/mail/message-id';
import {
  addressKey,
  decideThread,
  ticketNumberInSubject,
  type ThreadDecision,
} from '../../shared/mail/threading';
import { appendChanges } from '../storage/change-log';
import type { SqlDatabase, SqlExecutor } from '../storage/database';
import { acceptCustomerMessage, acceptIntake, type IntakeContext } from '../tickets/accept-intake';
import type { IncidentContent } from '../incidents/incident-store';
import type { SenderAuthentication } from './authenticity';
import {
  existingTickets,
  finishInbound,
  markFailing,
  pendingInbound,
  planTicket,
  recordAddresses,
  recordInbound,
  subjectTicket,
  type InboundEnvelope,
  type InboundRow,
} from './inbound-store';
import { acceptedAttachments, messageBody, ticketSubject } from './inbound-text';
import { acknowledgementTimes, enqueueMail } from './outbound-store';
import { keptOriginal, maskedNotes } from './original';
import { parseMail, type ParsedMail } from './parse';
import { visibleReplyText } from './reply-text';
import type { MessageIdSigner } from './signing';

/** What became of one received mail. */
export interface InboundResult {
  /** `ticket`: opened a ticket; `message`: joined one; `dropped`: neither (see `outcome`). */
  state: 'ticket' | 'message' | 'dropped';
  /** new_ticket, stranger, ticket_closed, signed_reference, subject_number, duplicate, auto_reply, bounce, own_address, unreadable. */
  outcome: string;
  ticketId: string | null;
  ticketNumber: number | null;
}

/** What the mail intake needs. */
export interface MailIntakeOptions {
  context: IntakeContext;
  database: SqlDatabase;
  signer: MessageIdSigner;
  /** The service's own addresses (MAIL_FROM, the team mailbox), any case. */
  ownAddresses: readonly string[];
  /** SPF/DKIM/DMARC of a raw mail (server/mail/authenticity.ts with the configured resolver). */
  authenticate: (raw: Uint8Array, envelope: InboundEnvelope) => Promise<SenderAuthentication>;
  /** Whether acknowledgements can be sent (an outbound relay is configured). */
  canSend: boolean;
  /** Called after mail was queued (pokes the sender). */
  onMailQueued: () => void;
  /** Called after a write that appended changes outside the ticket store (the live doorbell). */
  onChangesCommitted: () => void;
  log: (line: string) => void;
  /** The clock (ms), for the acknowledgement rate limit. */
  now?: () => number;
}

/** The e-mail channel's receiving side: SMTP and IMAP both hand raw mail to `receive`. */
export interface MailIntake {
  /** Records, classifies, threads and stores one raw mail. Resolves once it is stored (or dropped). */
  receive(raw: Uint8Array, via: 'smtp' | 'imap', envelope?: InboundEnvelope): Promise<InboundResult>;
  /** Finishes mail recorded before a crash or stop but not processed; resolves with how many. */
  recoverPending(): Promise<number>;
}

const dropped = (outcome: string, ticketId: string | null = null): InboundResult => ({
  state: 'dropped',
  outcome,
  ticketId,
  ticketNumber: null,
});

/** A localized title in `language`, else in any language it has. */
function titleIn(title: Partial<Record<'ko' | 'en' | 'zh', string>>, language: 'ko' | 'en' | 'zh'): string {
  return title[language] ?? title.en ?? title.ko ?? title.zh ?? '';
}

/** Creates the mail intake (see docs/email.md for the rules it applies). */
export function createMailIntake(options: MailIntakeOptions): MailIntake {
  const ownAddressKeys = options.ownAddresses.map(addressKey);
  const now = options.now ?? Date.now;
  // Message keys being processed on this node: a CC copy arriving meanwhile is the same mail.
  const inFlight = new Set<string>();

  async function ticketNumberOf(executor: SqlExecutor, ticketId: string): Promise<number | null> {
    const rows = await executor.query<{ number: string | number }>(
      'select number from tickets where id = $1',
      [ticketId],
    );
    return rows[0] === undefined ? null : Number(rows[0].number);
  }

  /** Verified signed references, most recent first, to tickets that exist. */
  async function signedTickets(ids: readonly string[]): Promise<string[]> {
    const named = ids.map((id) => options.signer.verify(id)).filter((id): id is string => id !== null);
    return existingTickets(options.database, [...new Set(named)]);
  }

  async function handleBounce(
    inboundId: string,
    mail: ParsedMail,
    raw: Uint8Array,
    reason: string,
  ): Promise<InboundResult> {
    // The report quotes the mail that bounced: its signed Message-ID names the ticket.
    const rawText = new TextDecoder('utf-8').decode(raw);
    const candidates = [
      ...mail.referencedIds,
      ...[...rawText.matchAll(/<(sc\.[^<>\s]+)>/g)].map((m) => m[1] ?? ''),
    ];
    const bounced = candidates.filter((id) => options.signer.verify(id) !== null);
    const tickets = await signedTickets(bounced);
    const ticketId = tickets[0] ?? null;
    await options.database.transaction(async (transaction) => {
      if (ticketId !== null) {
        let failed = failedRecipientsIn(mail.headers, `${mail.reportText}\n${rawText}`);
        if (failed.length === 0) {
          const requester = await transaction.query<{ key: string }>(
            `select address_key as key from mail_ticket_addresses where ticket_id = $1 and role = 'requester'`,
            [ticketId],
          );
          failed = requester.map((row) => row.key);
        }
        await markFailing(transaction, ticketId, failed, reason, bounced);
        await appendChanges(transaction, [{ type: 'ticket.updated', ticketId, agentId: null }]);
      }
      await finishInbound(transaction, inboundId, {
        state: 'dropped',
        outcome: 'bounce',
        ticketId,
        notes: [reason],
      });
    });
    if (ticketId !== null) {
      options.onChangesCommitted();
    }
    return dropped('bounce', ticketId);
  }

  async function acknowledge(
    transaction: SqlExecutor,
    ticket: { id: string; number: number; language: string | null; incident: IncidentContent | null },
    recipient: string,
    subject: string,
    inReplyTo: string | null,
  ): Promise<boolean> {
    if (!options.canSend) {
      return false;
    }
    const times = await acknowledgementTimes(
      transaction,
      addressKey(recipient),
      now() - acknowledgementLimit.windowMs,
    );
    if (!mayAcknowledge(times, now())) {
      options.log(`mail: acknowledgement to ${recipient} skipped (rate limit)`);
      return false;
    }
    const language = mailLanguage(ticket.language);
    const text = buildAcknowledgement({
      language,
      ticketNumber: ticket.number,
      subject,
      // A ticket that joined a live incident hears about the announcement right away (docs/incidents.md).
      extraParagraphs:
        ticket.incident === null
          ? []
          : [announcementParagraph(language, titleIn(ticket.incident.title, language))],
    });
    await enqueueMail(transaction, options.signer, {
      ticketId: ticket.id,
      messageId: null,
      kind: 'acknowledgement',
      recipient,
      cc: [],
      subject: text.subject,
      body: text.text,
      inReplyTo,
      references: inReplyTo === null ? [] : [inReplyTo],
    });
    return true;
  }

  async function openTicket(
    inboundId: string,
    mail: ParsedMail,
    authentication: SenderAuthentication,
    decision:
      | Extract<ThreadDecision, { kind: 'new' }>
      | { kind: 'new'; relatedTicketId: string; rule: 'ticket_closed' },
    cc: readonly string[],
  ): Promise<InboundResult> {
    const from = mail.from;
    const { accepted, notes: attachmentNotes } = acceptedAttachments(mail.attachments);
    const notes = maskedNotes(attachmentNotes);
    const subject = ticketSubject(mail.subject);
    const parsed = intakeRequestSchema.safeParse({
      requester: { email: from?.address ?? '', ...(from?.name ? { name: from.name.slice(0, 200) } : {}) },
      subject,
      body: messageBody(
        mail.text,
        accepted.map((attachment) => attachment.name),
      ),
    });
    if (!parsed.success) {
      await finishInbound(options.database, inboundId, {
        state: 'dropped',
        outcome: 'unreadable',
        authentication,
        notes: [`not a ticket: ${parsed.error.issues[0]?.message ?? 'invalid'}`],
      });
      return dropped('unreadable');
    }
    const created = await acceptIntake(options.context, parsed.data, accepted, {
      receivedAt: new Date(now()),
      source: 'email',
      relatedTicketIds: decision.relatedTicketId === null ? [] : [decision.relatedTicketId],
      beforeStore: (ticketId) => planTicket(options.database, inboundId, ticketId),
    });
    const requester = parsed.data.requester.email;
    let queued = false;
    await options.database.transaction(async (transaction) => {
      await recordAddresses(transaction, created.id, [
        { address: requester, role: 'requester' },
        ...cc.map((address) => ({ address, role: 'cc' as const })),
      ]);
      await finishInbound(transaction, inboundId, {
        state: 'ticket',
        outcome: decision.rule,
        ticketId: created.id,
        authentication,
        cc,
        notes,
      });
      queued = await acknowledge(
        transaction,
        created,
        requester,
        created.subject,
        messageKeyOf(mail.messageId),
      );
    });
    if (queued) {
      options.onMailQueued();
    }
    return { state: 'ticket', outcome: decision.rule, ticketId: created.id, ticketNumber: created.number };
  }

  async function joinTicket(
    inboundId: string,
    mail: ParsedMail,
    authentication: SenderAuthentication,
    decision: Extract<ThreadDecision, { kind: 'thread' }>,
    cc: readonly string[],
  ): Promise<InboundResult> {
    const { accepted, notes: attachmentNotes } = acceptedAttachments(mail.attachments);
    const notes = maskedNotes(attachmentNotes);
    const body = messageBody(
      visibleReplyText(mail.text),
      accepted.map((attachment) => attachment.name),
    );
    const outcome = await acceptCustomerMessage(
      options.context,
      decision.ticketId,
      { body, attachments: accepted },
      async (transaction, added) => {
        if (!('messageId' in added)) {
          return;
        }
        const ticketRows = await transaction.query<{ ticket_id: string }>(
          'select ticket_id from messages where id = $1',
          [added.messageId],
        );
        const ticketId = ticketRows[0]?.ticket_id ?? decision.ticketId;
        await recordAddresses(
          transaction,
          ticketId,
          cc.map((address) => ({ address, role: 'cc' as const })),
        );
        await finishInbound(transaction, inboundId, {
          state: 'message',
          outcome: decision.rule,
          ticketId,
          messageId: added.messageId,
          authentication,
          cc,
          notes,
        });
      },
    );
    if ('refusal' in outcome) {
      // A closed ticket (or one gone): the mail opens a follow-up ticket linked to it.
      return openTicket(
        inboundId,
        mail,
        authentication,
        { kind: 'new', relatedTicketId: decision.ticketId, rule: 'ticket_closed' },
        cc,
      );
    }
    return {
      state: 'message',
      outcome: decision.rule,
      ticketId: decision.ticketId,
      ticketNumber: await ticketNumberOf(options.database, decision.ticketId),
    };
  }

  async function process(
    inboundId: string,
    raw: Uint8Array,
    envelope: InboundEnvelope,
    mail: ParsedMail,
  ): Promise<InboundResult> {
    const fromAddress = mail.from?.address ?? null;
    const classification = classifyMail({
      headers: mail.headers,
      fromAddress,
      subject: mail.subject,
      ownAddressKeys,
    });
    if (classification.kind === 'bounce') {
      return handleBounce(inboundId, mail, raw, classification.reason);
    }
    if (classification.kind !== 'customer' || fromAddress === null) {
      const outcome = fromAddress === null ? 'unreadable' : classification.kind;
      await finishInbound(options.database, inboundId, {
        state: 'dropped',
        outcome,
        notes: [fromAddress === null ? 'no sender address' : classification.reason],
      });
      return dropped(outcome);
    }
    const authentication = await options.authenticate(raw, envelope);
    const deliveredTo = new Set((envelope.recipients ?? []).map(addressKey));
    const cc = [...mail.to, ...mail.cc]
      .map((box) => box.address)
      .filter((address) => {
        const key = addressKey(address);
        // Not the sender, not the team: the service's own addresses and whatever the mail was delivered to.
        return key !== addressKey(fromAddress) && !ownAddressKeys.includes(key) && !deliveredTo.has(key);
      })
      .filter(
        (address, index, all) =>
          all.findIndex((other) => addressKey(other) === addressKey(address)) === index,
      )
      .slice(0, 50);
    const number = ticketNumberInSubject(mail.subject);
    const decision = decideThread({
      signedTicketIds: await signedTickets(mail.referencedIds),
      subjectTicket: number === null ? null : await subjectTicket(options.database, number),
      senderKey: addressKey(fromAddress),
    });
    return decision.kind === 'thread'
      ? joinTicket(inboundId, mail, authentication, decision, cc)
      : openTicket(inboundId, mail, authentication, decision, cc);
  }

  async function parseOrNull(raw: Uint8Array): Promise<ParsedMail | null> {
    try {
      return await parseMail(raw);
    } catch (error) {
      options.log(`mail: unreadable message (${String(error)})`);
      return null;
    }
  }

  return {
    receive: async (raw, via, envelope = {}) => {
      const mail = await parseOrNull(raw);
      const messageKey =
        messageKeyOf(mail?.messageId) ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`;
      if (inFlight.has(messageKey)) {
        return dropped('duplicate');
      }
      inFlight.add(messageKey);
      try {
        const original = mail === null ? { raw, isMasked: false, subject: '' } : keptOriginal(raw, mail);
        let inboundId = await recordInbound(options.database, {
          messageKey,
          via,
          raw: original.raw,
          isRawMasked: original.isMasked,
          sender: mail?.from?.address ?? null,
          subject: mail === null ? null : original.subject.slice(0, 1000),
          envelope,
        });
        if (inboundId === null) {
          // Recorded before. Still pending means an earlier attempt failed after recording (the sender was
          // told to retry): finish it now instead of dropping the retry.
          const earlier = await options.database.query<{ id: string }>(
            `select id from mail_inbound where message_key = $1 and state = 'pending'`,
            [messageKey],
          );
          inboundId = earlier[0]?.id ?? null;
          if (inboundId === null) {
            return dropped('duplicate');
          }
        }
        if (mail === null) {
          await finishInbound(options.database, inboundId, { state: 'dropped', outcome: 'unreadable' });
          return dropped('unreadable');
        }
        return await process(inboundId, raw, envelope, mail);
      } finally {
        inFlight.delete(messageKey);
      }
    },
    recoverPending: async () => {
      const seen = new Set<string>();
      for (;;) {
        const rows = (await pendingInbound(options.database, 50)).filter((row) => !seen.has(row.id));
        if (rows.length === 0) {
          return seen.size;
        }
        for (const row of rows) {
          seen.add(row.id);
          try {
            await recoverOne(row);
          } catch (error) {
            // Left pending: the next start (or a redelivery) tries again.
            options.log(`mail: could not finish received mail ${row.id} (${String(error)})`);
          }
        }
      }
    },
  };

  async function recoverOne(row: InboundRow): Promise<void> {
    const planned = row.planned_ticket_id;
    if (planned !== null && (await existingTickets(options.database, [planned])).length > 0) {
      // The ticket was stored; only the record of it was not.
      await finishInbound(options.database, row.id, {
        state: 'ticket',
        outcome: 'new_ticket',
        ticketId: planned,
      });
      return;
    }
    const raw = new Uint8Array(row.raw);
    const mail = await parseOrNull(raw);
    if (mail === null) {
      await finishInbound(options.database, row.id, { state: 'dropped', outcome: 'unreadable' });
      return;
    }
    await process(row.id, raw, row.envelope, mail);
  }
}
