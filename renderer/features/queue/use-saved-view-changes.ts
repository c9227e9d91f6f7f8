import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { SavedView } from '../../../shared/domain/workflow-schemas';
import type { SavedViewChange } from '../../../shared/sync/outbox';
import { useConsole } from '../../app/console-context';
import { createLogger } from '../../logging/logger';

const logger = createLogger('saved-views');

/** How long a view's sort or columns must stay unchanged before the change is queued (a drag is many). */
export const viewChangeDelayMs = 800;

/** Saving and deleting the agent's saved views, one view at a time (docs/offline.md). */
export interface SavedViewChanges {
  /**
   * Saves `view` (new, renamed, re-sorted, columns changed): at once in this console, and through the
   * outbox. `isGradual` (a sort, a column drag): queued once the view stayed unchanged for a pause.
   */
  save: (view: SavedView, options?: { isGradual?: boolean }) => void;
  /** Deletes `view`: at once in this console, and through the outbox. */
  remove: (view: SavedView) => void;
}

/**
 * The queue's way to change saved views. Each change is an outbox entry (`save_view`, `delete_view`), kept in
 * IndexedDB until the service acknowledges it, so it survives a reload offline and never travels inside the
 * whole preferences document. Without a cache (IndexedDB unavailable) it is sent to the service directly.
 */
export function useSavedViewChanges(): SavedViewChanges {
  const { api, outbox, agentPreferences } = useConsole();
  const send = useCallback(
    (change: SavedViewChange) => {
      const request = outbox
        ? outbox.enqueue(change)
        : change.kind === 'save_view'
          ? api.saveView(change.view)
          : api.deleteView(change.view_id);
      request.catch((error: unknown) =>
        logger.warn(`could not send the change of view ${viewIdOf(change)}`, error),
      );
    },
    [api, outbox],
  );
  // Gradual changes waiting for their pause, by view id; the latest `send` sends them.
  const waiting = useRef(new Map<string, { view: SavedView; timer: ReturnType<typeof setTimeout> }>());
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  const sendWaiting = useCallback((viewId: string) => {
    const entry = waiting.current.get(viewId);
    if (entry) {
      clearTimeout(entry.timer);
      waiting.current.delete(viewId);
      sendRef.current({ kind: 'save_view', view: entry.view });
    }
  }, []);

  // Leaving the queue (or signing out) sends what still waits for its pause.
  useEffect(() => {
    const pending = waiting.current;
    return () => {
      for (const viewId of [...pending.keys()]) {
        sendWaiting(viewId);
      }
    };
  }, [sendWaiting]);

  return useMemo(
    () => ({
      save(view, options) {
        agentPreferences.changeViews([{ kind: 'save_view', view }]);
        const previous = waiting.current.get(view.id);
        if (previous) {
          clearTimeout(previous.timer);
        }
        if (options?.isGradual === true) {
          const timer = setTimeout(() => sendWaiting(view.id), viewChangeDelayMs);
          waiting.current.set(view.id, { view, timer });
          return;
        }
        waiting.current.delete(view.id);
        send({ kind: 'save_view', view });
      },
      remove(view) {
        // A sort still waiting for its pause would bring the view back: it is dropped.
        const previous = waiting.current.get(view.id);
        if (previous) {
          clearTimeout(previous.timer);
          waiting.current.delete(view.id);
        }
        const change: SavedViewChange = { kind: 'delete_view', view_id: view.id, name: view.name };
        agentPreferences.changeViews([change]);
        send(change);
      },
    }),
    [agentPreferences, send, sendWaiting],
  );
}

function viewIdOf(change: SavedViewChange): string {
  return change.kind === 'save_view' ? change.view.id : change.view_id;
}
