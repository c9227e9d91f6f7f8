import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { PresenceEntry, PresenceSnapshot, PresenceUpdate } from '../../shared/domain/workflow-schemas';
import { useConsole } from '../app/console-context';

/** Who is on which ticket (everyone's presence, from the service), and this window's own report. */
export interface PresenceStore {
  /** Everyone's presence entries, the signed-in agent's included; the same array until the next snapshot. */
  viewers(): readonly PresenceEntry[];
  subscribe(listener: () => void): () => void;
  /** Tells the other agents which ticket this window shows and whether its agent is typing. */
  report(update: PresenceUpdate): void;
}

/** The store as the live connection sees it: it feeds snapshots in and carries reports out. */
export interface LivePresenceStore extends PresenceStore {
  /** Replaces everyone's presence with the service's latest snapshot. */
  receive(snapshot: PresenceSnapshot): void;
  /**
   * Sends reports through `send` from now on, starting with the current one when this window is on a
   * ticket (a report made before the connection existed is not lost). Returns the function that detaches.
   */
  attach(send: (update: PresenceUpdate) => void): () => void;
}

const nowhere: PresenceUpdate = { ticket_id: null, typing: false };

/** Creates an empty presence store (nobody anywhere, this window on no ticket). */
export function createPresenceStore(): LivePresenceStore {
  let viewers: readonly PresenceEntry[] = [];
  let current: PresenceUpdate = nowhere;
  let send: ((update: PresenceUpdate) => void) | null = null;
  const listeners = new Set<() => void>();
  return {
    viewers: () => viewers,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(update) {
      // Keystrokes re-render the composer constantly; only a real change goes over the wire.
      if (update.ticket_id === current.ticket_id && update.typing === current.typing) {
        return;
      }
      current = { ticket_id: update.ticket_id, typing: update.typing };
      send?.(current);
    },
    receive(snapshot) {
      viewers = snapshot.viewers;
      for (const listener of listeners) {
        listener();
      }
    },
    attach(sender) {
      send = sender;
      if (current.ticket_id !== null) {
        sender(current);
      }
      return () => {
        if (send === sender) {
          send = null;
        }
      };
    },
  };
}

function useAllViewers(): { viewers: readonly PresenceEntry[]; selfId: string } {
  const { presence, session } = useConsole();
  const subscribe = useCallback((listener: () => void) => presence.subscribe(listener), [presence]);
  const read = useCallback(() => presence.viewers(), [presence]);
  const viewers = useSyncExternalStore(subscribe, read);
  return { viewers, selfId: session.agent.id };
}

/** Everyone on `ticketId` except the signed-in agent. */
export function useTicketViewers(ticketId: string): readonly PresenceEntry[] {
  const { viewers, selfId } = useAllViewers();
  return useMemo(
    () => viewers.filter((viewer) => viewer.ticket_id === ticketId && viewer.agent_id !== selfId),
    [viewers, ticketId, selfId],
  );
}

/** ticket id → viewers other than the signed-in agent (for queue-row avatars). */
export function useViewersByTicket(): ReadonlyMap<string, readonly PresenceEntry[]> {
  const { viewers, selfId } = useAllViewers();
  return useMemo(() => {
    const byTicket = new Map<string, PresenceEntry[]>();
    for (const viewer of viewers) {
      if (viewer.agent_id === selfId) {
        continue;
      }
      const list = byTicket.get(viewer.ticket_id);
      if (list === undefined) {
        byTicket.set(viewer.ticket_id, [viewer]);
      } else {
        list.push(viewer);
      }
    }
    return byTicket;
  }, [viewers, selfId]);
}

/**
 * Reports that this window shows `ticketId` (null: none), typing or not; clears on unmount. One component
 * per window should report (the ticket pane): the service keeps one presence per connection.
 */
export function useReportPresence(ticketId: string | null, typing: boolean): void {
  const { presence } = useConsole();
  useEffect(() => {
    presence.report({ ticket_id: ticketId, typing: ticketId !== null && typing });
  }, [presence, ticketId, typing]);
  useEffect(() => () => presence.report(nowhere), [presence]);
}

/** How long after the last keystroke the agent counts as no longer typing. */
export const typingIdleMs = 4000;

/**
 * `[typing, onKeystroke]`: call `onKeystroke` on every input event; `typing` is true from the first
 * keystroke until `idleMs` pass without one.
 */
export function useTypingSignal(idleMs: number = typingIdleMs): [boolean, () => void] {
  const [typing, setTyping] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
      }
    },
    [],
  );
  const onKeystroke = useCallback(() => {
    setTyping(true);
    if (timer.current !== null) {
      clearTimeout(timer.current);
    }
    timer.current = setTimeout(() => {
      timer.current = null;
      setTyping(false);
    }, idleMs);
  }, [idleMs]);
  return [typing, onKeystroke];
}
