import type { MessageCreate, Ticket, TicketUpdate } from '../domain/schemas';
import type { BulkUpdate, SavedView } from '../domain/workflow-schemas';

/**
 * The outbox: every agent action, offline or online, waits here under a client-generated idempotency key
 * until the service acknowledges it (docs/sync.md). Pure: the clock, the keys and the randomness of the
 * retry jitter are parameters, so the renderer's Dexie adapter and the deterministic simulation test drive
 * the same code.
 */

/** The ticket properties an agent changes; the only ones that can conflict. */
export type UpdatableField = 'status' | 'priority' | 'category' | 'assignee_id' | 'tags';

export const updatableFields: readonly UpdatableField[] = [
  'status',
  'priority',
  'category',
  'assignee_id',
  'tags',
];

/** What the agent did, as the request it becomes. */
export type OutboxAction =
  /** A reply or note (with an optional "send and set status"): append-only, never conflicts. */
  | { kind: 'message'; ticket_id: string; body: MessageCreate }
  /** A property change, made against the ticket version (and values) the agent saw. */
  | {
      kind: 'update';
      ticket_id: string;
      base_version: number;
      /** The values the agent saw for the fields it changes. */
      base: Partial<Record<UpdatableField, unknown>>;
      /** What the agent set. */
      changes: TicketUpdate;
    }
  | { kind: 'bulk'; body: BulkUpdate }
  /** A merge request body (docs/merging.md). */
  | { kind: 'merge'; target_id: string; body: unknown }
  /**
   * Undoing a merge: `ticket_ids` are the merge's target, then its sources: the tickets the undo restores
   * (kept so the console shows them as waiting to be restored, and refreshes them when the service answers).
   */
  | { kind: 'merge_undo'; merge_id: string; ticket_ids: string[] }
  /**
   * A saved view (the agent's preferences), added or replaced by id on the service without touching the
   * other preferences, so a view saved offline survives a restart and cannot overwrite later changes.
   */
  | { kind: 'save_view'; view: SavedView }
  /**
   * A saved view deleted by id, the other views and preferences kept; `name` is only for the agent's list of
   * waiting changes. Deleting an already deleted view is acknowledged too.
   */
  | { kind: 'delete_view'; view_id: string; name: string };

/** The outbox actions that change the agent's saved views (one view each). */
export type SavedViewChange = Extract<OutboxAction, { kind: 'save_view' | 'delete_view' }>;

/** A field someone else changed while the agent's change of it waited: the agent chooses. */
export interface FieldConflict {
  field: UpdatableField;
  /** What the agent saw before changing it. */
  base: unknown;
  /** What the agent set. */
  mine: unknown;
  /** What the ticket holds now. */
  theirs: unknown;
}

/** One waiting action. Acknowledged entries leave the outbox; every other state stays visible. */
export interface OutboxEntry {
  /** The idempotency key, client-generated (crypto.randomUUID in the renderer). */
  key: string;
  action: OutboxAction;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  state: 'pending' | 'conflict' | 'failed';
  error: { code: string; message: string } | null;
  conflicts: FieldConflict[];
}

/** What to do after an attempt. */
export type AttemptSettlement =
  /** The service applied it (now or on an earlier attempt): remove the entry. */
  | { kind: 'acknowledged'; body: unknown }
  /** Network error, 5xx, 408, 429, 401: the same key, later. */
  | { kind: 'retry'; entry: OutboxEntry }
  /** 409 `version_conflict`, but nobody touched the agent's fields: resend now against the current version. */
  | { kind: 'rebased'; entry: OutboxEntry }
  /** Someone else changed a field the agent changed: the agent chooses (`resolveConflict`). */
  | { kind: 'conflict'; entry: OutboxEntry }
  /** A 4xx that retrying cannot fix: kept and shown to the agent, never dropped silently. */
  | { kind: 'failed'; entry: OutboxEntry };

/** The outcome of one attempt: no answer at all, or the service's status and JSON body. */
export type AttemptOutcome = { kind: 'network_error' } | { kind: 'response'; status: number; body: unknown };

/**
 * The errors the console writes itself (no answer, a 401, a ticket gone, a conflict), by code: English
 * sentences kept in the outbox, which the console shows in the agent's language instead (a stored error whose
 * message is exactly one of these is the console's own; any other message is the service's text).
 */
export const consoleErrorMessages = {
  network_error: 'the service could not be reached',
  unauthorized: 'sign in again to send this',
  not_found: 'the ticket no longer exists',
  version_conflict: 'someone else changed the same fields meanwhile',
} as const;

/** The message the console writes for an error answer without a body it can read. */
export function httpStatusMessage(status: number): string {
  return `the service answered ${status}`;
}

const firstRetryDelayMs = 1_000;
/** The longest wait between attempts: an agent back online should not wait long for the outbox to drain. */
export const maximumRetryDelayMs = 5 * 60_000;

