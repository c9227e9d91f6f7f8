import { liveQuery } from 'dexie';
import { messageSchema, ticketSchema, type Message, type Ticket } from '../../shared/domain/schemas';
import {
  mergeRequestSchema,
  mergeResultSchema,
  mergeUndoResultSchema,
} from '../../shared/domain/merge-schemas';
import { bulkUpdateResultSchema } from '../../shared/domain/workflow-schemas';
import {
  consoleErrorMessages,
  createOutboxEntry,
  isDue,
  requestFor,
  resolveConflict,
  settleAttempt,
  type AttemptOutcome,
  type OutboxAction,
  type OutboxEntry,
  type UpdatableField,
} from '../../shared/sync/outbox';
import { normalizeServiceUrl } from '../api/api-client';
import type { CacheDatabase } from '../cache/cache-database';
import type { TicketStore } from '../features/queue/ticket-store';
import { createLogger } from '../logging/logger';
import { applyActionToTicket, pendingMessageId } from './optimistic';

const logger = createLogger('outbox');
const requestTimeoutMs = 30_000;
/** Rebases in a row before the drain pauses: a ticket changing under every attempt should not spin. */
const maximumRebasesPerDrain = 5;

/**
 * What came of a submitted action's first attempt in this window: the service's answer, `queued` (offline,
 * a retry pending, held back behind an earlier waiting entry, or sent by another window of this agent), or
 * the entry as it now waits in the outbox for the agent (`failed`, `conflict`).
 */
export type OutboxSubmission =
  | { kind: 'acknowledged'; entry: OutboxEntry; body: unknown }
  | { kind: 'queued'; entry: OutboxEntry }
  | { kind: 'failed' | 'conflict'; entry: OutboxEntry };

/** The Dexie adapter of the pure outbox (`shared/sync/outbox.ts`): it keeps, sends and settles entries. */
export interface OutboxRunner {
  /** Keeps the action under a new idempotency key, applies it to the queue at once and sends it when it can. */
  enqueue: (action: OutboxAction) => Promise<OutboxEntry>;
  /**
   * As `enqueue`, and resolves once this window has tried to send it: callers that show the service's answer
   * online (the bulk bar's counts, the merge result) wait for it, and say "queued" otherwise.
   */
  submit: (action: OutboxAction) => Promise<OutboxSubmission>;
  /** Sends every due entry in order (only in the window that owns the outbox). */
  drain: () => Promise<void>;
  /** The agent's choice for a conflicted entry: `mine` fields are sent again, `theirs` ones dropped. */
  resolve: (key: string, choices: Partial<Record<UpdatableField, 'mine' | 'theirs'>>) => Promise<void>;
  /** The agent drops an entry on purpose (a failed or conflicted one); the ticket is refreshed. */
  discard: (key: string) => Promise<void>;
  /** Sends pending entries now instead of waiting for their backoff (the agent's "retry now"). */
  retryNow: () => Promise<void>;
  dispose: () => void;
}

