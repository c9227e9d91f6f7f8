import { randomUUID } from 'node:crypto';
import { customerTexts, evaluateChecklist } from '../../shared/checklist/evaluate';
import { importRecordSchema, type ImportRecord } from '../../shared/domain/schemas';
import type { TicketStatus } from '../../shared/domain/vocabulary';
import { detectLanguage } from '../../shared/language/detect-language';
import { ApiFailure, validationFailure } from '../errors';
import type { BulkMessage, BulkTicket } from '../storage/bulk-tickets';
import type { ExposureNotice } from '../safety/exposure-notice';
import { maskThread } from '../safety/mask-entries';
import { categoryKeyFor } from '../storage/categories';
import { languageOfLocale } from './intake';
import { findUnstorableText } from './storable-text';

/** A record the import refused, by its position in the payload (0-based). */
export interface ImportError {
  index: number;
  message: string;
}

/**
 * Per-record limits of an import (docs/api.md): a record past them is refused alone, with its index, and the
 * rest of the batch is imported. A thread of 200,000 messages is not a support ticket; it used to fail the
 * whole batch with a stack overflow.
 */
export const importRecordLimits = { messages: 10_000 } as const;

/** The per-record limit `record` breaks, as an error message, or null (checked before the full validation). */
function recordLimitBroken(record: unknown): string | null {
  if (typeof record === 'object' && record !== null && 'messages' in record) {
    const { messages } = record;
    if (Array.isArray(messages) && messages.length > importRecordLimits.messages) {
      return `messages: at most ${importRecordLimits.messages} messages per record (this one has ${messages.length})`;
    }
  }
  return null;
}

/** The records of an import body: a parsed JSON array, or NDJSON text (one record per non-blank line). */
export function splitImportPayload(body: unknown): { records: unknown[]; errors: ImportError[] } {
  if (Array.isArray(body)) {
    return { records: body, errors: [] };
  }
  if (typeof body !== 'string') {
    throw new ApiFailure(400, 'invalid_import', 'the body must be a JSON array of records or NDJSON');
  }
  const records: unknown[] = [];
  const errors: ImportError[] = [];
  for (const line of body.split('\n')) {
    if (line.trim() === '') {
      continue;
    }
    try {
      records.push(JSON.parse(line));
    } catch {
      errors.push({ index: records.length, message: 'not valid JSON' });
      // Keep positions aligned with the lines, so later errors name the right record.
      records.push(undefined);
    }
  }
  return { records, errors };
}

/** Validates import records; the valid ones come back ready to store, the others as errors. */
export function prepareImport(
  records: readonly unknown[],
  knownErrors: readonly ImportError[] = [],
): {
  tickets: BulkTicket[];
  errors: ImportError[];
} {
  const errors = [...knownErrors];
  const failed = new Set(knownErrors.map((error) => error.index));
  const tickets: BulkTicket[] = [];
  records.forEach((record, index) => {
    if (failed.has(index)) {
      return;
    }
    const broken = recordLimitBroken(record);
    if (broken !== null) {
      errors.push({ index, message: broken });
      return;
    }
    const result = importRecordSchema.safeParse(record);
    if (!result.success) {
      errors.push({ index, message: validationFailure(result.error, record).message });
      return;
    }
    const unstorable = findUnstorableText(result.data);
    if (unstorable !== null) {
      errors.push({ index, message: `${unstorable} contains a NUL character or an unpaired surrogate` });
      return;
    }
    tickets.push(bulkTicketFromRecord(result.data));
  });
  errors.sort((left, right) => left.index - right.index);
  return { tickets, errors };
}

const closedStatuses: readonly TicketStatus[] = ['solved', 'closed'];

/**
 * A historical record as a stored ticket; a category the service does not know yet will be created. Secrets
 * in its text are masked first (`maskThread`), before the checklist reads it; a customer message that held
 * a seed phrase or private key is followed by the customer's notice.
 */
