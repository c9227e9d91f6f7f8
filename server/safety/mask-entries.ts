import type { IntakeRequest } from '../../shared/domain/schemas';
import type { NewAttachment, NewTicket } from '../storage/ticket-writes';
import { exposureNotice, type ExposureNotice } from './exposure-notice';
import {
  maskIncoming,
  redactionsOf,
  type IncomingText,
  type MarkerLanguageHint,
  type MaskedIncoming,
  type Redaction,
} from './mask-incoming';

/** A masked intake request: the request and attachments to store, and what the ticket records of it. */
export interface MaskedIntake {
  intake: IntakeRequest;
  attachments: readonly NewAttachment[];
  safety: Pick<NewTicket, 'redactions' | 'exposureNotice'>;
}

/** What `maskIncoming` is given for an intake request: its subject, body, attachment names, name and device. */
export function intakeMaskJob(
  request: IntakeRequest,
  attachments: readonly NewAttachment[],
): { incoming: IncomingText; hint: MarkerLanguageHint } {
  return {
    incoming: {
      subject: request.subject,
      body: request.body,
      attachmentNames: attachments.map((attachment) => attachment.name),
      labels: [request.requester.name ?? '', request.device ?? ''],
    },
    hint: { locale: request.requester.locale ?? null },
  };
}

/**
 * A validated intake request with its secrets masked (`maskIncoming`): subject, body, attachment names,
 * the requester's name and the device. `safety` holds what the stored ticket records of it: its
 * `redactions` (the opening request's, so `message_id` null) and the customer's automatic notice when a
 * seed phrase or private key was removed.
 */
export function maskIntake(request: IntakeRequest, attachments: readonly NewAttachment[]): MaskedIntake {
  const job = intakeMaskJob(request, attachments);
  return applyIntakeMask(request, attachments, maskIncoming(job.incoming, job.hint));
}

/** `request` and `attachments` with what `maskIncoming` answered for `intakeMaskJob` of them. */
export function applyIntakeMask(
  request: IntakeRequest,
  attachments: readonly NewAttachment[],
  masked: MaskedIncoming,
): MaskedIntake {
  const name = request.requester.name ?? null;
  const device = request.device ?? null;
  if (masked.kinds.length === 0) {
    return { intake: request, attachments, safety: {} };
  }
  const [maskedName = '', maskedDevice = ''] = masked.labels;
  return {
    intake: {
      ...request,
      subject: masked.subject ?? request.subject,
      body: masked.body,
      requester: { ...request.requester, ...(name === null ? {} : { name: maskedName }) },
      ...(device === null ? {} : { device: maskedDevice }),
    },
    attachments: attachments.map((attachment, index) => ({
      ...attachment,
      name: masked.attachmentNames[index] ?? attachment.name,
    })),
    safety: {
      redactions: redactionsOf(masked.kinds, null),
      exposureNotice: exposureNotice(masked.kinds, masked.language),
    },
  };
}

/** A thread message with its secrets masked, and what the ticket records of it. */
export interface MaskedMessage {
  body: string;
  /** The masked names of the files that came with it, in the order given. */
  attachmentNames: string[];
  /** `redactions` entries to append to the ticket (empty when nothing was masked). */
  redactions: Redaction[];
  /** The customer's automatic notice (only for a customer's message with a seed phrase or private key). */
  exposureNotice: ExposureNotice | null;
}

/**
 * Masks one message about to join a ticket's thread (`maskIncoming`), in the ticket's language (else the
 * requester's locale's), for the message that will be stored as `messageId`. Only a customer's own
 * message earns them the exposure notice: an agent who pastes a secret into a note needs no warning sent.
 */
export function maskThreadMessage(
  message: { body: string; attachmentNames?: readonly string[]; isFromCustomer: boolean },
  ticket: { language: string | null; requesterLocale: string | null },
  messageId: string,
): MaskedMessage {
  const masked = maskIncoming(
    { body: message.body, attachmentNames: message.attachmentNames ?? [] },
    { language: ticket.language, locale: ticket.requesterLocale },
  );
  return {
    body: masked.body,
    attachmentNames: masked.attachmentNames,
    redactions: redactionsOf(masked.kinds, messageId),
    exposureNotice: message.isFromCustomer ? exposureNotice(masked.kinds, masked.language) : null,
  };
}

/** A whole thread (import, demo data) with its secrets masked, and what the ticket records of it. */
export interface MaskedThread {
  subject: string;
  body: string;
  /** The masked labels (requester's name, device), in the order given. */
  labels: string[];
  /** The opening request's automatic notice, if it held a seed phrase or private key. */
  openingNotice: ExposureNotice | null;
  /** Each message, in the order given, with the id to store it under. */
  messages: { id: string; body: string; exposureNotice: ExposureNotice | null }[];
  /** The ticket's `redactions`. */
  redactions: Redaction[];
}

/**
 * Masks a whole thread loaded in bulk (`maskIncoming` on the opening request and each message), with the
 * markers in the ticket's `language` (else the text's, else the locale's). Each message gets its id from
 * `newId` so its redactions can name it; customer messages with a seed phrase or private key get the
 * customer's notice (imported history gets it too: the customer's funds are as exposed as today's).
 */
export function maskThread(
  thread: {
    subject: string;
    body: string;
    messages: readonly { body: string; isFromCustomer: boolean }[];
    /** Short free-text fields of the ticket (the requester's name, the device). */
    labels?: readonly string[];
  },
  hint: MarkerLanguageHint,
  newId: () => string,
): MaskedThread {
  const opening = maskIncoming(
    { subject: thread.subject, body: thread.body, labels: thread.labels ?? [] },
    hint,
  );
  // The opening's language (when it had secrets) keeps the whole thread's markers in one language.
  const threadHint: MarkerLanguageHint = opening.kinds.length > 0 ? { language: opening.language } : hint;
  const redactions = redactionsOf(opening.kinds, null);
  const messages = thread.messages.map((message) => {
    const id = newId();
    const masked = maskIncoming({ body: message.body }, threadHint);
    redactions.push(...redactionsOf(masked.kinds, id));
    return {
      id,
      body: masked.body,
      exposureNotice: message.isFromCustomer ? exposureNotice(masked.kinds, masked.language) : null,
    };
  });
  return {
    subject: opening.subject ?? thread.subject,
    body: opening.body,
    labels: opening.labels,
    openingNotice: exposureNotice(opening.kinds, opening.language),
    messages,
    redactions,
  };
}
