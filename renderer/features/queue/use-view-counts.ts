import { useEffect, useRef, useState } from 'react';
import type { Ticket } from '../../../shared/domain/schemas';
import { countViews, type QueueViewDefinition } from '../../../shared/queue/views';

/** At most one recount per this many ms: live changes and the first load arrive in bursts. */
export const viewCountIntervalMs = 1000;

/**
 * Tickets per view, recounted in one pass when the tickets, the views or the minute change, at most once
 * per `viewCountIntervalMs` and never inside the render (a timer runs it), so typing in the search stays
 * instant even with 100,000 tickets. Null until the first count.
 */
export function useViewCounts(
  tickets: readonly Ticket[],
  views: readonly QueueViewDefinition[],
  agentId: string,
  nowMs: number,
): ReadonlyMap<string, number> | null {
  const [counts, setCounts] = useState<ReadonlyMap<string, number> | null>(null);
  const lastRun = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const wait = Math.max(0, lastRun.current + viewCountIntervalMs - performance.now());
    const timer = setTimeout(() => {
      lastRun.current = performance.now();
      setCounts(countViews(tickets, views, { agentId, now: nowMs }));
    }, wait);
    return () => clearTimeout(timer);
  }, [tickets, views, agentId, nowMs]);
  return counts;
}