/** What the runner needs from its surroundings; clock, keys and randomness are injectable for tests. */
export interface OutboxRunnerOptions {
  database: CacheDatabase;
  serviceUrl: string;
  /** Kept in memory only: the token is never written to the cache. */
  token: string;
  store: TicketStore;
  agent: { id: string; name: string };
  /** The ticket as the service has it now (null when it is gone); used to settle a 409 and to undo. */
  fetchTicket: (ticketId: string) => Promise<Ticket | null>;
  /** A sent message, so the open ticket pane can show it. */
  onMessageSent?: (message: Message) => void;
  fetchImplementation?: typeof fetch;
  now?: () => string;
  random?: () => number;
  newKey?: () => string;
  /** Web Locks: only the window holding the outbox lock sends (several windows share one cache). */
  locks?: LockManager | null;
  /** Where `online` events come from (the window in the console). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

/** Creates the runner and starts it: it tries to own the outbox, then drains it. */
export function createOutboxRunner(options: OutboxRunnerOptions): OutboxRunner {
  const { database, store } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const random = options.random ?? Math.random;
  const newKey = options.newKey ?? (() => crypto.randomUUID());
  const fetchImplementation = options.fetchImplementation ?? ((input, init) => fetch(input, init));
  const baseUrl = normalizeServiceUrl(options.serviceUrl);
  let isDisposed = false;
  let isOwner = false;
  let running: Promise<void> | null = null;
  let runAgain = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let releaseLock: () => void = () => undefined;
  let subscription: { unsubscribe: () => void } | null = null;
  let lastCreatedAt = '';
  /** Submitted entries waiting for their first attempt, by key. */
  const waiters = new Map<string, { entry: OutboxEntry; resolve: (submission: OutboxSubmission) => void }>();
  const settleWaiter = (submission: OutboxSubmission): void => {
    const waiter = waiters.get(submission.entry.key);
    waiters.delete(submission.entry.key);
    waiter?.resolve(submission);
  };
  /** Submissions a drain did not reach stay queued: sent later, or by the window that owns the outbox. */
  const releaseWaiters = (keys: readonly string[]): void => {
    for (const key of keys) {
      const waiter = waiters.get(key);
      if (waiter) {
        settleWaiter({ kind: 'queued', entry: waiter.entry });
      }
    }
  };

  const send = async (entry: OutboxEntry): Promise<AttemptOutcome> => {
    const request = requestFor(entry);
    try {
      const response = await fetchImplementation(`${baseUrl}${request.path}`, {
        method: request.method,
        headers: {
          ...request.headers,
          accept: 'application/json',
          'content-type': 'application/json',
          authorization: `Bearer ${options.token}`,
        },
        body: JSON.stringify(request.body),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      const text = await response.text();
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = null;
      }
      return { kind: 'response', status: response.status, body };
    } catch {
      return { kind: 'network_error' };
    }
  };

  /** Puts the service's copy of a ticket back over an optimistic one that will not happen. */
  const refreshTicket = async (ticketId: string): Promise<void> => {
    try {
      const current = await options.fetchTicket(ticketId);
      if (current) {
        store.upsert([current]);
      }
    } catch (error) {
      logger.warn(`could not refresh ticket ${ticketId}`, error);
    }
  };

  const ticketIdsOf = (entry: OutboxEntry): string[] => {
    const { action } = entry;
    switch (action.kind) {
      case 'message':
      case 'update':
        return [action.ticket_id];
      case 'bulk':
        return action.body.ticket_ids;
      case 'merge':
        return [action.target_id];
      case 'merge_undo':
        return action.ticket_ids;
      case 'save_view':
      case 'delete_view':
        return [];
    }
  };

  const acknowledge = async (entry: OutboxEntry, body: unknown): Promise<void> => {
    const { action } = entry;
    if (action.kind === 'bulk') {
      const result = bulkUpdateResultSchema.safeParse(body);
      if (result.success) {
        store.upsert(result.data.updated);
        if (result.data.failed.length > 0) {
          // Part of the change did not apply: the agent must see which tickets, so the entry stays.
          await database.outbox.put({
            ...entry,
            state: 'failed',
            error: {
              code: 'bulk_partially_failed',
              message: result.data.failed.map((failure) => `${failure.id}: ${failure.message}`).join('; '),
            },
          });
          return;
        }
      }
      await database.outbox.delete(entry.key);
      return;
    }
    await database.transaction('rw', database.outbox, database.messages, async () => {
      await database.outbox.delete(entry.key);
      if (action.kind === 'message') {
        // The pending copy in the cached thread gives way to the service's message.
        const message = messageSchema.safeParse(body);
        await database.messages
          .where('ticket_id')
          .equals(action.ticket_id)
          .modify((thread) => {
            thread.messages = thread.messages.filter((item) => item.id !== pendingMessageId(entry.key));
            if (message.success && !thread.messages.some((item) => item.id === message.data.id)) {
              thread.messages.push(message.data);
            }
          });
      }
    });
    const ticket = ticketSchema.safeParse(body);
    if (ticket.success) {
      store.upsert([ticket.data]);
    } else if (action.kind === 'message') {
      const message = messageSchema.safeParse(body);
      if (message.success) {
        options.onMessageSent?.(message.data);
      }
      await refreshTicket(action.ticket_id);
    } else if (action.kind === 'merge') {
      // The target took the sources' messages and the sources closed: the queue shows both as they are now.
      const merged = mergeResultSchema.safeParse(body);
      if (merged.success) {
        store.upsert([merged.data.target]);
      } else {
        await refreshTicket(action.target_id);
      }
      const request = mergeRequestSchema.safeParse(action.body);
      await Promise.all((request.success ? request.data.source_ids : []).slice(0, 50).map(refreshTicket));
    } else if (action.kind === 'merge_undo') {
      // Every ticket of the merge is restored: the queue shows them as the service now has them.
      const undone = mergeUndoResultSchema.safeParse(body);
      if (undone.success) {
        store.upsert(undone.data.tickets);
      } else {
        await Promise.all(action.ticket_ids.slice(0, 50).map(refreshTicket));
      }
    }
  };

  /** Attempts one entry; true when the drain may go on to the next one. */
  const attempt = async (entry: OutboxEntry): Promise<'next' | 'again' | 'stop'> => {
    const outcome = await send(entry);
    let current: Ticket | null | undefined;
    if (outcome.kind === 'response' && outcome.status === 409 && entry.action.kind === 'update') {
      current = await options.fetchTicket(entry.action.ticket_id).catch(() => undefined);
    }
    const settlement = settleAttempt(entry, outcome, { now: now(), random: random(), current });
    switch (settlement.kind) {
      case 'acknowledged':
        await acknowledge(entry, settlement.body);
        settleWaiter({ kind: 'acknowledged', entry, body: settlement.body });
        return 'next';
      case 'rebased':
        await database.outbox.put(settlement.entry);
        return 'again';
      case 'retry':
        await database.outbox.put(settlement.entry);
        settleWaiter({ kind: 'queued', entry: settlement.entry });
        return 'stop';
      case 'conflict':
      case 'failed':
        await database.outbox.put(settlement.entry);
        await Promise.all(ticketIdsOf(entry).slice(0, 50).map(refreshTicket));
        settleWaiter({ kind: settlement.kind, entry: settlement.entry });
        return 'next';
    }
  };

  const schedule = async (): Promise<void> => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const pending = await database.outbox.where('state').equals('pending').toArray();
    if (isDisposed || pending.length === 0) {
      return;
    }
    const earliest = Math.min(...pending.map((entry) => Date.parse(entry.next_attempt_at)));
    const delay = Math.max(0, Math.min(earliest - Date.parse(now()), 5 * 60_000));
    timer = setTimeout(() => void drain(), delay);
  };

  const drainOnce = async (): Promise<void> => {
    let rebases = 0;
    for (;;) {
      if (isDisposed || !isOwner) {
        return;
      }
      // Entries go in the order the agent made them; a waiting one holds back those after it.
      const next = (await database.outbox.orderBy('created_at').toArray()).find(
        (entry) => entry.state === 'pending',
      );
      if (!next || !isDue(next, now())) {
        return;
      }
      const result = await attempt(next);
      if (result === 'stop') {
        return;
      }
      if (result === 'again' && (rebases += 1) > maximumRebasesPerDrain) {
        return;
      }
    }
  };

  const drain = async (): Promise<void> => {
    if (running) {
      runAgain = true;
      return running;
    }
    running = (async () => {
      try {
        // A request to drain that arrives mid-run (a new entry) runs the loop once more.
        do {
          runAgain = false;
          await drainOnce();
          await schedule();
        } while (runAgain && !isDisposed);
      } catch (error) {
        logger.warn('the outbox drain failed', error);
      } finally {
        // Taken before the run ends: a submission arriving after this starts a run of its own.
        const stranded = [...waiters.keys()];
        running = null;
        releaseWaiters(stranded);
      }
    })();
    return running;
  };

  const becomeOwner = (): void => {
    isOwner = true;
    // Entries another window of this agent adds land in the shared table: send them from here.
    subscription = liveQuery(() => database.outbox.where('state').equals('pending').count()).subscribe({
      next: (count) => {
        if (count > 0) {
          void drain();
        }
      },
      error: (error: unknown) => logger.warn('watching the outbox failed', error),
    });
    void drain();
  };

  const locks = options.locks === undefined ? globalThis.navigator?.locks : options.locks;
  if (locks) {
    void locks
      .request(`support-console-outbox:${database.name}`, () => {
        if (isDisposed) {
          return undefined;
        }
        becomeOwner();
        // Held until this window's runner is disposed; then the next window takes over.
        return new Promise<void>((resolve) => (releaseLock = resolve));
      })
      .catch((error: unknown) => logger.warn('could not take the outbox lock', error));
  } else {
    becomeOwner();
  }

  const onOnline = (): void => void retryNow();
  const events = options.events === undefined ? globalThis.window : options.events;
  events?.addEventListener('online', onOnline);

  const retryNow = async (): Promise<void> => {
    const due = now();
    await database.outbox
      .where('state')
      .equals('pending')
      .modify((entry) => {
        entry.next_attempt_at = due;
      });
    await drain();
  };

  /** Keeps `action` in the outbox and applies it to the queue; sending is the caller's. */
  const keep = async (action: OutboxAction): Promise<OutboxEntry> => {
    // Entries are sent in `created_at` order: two kept in the same millisecond (a reply and its FAQ
    // follow-up) get distinct, increasing times, so the order is the agent's and not the keys'.
    const time = now();
    lastCreatedAt = time > lastCreatedAt ? time : new Date(Date.parse(lastCreatedAt) + 1).toISOString();
    const entry = createOutboxEntry(action, newKey(), lastCreatedAt);
    const touched = await database.transaction('rw', database.outbox, database.messages, async () => {
      await database.outbox.add(entry);
      if (action.kind === 'message') {
        await database.messages
          .where('ticket_id')
          .equals(action.ticket_id)
          .modify((thread) => {
            thread.messages.push({
              id: pendingMessageId(entry.key),
              ticket_id: action.ticket_id,
              kind: action.body.kind,
              author_agent_id: options.agent.id,
              author_name: options.agent.name,
              body: action.body.body,
              created_at: entry.created_at,
            });
          });
      }
      return ticketIdsOf(entry);
    });
    const optimistic = touched
      .map((ticketId) => store.get(ticketId))
      .filter((ticket): ticket is Ticket => ticket !== undefined)
      .map((ticket) => applyActionToTicket(ticket, action, entry.created_at));
    store.upsert(optimistic);
    return entry;
  };

  return {
    async enqueue(action) {
      const entry = await keep(action);
      void drain();
      return entry;
    },
    async submit(action) {
      const entry = await keep(action);
      const submission = new Promise<OutboxSubmission>((resolve) =>
        waiters.set(entry.key, { entry, resolve }),
      );
      void drain();
      return submission;
    },
    drain,
    async resolve(key, choices) {
      const entry = await database.outbox.get(key);
      if (!entry || entry.action.kind !== 'update') {
        return;
      }
      const current = await options.fetchTicket(entry.action.ticket_id);
      if (current === null) {
        await database.outbox.put({
          ...entry,
          state: 'failed',
          error: { code: 'not_found', message: consoleErrorMessages.not_found },
        });
        return;
      }
      const resolved = resolveConflict(entry, choices, current);
      if (resolved === null) {
        await database.outbox.delete(key);
        store.upsert([current]);
        return;
      }
      await database.outbox.put({ ...resolved, next_attempt_at: now() });
      store.upsert([applyActionToTicket(current, resolved.action, now())]);
      void drain();
    },
    async discard(key) {
      const entry = await database.outbox.get(key);
      if (!entry) {
        return;
      }
      await database.transaction('rw', database.outbox, database.messages, async () => {
        await database.outbox.delete(key);
        if (entry.action.kind === 'message') {
          await database.messages
            .where('ticket_id')
            .equals(entry.action.ticket_id)
            .modify((thread) => {
              thread.messages = thread.messages.filter((item) => item.id !== pendingMessageId(key));
            });
        }
      });
      await Promise.all(ticketIdsOf(entry).slice(0, 50).map(refreshTicket));
    },
    retryNow,
    dispose() {
      isDisposed = true;
      releaseWaiters([...waiters.keys()]);
      if (timer !== null) {
        clearTimeout(timer);
      }
      subscription?.unsubscribe();
      events?.removeEventListener('online', onOnline);
      releaseLock();
    },
  };
}
