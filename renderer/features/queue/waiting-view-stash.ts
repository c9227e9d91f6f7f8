import { z } from 'zod';
import { savedViewSchema } from '../../../shared/domain/workflow-schemas';
import type { SavedViewChange } from '../../../shared/sync/outbox';
import { createLogger } from '../../logging/logger';
import { localStorageOrNull } from '../../ui/local-storage';

const logger = createLogger('saved-views');

/** A stashed change as read back (another version of the console may have written it). */
const stashedChangeSchema = z.union([
  z.object({ kind: z.literal('save_view'), view: savedViewSchema }),
  z.object({ kind: z.literal('delete_view'), view_id: z.string().min(1), name: z.string() }),
]);

function stashKeyFor(agentId: string): string {
  return `support-console.waiting-view-changes.${agentId}`;
}

function viewIdOf(change: SavedViewChange): string {
  return change.kind === 'save_view' ? change.view.id : change.view_id;
}

/**
 * A synchronous copy of the saved view changes not yet written to the outbox: a sort or column change still
 * waiting for its pause, or any change whose IndexedDB write has not finished. IndexedDB writes are
 * asynchronous, and one started as the page unloads (a reload within the pause) may be aborted with it;
 * localStorage is written at once, so the next start finds the change here and queues it
 * (`readStashedViewChanges`). One list per agent, the newest change of each view, shared by the agent's
 * windows.
 */
export interface WaitingViewStash {
  /** Keeps `change` as its view's newest change until `release` names this same change. */
  keep(change: SavedViewChange): void;
  /** The outbox now holds `change`: its copy goes, unless a newer change of the view was kept since. */
  release(change: SavedViewChange): void;
}

/** JSON with object keys sorted: a change read back (keys in the schema's order) equals the one kept. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([left], [right]) => left.localeCompare(right)))
      : item,
  );
}

function readStash(storage: Storage, agentId: string): SavedViewChange[] {
  try {
    const text = storage.getItem(stashKeyFor(agentId));
    const parsed = z.array(z.unknown()).safeParse(text ? JSON.parse(text) : []);
    if (!parsed.success) {
      return [];
    }
    return parsed.data.flatMap((value) => {
      const change = stashedChangeSchema.safeParse(value);
      return change.success ? [change.data] : [];
    });
  } catch {
    return [];
  }
}

function writeStash(storage: Storage, agentId: string, stash: readonly SavedViewChange[]): void {
  try {
    if (stash.length === 0) {
      storage.removeItem(stashKeyFor(agentId));
    } else {
      storage.setItem(stashKeyFor(agentId), JSON.stringify(stash));
    }
  } catch (error) {
    logger.warn('could not keep the waiting view changes', error);
  }
}

/**
 * The stash of `agentId`'s view changes on their way to the outbox. A no-op without localStorage (disabled by
 * policy): a page's unload then only has the outbox write it starts.
 */
export function createWaitingViewStash(agentId: string, storage = localStorageOrNull()): WaitingViewStash {
  return {
    keep(change) {
      if (!storage) {
        return;
      }
      const viewId = viewIdOf(change);
      // Moved last: the stash's order is the order the changes were made.
      const others = readStash(storage, agentId).filter((known) => viewIdOf(known) !== viewId);
      writeStash(storage, agentId, [...others, change]);
    },
    release(change) {
      if (!storage) {
        return;
      }
      // Compared by content: a newer change of the view, from this window or another, stays.
      const text = canonicalJson(change);
      const stash = readStash(storage, agentId);
      const rest = stash.filter((known) => canonicalJson(known) !== text);
      if (rest.length !== stash.length) {
        writeStash(storage, agentId, rest);
      }
    },
  };
}

/**
 * The view changes an earlier page of this agent left in the stash (it closed or reloaded before their outbox
 * write finished), oldest first. The caller queues each again and then `release`s it. A change that did
 * reach the outbox is then sent twice, which is harmless (a save replaces the view with the same content, a
 * delete of a view already gone is acknowledged).
 */
export function readStashedViewChanges(agentId: string, storage = localStorageOrNull()): SavedViewChange[] {
  return storage ? readStash(storage, agentId) : [];
}
