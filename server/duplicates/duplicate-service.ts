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
import type { IndexedTicketRow } from './stored-descriptions';
import { emailKey } from '../storage/agent-store';
import { appendChanges } from '../storage/change-log';
import type { SqlDatabase } from '../storage/database';
import type { TicketEdit } from '../storage/ticket-edits';
import { readSetting, writeSetting } from '../storage/settings';

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
/** Tickets annotated per write transaction, and the longest a slice of lookups holds the event loop. */
const annotateBatchSize = 500;
const annotateSliceMs = 15;

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
  const pendingLinks = new Map<string, DuplicateMatch[]>();
  let linking: Promise<void> | null = null;
  // Tickets stored without their lists computed, in number order; `annotatedThrough` is the stored marker.
  let annotatedThrough: number | null = null;
  let backlog: { id: string; number: number }[] = [];
  let annotating: Promise<number> = Promise.resolve(0);
  let isClosing = false;

  async function readMarker(): Promise<number> {
    if (annotatedThrough === null) {
      const stored = await readSetting(options.database, 'duplicates_annotated_through');
      annotatedThrough = typeof stored === 'number' ? stored : 0;
    }
    return annotatedThrough;
  }

  /** Notes a loaded ticket whose lists were never computed (above the stored marker). */
  function noteBacklog(marker: number): (row: IndexedTicketRow) => void {
    return (row) => {
      if (row.number > marker && row.relatedCount === 0 && row.duplicateCount === 0) {
        backlog.push({ id: row.id, number: row.number });
      }
    };
  }

  /** The load at start: newest first; undescribed tickets older than the related window wait for the backfill. */
  async function loadAtStart(now: Date): Promise<number> {
    try {
      const windowStart = now.getTime() - relatedWindowMs;
      return await loader.loadAll({
        deferBeforeMs: windowStart,
        recentSinceMs: windowStart,
        onRecent: markRecentLoaded,
        onRow: noteBacklog(await readMarker()),
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

  async function writeLinks(): Promise<void> {
    while (pendingLinks.size > 0) {
      const batch = new Map(pendingLinks);
      pendingLinks.clear();
      try {
        await options.database.transaction(async (transaction) => {
          const ids = [...batch.keys()];
          const rows = await transaction.query<{ id: string; related: DuplicateMatch[] }>(
            'select id, related from tickets where id = any($1::uuid[]) order by id for update',
            [ids],
          );
          const updated = rows.map((row) => {
            const merged = new Map(row.related.map((match) => [match.id, match]));
            for (const match of batch.get(row.id) ?? []) {
              merged.set(match.id, match);
            }
            const related = [...merged.values()]
              .sort((left, right) => right.score - left.score)
              .slice(0, maxRelated);
            return { id: row.id, related: JSON.stringify(related) };
          });
          if (updated.length === 0) {
            return;
          }
          // The agent's version and updated_at stay: this is the service's annotation, not an edit, and
          // must not make an agent's open edit conflict.
          await transaction.query(
            `update tickets set related = given.related::jsonb
             from unnest($1::uuid[], $2::text[]) as given(id, related) where tickets.id = given.id`,
            [updated.map((row) => row.id), updated.map((row) => row.related)],
          );
          await appendChanges(
            transaction,
            updated.map((row) => ({ type: 'ticket.updated' as const, ticketId: row.id, agentId: null })),
          );
        });
        options.onChangesCommitted?.();
      } catch (error) {
        options.log(`duplicates: linking related tickets failed: ${String(error)}`);
      }
    }
  }

  const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  /** Writes one batch of computed lists (only onto tickets that still have none) and their changes. */
  async function writeAnnotations(
    annotations: { id: string; possibleDuplicates: DuplicateMatch[]; related: DuplicateMatch[] }[],
  ): Promise<number> {
    if (annotations.length === 0) {
      return 0;
    }
    const changed = await options.database.transaction(async (transaction) => {
      const rows = await transaction.query<{ id: string }>(
        `update tickets set possible_duplicates = given.duplicates::jsonb, related = given.related::jsonb
         from unnest($1::uuid[], $2::text[], $3::text[]) as given(id, duplicates, related)
         where tickets.id = given.id and tickets.possible_duplicates = '[]'::jsonb and tickets.related = '[]'::jsonb
           and tickets.dismissed_duplicates = '[]'::jsonb
         returning tickets.id`,
        [
          annotations.map((annotation) => annotation.id),
          annotations.map((annotation) => JSON.stringify(annotation.possibleDuplicates)),
          annotations.map((annotation) => JSON.stringify(annotation.related)),
        ],
      );
      await appendChanges(
        transaction,
        rows.map((row) => ({ type: 'ticket.updated' as const, ticketId: row.id, agentId: null })),
      );
      return rows.length;
    });
    if (changed > 0) {
      options.onChangesCommitted?.();
    }
    return changed;
  }

  async function annotateStored(): Promise<number> {
    // In number order: the stored marker only moves past tickets annotated.
    const work = backlog.sort((left, right) => left.number - right.number);
    backlog = [];
    let annotated = 0;
    let position = 0;
    while (position < work.length && !isClosing) {
      const sliceStart = performance.now();
      const batch: { id: string; possibleDuplicates: DuplicateMatch[]; related: DuplicateMatch[] }[] = [];
      const end = Math.min(work.length, position + annotateBatchSize);
      for (; position < end && performance.now() - sliceStart < annotateSliceMs; position += 1) {
        const ticket = work[position];
        const findings = ticket === undefined ? null : index.findStored(ticket.id);
        if (ticket && findings && (findings.possibleDuplicates.length > 0 || findings.related.length > 0)) {
          batch.push({ id: ticket.id, ...findings });
          index.setRelatedCount(ticket.id, findings.related.length);
        }
      }
      annotated += await writeAnnotations(batch);
      await yieldToRequests();
    }
    if (position < work.length) {
      // Stopped early: the rest is annotated at the next start (the marker stays below it).
      backlog = [...work.slice(position), ...backlog];
    }
    const through = work
      .slice(0, position)
      .reduce((highest, ticket) => Math.max(highest, ticket.number), annotatedThrough ?? 0);
    if (through > (annotatedThrough ?? 0)) {
      annotatedThrough = through;
      await writeSetting(options.database, 'duplicates_annotated_through', through);
    }
    return annotated;
  }

  function startLinking(): void {
    if (pendingLinks.size === 0 || linking !== null) {
      return;
    }
    linking = writeLinks().finally(() => {
      linking = null;
      // Links queued between the last batch and this moment would otherwise wait for the next intake.
      startLinking();
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
          const loaded = await loader.loadNew(noteBacklog(await readMarker()));
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
        .then(annotateStored);
      return annotating;
    },
    forget: (id) => index.remove(id),
    lookup: async (document) => {
      await service.prepare(document.customerKey);
      return index.find(document);
    },
    linked: (annotation) => {
      for (const match of annotation.related) {
        // Only while the earlier ticket's list has room: in a burst of hundreds of reports the first ones
        // fill up, and each new report then costs no extra write (the link-back stays bounded per cluster).
        const count = index.relatedCountOf(match.id);
        if (count === null || count >= maxRelated) {
          continue;
        }
        index.setRelatedCount(match.id, count + 1);
        const links = pendingLinks.get(match.id) ?? [];
        links.push({ id: annotation.id, score: match.score });
        pendingLinks.set(match.id, links);
      }
      startLinking();
    },
    whenIdle: async () => {
      releaseFirstLoad();
      await catchingUp.catch(() => 0);
      await applying;
      await refresh.settled();
      await backfilling.catch(() => 0);
      await catchingUp.catch(() => 0);
      await annotating.catch(() => 0);
      while (linking !== null) {
        await linking;
      }
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
      while (linking !== null) {
        await linking;
      }
    },
    get size() {
      return index.size;
    },
    stats: loader.stats,
  };
  return service;
}