/** A new pending entry for `action`, due now. */
export function createOutboxEntry(action: OutboxAction, key: string, now: string): OutboxEntry {
  return {
    key,
    action,
    created_at: now,
    attempts: 0,
    next_attempt_at: now,
    state: 'pending',
    error: null,
    conflicts: [],
  };
}

/**
 * How long to wait after the `attempts`-th failed attempt: 1 s doubling each time up to 5 minutes, and only
 * the upper half of that is fixed (`random` in 0..1 picks the rest), so clients that lost the service
 * together do not all come back in the same millisecond.
 */
export function retryDelayMs(attempts: number, random: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const ceiling = Math.min(maximumRetryDelayMs, firstRetryDelayMs * 2 ** exponent);
  const jitter = Math.min(1, Math.max(0, random));
  return Math.round(ceiling / 2 + (ceiling / 2) * jitter);
}

function addMilliseconds(time: string, milliseconds: number): string {
  return new Date(Date.parse(time) + milliseconds).toISOString();
}

/** The service's error code and message in an error body, if it has one. */
function errorOf(body: unknown): { code: string; message: string } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) {
    return null;
  }
  const error = body.error;
  if (typeof error !== 'object' || error === null) {
    return null;
  }
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? { code, message: typeof message === 'string' ? message : code } : null;
}

function retried(
  entry: OutboxEntry,
  error: { code: string; message: string },
  context: { now: string; random: number },
): AttemptSettlement {
  const attempts = entry.attempts + 1;
  return {
    kind: 'retry',
    entry: {
      ...entry,
      attempts,
      state: 'pending',
      error,
      next_attempt_at: addMilliseconds(context.now, retryDelayMs(attempts, context.random)),
    },
  };
}

function failed(entry: OutboxEntry, error: { code: string; message: string }): AttemptSettlement {
  return { kind: 'failed', entry: { ...entry, attempts: entry.attempts + 1, state: 'failed', error } };
}

/**
 * Whether two values of `field` are the same: tags compare as sets (the service keeps each tag once, and
 * their order is not something an agent changes), everything else by value.
 */
export function sameFieldValue(field: UpdatableField, left: unknown, right: unknown): boolean {
  if (field === 'tags' && Array.isArray(left) && Array.isArray(right)) {
    const leftSet = new Set(left);
    const rightSet = new Set(right);
    return leftSet.size === rightSet.size && [...leftSet].every((tag) => rightSet.has(tag));
  }
  return left === right || ((left ?? null) === null && (right ?? null) === null);
}

function changedFields(changes: TicketUpdate): UpdatableField[] {
  return updatableFields.filter((field) => changes[field] !== undefined);
}

/**
 * The update entry re-based on `current`: fields the agent chose `theirs` for are dropped, fields already
 * holding the agent's value are dropped (nothing to send), and a field whose value moved away from the one
 * the agent saw (for a field the agent chose `mine` for: from the `theirs` it was shown) is a conflict.
 * Null when nothing is left to send.
 */
function rebase(
  entry: OutboxEntry & { action: Extract<OutboxAction, { kind: 'update' }> },
  choices: Partial<Record<UpdatableField, 'mine' | 'theirs'>>,
  current: Ticket,
): OutboxEntry | null {
  const { action } = entry;
  const shownConflicts = new Map(entry.conflicts.map((conflict) => [conflict.field, conflict]));
  const changes: TicketUpdate = { ...action.changes };
  const base: Partial<Record<UpdatableField, unknown>> = {};
  const conflicts: FieldConflict[] = [];
  for (const field of changedFields(action.changes)) {
    const choice = choices[field];
    const mine = action.changes[field];
    const theirs = current[field];
    if (choice === 'theirs' || sameFieldValue(field, mine, theirs)) {
      delete changes[field];
      continue;
    }
    const shown = shownConflicts.get(field);
    const seen = choice === 'mine' && shown !== undefined ? shown.theirs : action.base[field];
    if (!sameFieldValue(field, seen, theirs)) {
      conflicts.push({ field, base: seen, mine, theirs });
    }
    // A conflict keeps what the agent saw, so choosing later compares against it; otherwise it equals theirs.
    base[field] = seen;
  }
  if (Object.keys(changes).length === 0) {
    return null;
  }
  const hasConflicts = conflicts.length > 0;
  return {
    ...entry,
    action: { ...action, base_version: current.version, base, changes },
    state: hasConflicts ? 'conflict' : 'pending',
    error: hasConflicts ? { code: 'version_conflict', message: consoleErrorMessages.version_conflict } : null,
    conflicts,
  };
}

function isUpdate(
  entry: OutboxEntry,
): entry is OutboxEntry & { action: Extract<OutboxAction, { kind: 'update' }> } {
  return entry.action.kind === 'update';
}