export function bulkTicketFromRecord(record: ImportRecord): BulkTicket {
  const locale = languageOfLocale(record.requester.locale);
  const masked = maskThread(
    {
      subject: record.subject,
      body: record.body,
      messages: (record.messages ?? []).map((message) => ({
        body: message.body,
        isFromCustomer: message.author === 'customer',
      })),
      labels: [record.requester.name ?? ''],
    },
    { locale: record.requester.locale ?? null },
    randomUUID,
  );
  const requesterName = (record.requester.name ?? null) === null ? null : (masked.labels[0] ?? null);
  const messages = (record.messages ?? []).flatMap((message, index) => {
    const stored = masked.messages[index];
    const createdAt = new Date(message.created_at).toISOString();
    const entry = {
      id: stored?.id ?? randomUUID(),
      kind: message.author === 'customer' ? ('customer' as const) : ('reply' as const),
      authorAgentId: null,
      authorName: message.author === 'customer' ? requesterName : null,
      body: stored?.body ?? message.body,
      createdAt,
      isNotice: false,
    };
    return stored?.exposureNotice ? [entry, noticeMessage(stored.exposureNotice, createdAt)] : [entry];
  });
  const createdAt = new Date(record.created_at).toISOString();
  if (masked.openingNotice) {
    messages.unshift(noticeMessage(masked.openingNotice, createdAt));
  }
  const status = record.status ?? (record.solved_at ? 'solved' : 'new');
  const times = [record.created_at, record.solved_at, ...messages.map((message) => message.createdAt)]
    .filter((time): time is string => typeof time === 'string')
    .map((time) => new Date(time).getTime());
  // A loop, not Math.max(...times): spreading a long thread's times overflows the call stack.
  const lastActivity = new Date(
    times.reduce((latest, time) => Math.max(latest, time), -Infinity),
  ).toISOString();
  // The service's own notices are not an agent's first response.
  const replies = messages
    .filter((message) => message.kind === 'reply' && !message.isNotice)
    .map((message) => message.createdAt);
  const category = record.category ? categoryKeyFor(record.category) : null;
  return {
    externalId: record.external_id,
    requester: {
      email: record.requester.email,
      name: requesterName,
      locale: record.requester.locale ?? null,
    },
    subject: masked.subject,
    body: masked.body,
    category,
    requestedCategory: record.category ?? null,
    status,
    priority: record.priority ?? 'normal',
    assigneeId: null,
    language: detectLanguage(`${masked.subject}\n${masked.body}`, locale),
    tags: [],
    source: 'import',
    occurredAt: null,
    device: null,
    // The whole customer side of the thread counts: a later customer message fills what was missing.
    checklist: evaluateChecklist({
      category,
      texts: customerTexts(
        masked.subject,
        masked.body,
        messages.filter((message) => message.kind === 'customer').map((message) => message.body),
      ),
      attachments: [],
      requester: { email: record.requester.email, locale: record.requester.locale ?? null },
      referenceTime: new Date(record.created_at),
    }),
    createdAt,
    updatedAt: lastActivity,
    firstResponseAt: replies.sort()[0] ?? null,
    solvedAt: record.solved_at
      ? new Date(record.solved_at).toISOString()
      : closedStatuses.includes(status)
        ? lastActivity
        : null,
    messages: messages.map(({ isNotice: _isNotice, ...message }) => message),
    redactions: masked.redactions,
  };
}

/** The customer's exposure notice as a stored public reply at `createdAt` (signed by the service). */
function noticeMessage(
  notice: ExposureNotice,
  createdAt: string,
): BulkMessage & { kind: 'reply'; createdAt: string; isNotice: boolean } {
  return {
    id: randomUUID(),
    kind: 'reply',
    authorAgentId: null,
    authorName: notice.authorName,
    body: notice.body,
    createdAt,
    isNotice: true,
  };
}
