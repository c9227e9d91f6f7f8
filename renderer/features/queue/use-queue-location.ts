import { useEffect, useRef } from 'react';
import { parseQueuePath, queuePath, type QueueLocation } from './queue-location';

/** What the browser's history entry keeps beside the path: the view a ticket was opened from. */
interface HistoryState {
  supportConsoleViewId?: string;
}

/**
 * The location the page was opened on (browser mode), or the landing view. A reload keeps the history
 * entry's state, so a ticket opened from a view reopens in that view, not in the landing view.
 */
export function readInitialLocation(isBrowser: boolean): QueueLocation {
  if (!isBrowser) {
    return { viewId: null, ticketNumber: null };
  }
  const parsed = parseQueuePath(window.location.pathname);
  const state = (window.history.state ?? {}) as HistoryState;
  return { viewId: parsed.viewId ?? state.supportConsoleViewId ?? null, ticketNumber: parsed.ticketNumber };
}

/**
 * Keeps the address bar in step with the queue (browser mode): each view or ticket the agent opens is a
 * history entry, so a reload reopens it and Back and Forward move between them. `onLocation` hears where
 * Back or Forward went. Only while the queue page shows (other pages leave the address as it is).
 */
export function useQueueLocation(options: {
  isEnabled: boolean;
  viewId: string;
  ticketNumber: number | null;
  onLocation: (location: QueueLocation) => void;
}): void {
  const { isEnabled, viewId, ticketNumber } = options;
  // The popstate listener reads the latest callback through a ref, so it is attached once.
  const onLocation = useRef(options.onLocation);
  useEffect(() => {
    onLocation.current = options.onLocation;
  });
  const isFirst = useRef(true);

  useEffect(() => {
    if (!isEnabled) {
      return;
    }
    const path = queuePath({ viewId, ticketNumber });
    const state: HistoryState = { supportConsoleViewId: viewId };
    const current = (window.history.state ?? {}) as HistoryState;
    if (window.location.pathname === path && current.supportConsoleViewId === viewId) {
      isFirst.current = false;
      return;
    }
    // The first entry replaces the page's own (`/` becomes `/views/next`); later ones are new entries.
    if (isFirst.current || window.location.pathname === path) {
      window.history.replaceState(state, '', path);
    } else {
      window.history.pushState(state, '', path);
    }
    isFirst.current = false;
  }, [isEnabled, viewId, ticketNumber]);

  useEffect(() => {
    if (!isEnabled) {
      return undefined;
    }
    const onPopState = (event: PopStateEvent): void => {
      const parsed = parseQueuePath(window.location.pathname);
      const state = (event.state ?? {}) as HistoryState;
      onLocation.current({
        viewId: state.supportConsoleViewId ?? parsed.viewId,
        ticketNumber: parsed.ticketNumber,
      });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [isEnabled]);
}
