import { randomUUID } from 'node:crypto';
import {
  createDuplicateIndex,
  type DuplicateFindings,
  type DuplicateIndex,
  type DuplicateIndexOptions,
  type DuplicateMatch,
} from '../../shared/duplicates/duplicate-index';
import { defaultDuplicateOptions, indexedStateOf } from '../../shared/duplicates/duplicate-index';
import { describeTicket, type DuplicateDocument } from '../../shared/duplicates/features';
import {
  encodeDescription,
  minhashOf,
  type StoredDescription,
} from '../../shared/duplicates/stored-description';
import type { Change } from '../../shared/domain/schemas';
import { createIndexLoader, type IndexLoadStats } from './index-loader';
import { createIndexRefresh } from './index-refresh';
import { createStoredLists } from './stored-lists';
import { emailKey } from '../storage/agent-store';
import type { SqlDatabase } from '../storage/database';
import type { TicketEdit } from '../storage/ticket-edits';

/** What intake stores with a new ticket (NewTicket's `id`, `possibleDuplicates`, `related`). */
export interface DuplicateAnnotation {
  id: string;
  possibleDuplicates: DuplicateMatch[];
  related: DuplicateMatch[];
  /** What the index keeps of the ticket's text, stored with it (migration 0052). */
  duplicateDescription: StoredDescription;
}

/** What `annotate` reads of a ticket about to be stored. */
export interface IntakeText {
  requester: { email: string };
  subject: string;
  body: string;
  categoryKey: string | null;
}

/**
 * Duplicate and related-ticket detection for the service (docs/duplicates.md): an in-memory index of every
 * stored ticket, loaded at start and after imports, and updated at intake before the insert, so a ticket
 * submitted twice in one group commit still finds its twin.
 */
export interface DuplicateService {
  /**
   * Loads the index at start (docs/duplicates.md "Persisted"): stored descriptions in bulk, tickets without
   * one from their text, except those older than the related window, which a background backfill describes
   * (newest first; `prepare` describes a customer's at once). Resolves with how many tickets it added, when
   * lookups are right. Requests may be served meanwhile: the ones that look up wait for it (`prepare`).
   */
  start(now: Date): Promise<number>;
  /** Indexes the stored tickets not indexed yet (after an import); resolves with how many it added. */
  catchUp(): Promise<number>;
  /**
   * Resolves when a lookup for this customer (by e-mail key) is right: the index is loaded, and the
   * customer's tickets still waiting for the backfill are described. Call before `annotate`.
   */
  prepare(customerKey: string): Promise<void>;
  /**
   * Every change the node's broadcaster emits (its own and every other node's, in seq order): another
   * node's new tickets are added from their stored descriptions, and an updated ticket's category (and
   * related count) is read again.
   */
  applyChange(change: Change): void;
  /**
   * Tickets this node just changed (committed): their categories, statuses and merges apply to the index at
   * once, before the change log brings them round (docs/duplicates.md "Changes after indexing").
   */
  ticketsEdited(edits: readonly TicketEdit[]): void;
  /** How the index was filled (tickets from stored descriptions, tickets described from their text). */
  readonly stats: IndexLoadStats;
  /**
   * Computes `possible_duplicates` and `related` for stored tickets that never had them computed (imported
   * history, demo data, tickets stored before this was done), with a `ticket.updated` change for each one
   * that gets a list. Works in slices between requests; resolves with how many tickets got a list.
   */
  annotateBacklog(): Promise<number>;
  /**
   * Finds the new ticket's possible duplicates and related tickets, gives it an id and indexes it (`document`:
   * its description when already made, by the intake analysis, else made here from `ticket`). Call
   * `forget(id)` if the insert then fails, and `linked(annotation)` after it commits.
   */
  annotate(ticket: IntakeText, receivedAt: Date, document?: DuplicateDocument): DuplicateAnnotation;
  /** Takes a ticket that was never stored back out of the index. */
  forget(id: string): void;
  /** What `annotate` would find for `document`, without indexing it (the help center's form preview). */
  lookup(document: DuplicateDocument): Promise<DuplicateFindings>;
  /**
   * After the insert committed: adds the new ticket to the `related` lists of the tickets it is related to
   * (so the first reporter's ticket shows the cluster too), with a `ticket.updated` change each. Runs in the
   * background, batched; failures are logged, never thrown.
   */
  linked(annotation: DuplicateAnnotation): void;
  /** Resolves once no background link-back or annotation is pending (tests wait with it). */
  whenIdle(): Promise<void>;
  /** Stops annotating stored tickets (the rest waits for the next start) and waits for pending writes. */
  close(): Promise<void>;
  /** How many tickets the index holds. */
  readonly size: number;
}