/** Settles a 409 `version_conflict`: rebase when the agent's fields are untouched, else a conflict. */
function settleVersionConflict(
  entry: OutboxEntry,
  error: { code: string; message: string },
  context: { now: string; random: number; current?: Ticket | null },
): AttemptSettlement {
  if (!isUpdate(entry)) {
    // Messages, bulk changes, merges, their undos and saved views carry no version: resend as they are.
    return {
      kind: 'rebased',
      entry: { ...entry, attempts: entry.attempts + 1, next_attempt_at: context.now },
    };
  }
  if (context.current === null) {
    return failed(entry, { code: 'not_found', message: consoleErrorMessages.not_found });
  }
  if (context.current === undefined) {
    // Without the ticket as it is now nothing can be compared: try again (the caller fetches it next time).
    return retried(entry, error, context);
  }
  const rebased = rebase(entry, {}, context.current);
  if (rebased === null) {
    // Someone else already set every value the agent set: the ticket is as the agent wanted it.
    return { kind: 'acknowledged', body: context.current };
  }
  const next = { ...rebased, attempts: entry.attempts + 1, next_attempt_at: context.now };
  return next.state === 'conflict' ? { kind: 'conflict', entry: next } : { kind: 'rebased', entry: next };
}

/**
 * What to do after an attempt. `current` is the ticket as the service has it now (fetch it on a 409; null
 * when it is gone). A 401 stays pending: the agent's token expired, the action waits until they sign in again.
 */
export function settleAttempt(
  entry: OutboxEntry,
  outcome: AttemptOutcome,
  context: { now: string; random: number; current?: Ticket | null },
): AttemptSettlement {
  if (outcome.kind === 'network_error') {
    return retried(entry, { code: 'network_error', message: consoleErrorMessages.network_error }, context);
  }
  const { status, body } = outcome;
  if (status >= 200 && status < 300) {
    return { kind: 'acknowledged', body };
  }
  const error = errorOf(body) ?? { code: `http_${status}`, message: httpStatusMessage(status) };
  if (status === 401) {
    return retried(entry, { code: 'unauthorized', message: consoleErrorMessages.unauthorized }, context);
  }
  if (status >= 500 || status === 408 || status === 429) {
    return retried(entry, error, context);
  }
  if (status === 409 && error.code === 'version_conflict') {
    return settleVersionConflict(entry, error, context);
  }
  // 400, 403 (an undo needing the lead role the merge needed), 404, 409 invalid_transition or undo_expired,
  // 413, 422 idempotency_key_reused...: the same request fails again.
  return failed(entry, error);
}

/**
 * The conflicted update after the agent chose, per conflicting field, `mine` (send it again) or `theirs`
 * (keep the ticket's value): an entry against `current.version` with only the fields still to send, pending
 * when every conflict is settled (still `conflict` for fields not chosen yet, or changed again meanwhile),
 * or null when nothing is left to send. Entries that are not property changes come back pending.
 */
export function resolveConflict(
  entry: OutboxEntry,
  choices: Partial<Record<UpdatableField, 'mine' | 'theirs'>>,
  current: Ticket,
): OutboxEntry | null {
  if (!isUpdate(entry)) {
    return { ...entry, state: 'pending', error: null, conflicts: [] };
  }
  const resolved = rebase(entry, choices, current);
  return resolved === null ? null : { ...resolved, attempts: 0 };
}

function ticketPath(ticketId: string): string {
  return `/api/tickets/${encodeURIComponent(ticketId)}`;
}

/** The request an entry makes: method, path, headers (Idempotency-Key, If-Match), body. */
export function requestFor(entry: OutboxEntry): {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  headers: Record<string, string>;
  body: unknown;
} {
  const headers: Record<string, string> = { 'Idempotency-Key': entry.key };
  const { action } = entry;
  switch (action.kind) {
    case 'message':
      return { method: 'POST', path: `${ticketPath(action.ticket_id)}/messages`, headers, body: action.body };
    case 'update':
      return {
        method: 'PATCH',
        path: ticketPath(action.ticket_id),
        headers: { ...headers, 'If-Match': String(action.base_version) },
        body: action.changes,
      };
    case 'bulk':
      return { method: 'POST', path: '/api/tickets/bulk', headers, body: action.body };
    case 'merge':
      return { method: 'POST', path: `${ticketPath(action.target_id)}/merge`, headers, body: action.body };
    case 'merge_undo':
      return {
        method: 'POST',
        path: `/api/merges/${encodeURIComponent(action.merge_id)}/undo`,
        headers,
        body: {},
      };
    case 'save_view':
      return {
        method: 'PUT',
        path: `/api/me/preferences/saved-views/${encodeURIComponent(action.view.id)}`,
        headers,
        body: action.view,
      };
    case 'delete_view':
      return {
        method: 'DELETE',
        path: `/api/me/preferences/saved-views/${encodeURIComponent(action.view_id)}`,
        headers,
        // An empty JSON object: the runner always sends a JSON content type, which needs a body.
        body: {},
      };
  }
}

/** Whether an entry is due: pending and its next attempt time has come. */
export function isDue(entry: OutboxEntry, now: string): boolean {
  return entry.state === 'pending' && Date.parse(entry.next_attempt_at) <= Date.parse(now);
}
