import type { DuplicateIndex, DuplicateMatch } from '../../shared/duplicates/duplicate-index';
import { appendChanges } from '../storage/change-log';
import type { SqlDatabase } from '../storage/database';
import { readSetting, writeSetting } from '../storage/settings';
import type { IndexedTicketRow } from './stored-descriptions';

/** Tickets annotated per write transaction, and the longest a slice of lookups holds the event loop. */
const annotateBatchSize = 500;
const annotateSliceMs = 15;

/**
 * The lists the duplicate service writes onto tickets already stored (docs/duplicates.md "In the service"),
 * apart from intake's own: the link-back (a new ticket added to the `related` lists of the earlier tickets it
 * is related to) and the backlog (stored tickets that never had their lists computed). Each write is one
 * transaction with a `ticket.updated` change per ticket; the agent's version and `updated_at` stay.
 */
export interface StoredLists {
  /** Queues the link-back of a new ticket that just committed; written in the background, batched. */
  link(annotation: { id: string; related: readonly DuplicateMatch[] }): void;
  /** What the index's loads call for each ticket they add: notes those above the stored marker without lists. */
  backlogNoter(): Promise<(row: IndexedTicketRow) => void>;
  /**
   * Computes and writes the noted tickets' lists, in number order and slices, until `isClosing` (the rest
   * waits for the next start). Call once every older ticket is in the index, one call at a time.
   */
  annotateBacklog(isClosing: () => boolean): Promise<number>;
  /** Resolves once no link-back write is in flight. */
  linksWritten(): Promise<void>;
}

/** Stored-list writes for `index` into `database`. */
export function createStoredLists(options: {
  database: SqlDatabase;
  index: DuplicateIndex;
  maxRelated: number;
  log: (line: string) => void;
  onChangesCommitted?: () => void;
}): StoredLists {
  const { index, maxRelated } = options;
  const pendingLinks = new Map<string, DuplicateMatch[]>();
  let linking: Promise<void> | null = null;
  // Tickets stored without their lists computed, in number order; `annotatedThrough` is the stored marker.
  let annotatedThrough: number | null = null;
  let backlog: { id: string; number: number }[] = [];

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

  async function annotateStored(isClosing: () => boolean): Promise<number> {
    // In number order: the stored marker only moves past tickets annotated.
    const work = backlog.sort((left, right) => left.number - right.number);
    backlog = [];
    let annotated = 0;
    let position = 0;
    while (position < work.length && !isClosing()) {
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

  return {
    link: (annotation) => {
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
    backlogNoter: async () => noteBacklog(await readMarker()),
    annotateBacklog: annotateStored,
    linksWritten: async () => {
      while (linking !== null) {
        await linking;
      }
    },
  };
}
