import { useEffect, useRef, useState } from 'react';
import type { Ticket } from '../../../shared/domain/schemas';
import { createViewCounter, type QueueViewDefinition } from '../../../shared/queue/views';

/** At most one recount per this many ms: live changes and the first load arrive in bursts. */
export const viewCountIntervalMs = 1000;
/** Tickets counted per slice: about 5 ms of work, so a keystroke waits at most one slice. */
const sliceSize = 10_000;

/**
 * Tickets per view, recounted when the tickets, the views or the minute change, at most once per
 * `viewCountIntervalMs`, in slices of `sliceSize` tickets with the main thread free between them: typing in
 * the search stays instant with 100,000 tickets. A newer change abandons a count under way. Null until the
 * first count.
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
    let timer: ReturnType<typeof setTimeout>;
    const counter = createViewCounter(views, { agentId, now: nowMs });
    const slice = (start: number): void => {
      const end = Math.min(tickets.length, start + sliceSize);
      counter.add(tickets, start, end);
      if (end < tickets.length) {
        timer = setTimeout(() => slice(end), 0);
      } else {
        setCounts(counter.result());
      }
    };
    const wait = Math.max(0, lastRun.current + viewCountIntervalMs - performance.now());
    timer = setTimeout(() => {
      lastRun.current = performance.now();
      slice(0);
    }, wait);
    return () => clearTimeout(timer);
  }, [tickets, views, agentId, nowMs]);
  return counts;
}
