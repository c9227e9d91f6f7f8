import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { SavedView } from '../../../shared/domain/workflow-schemas';
import type { SavedViewChange } from '../../../shared/sync/outbox';
import { useConsole } from '../../app/console-context';
import { createLogger } from '../../logging/logger';
import type { ApiClient } from '../../api/api-client';
import type { OutboxRunner } from '../../sync/outbox-runner';
import { createWaitingViewStash, readStashedViewChanges } from './waiting-view-stash';

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
  const { api, outbox, agentPreferences, session } = useConsole();
  const stash = useMemo(() => createWaitingViewStash(session.agent.id), [session.agent.id]);
  const send = useCallback(
    (change: SavedViewChange) => {
      const request = sendViewChange(api, outbox, change);
      // Until the outbox holds it (or, without a cache, the service took it) the stash keeps the change.
      request.then(
        () => stash.release(change),
        (error: unknown) => logger.warn(`could not send the change of view ${viewIdOf(change)}`, error),
      );
    },
    [api, outbox, stash],
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

  // Leaving the queue (or signing out), or the page going away (a reload or close within the pause, a hidden
  // tab the browser may discard), sends what still waits for its pause; the stash covers an outbox write the
  // unloading page cannot finish.
  useEffect(() => {
    const pending = waiting.current;
    const sendAll = (): void => {
      for (const viewId of [...pending.keys()]) {
        sendWaiting(viewId);
      }
    };
    const onVisibilityChange = (): void => {
      if (document.visibilityState === 'hidden') {
        sendAll();
      }
    };
    window.addEventListener('pagehide', sendAll);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', sendAll);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      sendAll();
    };
  }, [sendWaiting]);

  return useMemo(
    () => ({
      save(view, options) {
        const change: SavedViewChange = { kind: 'save_view', view };
        agentPreferences.changeViews([change]);
        stash.keep(change);
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
        send(change);
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
        stash.keep(change);
        send(change);
      },
    }),
    [agentPreferences, send, sendWaiting, stash],
  );
}

/**
 * Queues `change` in the outbox, or without one (no cache: IndexedDB unavailable) sends it to the service;
 * resolves once the outbox holds it or the service took it.
 */
export function sendViewChange(
  api: Pick<ApiClient, 'saveView' | 'deleteView'>,
  outbox: Pick<OutboxRunner, 'enqueue'> | null | undefined,
  change: SavedViewChange,
): Promise<unknown> {
  if (outbox) {
    return outbox.enqueue(change);
  }
  return change.kind === 'save_view' ? api.saveView(change.view) : api.deleteView(change.view_id);
}

/**
 * Queues again the view changes an earlier page of `agentId` left in the stash (it closed within a change's
 * pause, or before the outbox write finished), oldest first, each released from the stash once queued.
 */
export async function queueStashedViewChanges(
  agentId: string,
  send: (change: SavedViewChange) => Promise<unknown>,
): Promise<void> {
  const stash = createWaitingViewStash(agentId);
  for (const change of readStashedViewChanges(agentId)) {
    try {
      await send(change);
      stash.release(change);
    } catch (error) {
      // It stays stashed: the next start tries again.
      logger.warn(`could not queue the stashed change of view ${viewIdOf(change)}`, error);
    }
  }
}

function viewIdOf(change: SavedViewChange): string {
  return change.kind === 'save_view' ? change.view.id : change.view_id;
}