/** Options of `createDuplicateService`. */
export interface DuplicateServiceOptions {
  database: SqlDatabase;
  log: (line: string) => void;
  /** Called after link-back changes commit (the change broadcaster's doorbell). */
  onChangesCommitted?: () => void;
  index?: DuplicateIndexOptions;
}

/** The most changes kept for tickets not in the index yet (far more than a load's pages see in flight). */
const maxChangedBeforeIndexed = 50_000;

/** A service with an empty index; call `catchUp()` before the first intake. */
export function createDuplicateService(options: DuplicateServiceOptions): DuplicateService {
  const index: DuplicateIndex = createDuplicateIndex(options.index);
  const refresh = createIndexRefresh(options.database, index, options.log);
  // Tickets changed (heard from the change log, or edited on this node) before they were in the index: the
  // load, the backfill or another node's ticket being added may have read their row before the change
  // committed, so each is read again once it is in (docs/duplicates.md "Changes during the load").
  const changedBeforeIndexed = new Set<string>();
  const noteChangedBeforeIndexed = (ticketId: string): void => {
    changedBeforeIndexed.delete(ticketId);
    changedBeforeIndexed.add(ticketId);
    // Bounded: after the load, only tickets on their way in (another node's, being added) land here.
    if (changedBeforeIndexed.size > maxChangedBeforeIndexed) {
      const oldest = changedBeforeIndexed.values().next().value;
      if (oldest !== undefined) {
        changedBeforeIndexed.delete(oldest);
      }
    }
  };
  const loader = createIndexLoader(options.database, index, () => {
    for (const ticketId of changedBeforeIndexed) {
      if (index.has(ticketId)) {
        changedBeforeIndexed.delete(ticketId);
        refresh.changed(ticketId);
      }
    }
  });
  const maxRelated = options.index?.maxRelated ?? 20;
  const relatedWindowMs = options.index?.relatedWindowMs ?? defaultDuplicateOptions.relatedWindowMs;
  // Lookups and loads wait for the first load, which begins with `start` (or a `catchUp` without one).
  let releaseFirstLoad: () => void = () => undefined;
  let catchingUp: Promise<number> = new Promise<number>((resolve) => {
    releaseFirstLoad = () => resolve(0);
  });
  let backfilling: Promise<number> = Promise.resolve(0);
  // The newest tickets (those a new ticket's related ones are among) are in, before the whole load is.
  let markRecentLoaded: () => void = () => undefined;
  const recentLoaded = new Promise<void>((resolve) => {
    markRecentLoaded = resolve;
  });
  let isFullyLoaded = false;
  let applying: Promise<number> = Promise.resolve(0);
  const pendingCreated = new Set<string>();
  let annotating: Promise<number> = Promise.resolve(0);
  let isClosing = false;
  const storedLists = createStoredLists({
    database: options.database,
    index,
    maxRelated,
    log: options.log,
    ...(options.onChangesCommitted ? { onChangesCommitted: options.onChangesCommitted } : {}),
  });

  /** The load at start: newest first; undescribed tickets older than the related window wait for the backfill. */
  async function loadAtStart(now: Date): Promise<number> {
    try {
      const windowStart = now.getTime() - relatedWindowMs;
      return await loader.loadAll({
        deferBeforeMs: windowStart,
        recentSinceMs: windowStart,
        onRecent: markRecentLoaded,
        onRow: await storedLists.backlogNoter(),
      });
    } finally {
      isFullyLoaded = true;
      markRecentLoaded();
    }
  }

  /** Adds the tickets other nodes created (heard from the change log), once the newest stored ones are in. */
  function applyPending(): void {
    if (pendingCreated.size === 0) {
      return;
    }
    const ids = [...pendingCreated];
    pendingCreated.clear();
    applying = applying
      .then(() => recentLoaded)
      .then(() => loader.loadIds(ids))
      .catch((error: unknown) => {
        options.log(`duplicates: adding other nodes' tickets failed: ${String(error)}`);
        return 0;
      });
  }

  const service: DuplicateService = {
    start: (now) => {
      releaseFirstLoad();
      catchingUp = catchingUp.catch(() => 0).then(() => loadAtStart(now));
      const loaded = catchingUp;
      backfilling = loaded
        .catch(() => 0)
        .then(() => (loader.hasDeferred ? loader.backfill(() => isClosing) : 0))
        .then((count) => {
          if (count > 0) {
            options.log(`duplicate index: ${count} older tickets described and stored in the background`);
          }
          return count;
        })
        .catch((error: unknown) => {
          options.log(`duplicates: describing stored tickets failed: ${String(error)}`);
          return 0;
        });
      return loaded;
    },
    catchUp: () => {
      // One load at a time: a second caller waits for the first and then reads what is still new.
      releaseFirstLoad();
      catchingUp = catchingUp
        .catch(() => 0)
        .then(async () => {
          const loaded = await loader.loadNew(await storedLists.backlogNoter());
          isFullyLoaded = true;
          markRecentLoaded();
          return loaded;
        });
      return catchingUp;
    },
    prepare: async (customerKey) => {
      await recentLoaded;
      await applying;
      // Another node's category change heard from the change log is in before the lookup.
      await refresh.settled();
      if (!isFullyLoaded || loader.hasDeferred) {
        await loader.prepareCustomer(customerKey);
      }
    },
    applyChange: (change) => {
      if (change.type === 'ticket.created' && change.ticket_id !== null && !index.has(change.ticket_id)) {
        pendingCreated.add(change.ticket_id);
        applyPending();
      } else if (change.type === 'ticket.updated' && change.ticket_id !== null) {
        if (index.has(change.ticket_id)) {
          refresh.changed(change.ticket_id);
        } else {
          noteChangedBeforeIndexed(change.ticket_id);
        }
      }
    },
    ticketsEdited: (edits) => {
      for (const edit of edits) {
        if (!index.has(edit.id)) {
          noteChangedBeforeIndexed(edit.id);
        }
      }
      refresh.edited(
        edits.map((edit) => ({
          id: edit.id,
          ...(edit.category === undefined ? {} : { category: edit.category }),
          ...(edit.status === undefined
            ? {}
            : { state: indexedStateOf(edit.status, edit.mergedInto ?? null) }),
        })),
      );
    },
    annotate: (ticket, receivedAt, described) => {
      const id = randomUUID();
      const document =
        described ??
        describeTicket({
          subject: ticket.subject,
          body: ticket.body,
          category: ticket.categoryKey,
          createdAtMs: receivedAt.getTime(),
          customerKey: emailKey(ticket.requester.email),
        });
      const findings = index.find(document);
      const signature = minhashOf(document);
      index.add(id, document, findings.related.length, signature);
      return {
        id,
        possibleDuplicates: findings.possibleDuplicates,
        related: findings.related,
        duplicateDescription: encodeDescription(document, signature),
      };
    },
    annotateBacklog: () => {
      // Stored tickets are looked up once every older one is in the index (after the backfill).
      annotating = annotating
        .catch(() => 0)
        .then(() => backfilling.catch(() => 0))
        .then(() => catchingUp.catch(() => 0))
        .then(() => storedLists.annotateBacklog(() => isClosing));
      return annotating;
    },
    forget: (id) => index.remove(id),
    lookup: async (document) => {
      await service.prepare(document.customerKey);
      return index.find(document);
    },
    linked: (annotation) => storedLists.link(annotation),
    whenIdle: async () => {
      releaseFirstLoad();
      await catchingUp.catch(() => 0);
      await applying;
      await refresh.settled();
      await backfilling.catch(() => 0);
      await catchingUp.catch(() => 0);
      await annotating.catch(() => 0);
      await storedLists.linksWritten();
    },
    close: async () => {
      isClosing = true;
      releaseFirstLoad();
      markRecentLoaded();
      await catchingUp.catch(() => 0);
      await applying;
      await refresh.settled();
      await backfilling.catch(() => 0);
      await annotating.catch(() => 0);
      await storedLists.linksWritten();
    },
    get size() {
      return index.size;
    },
    stats: loader.stats,
  };
  return service;
}
