import { useEffect, useState } from 'react';
import type { Metrics } from '../../../shared/domain/metrics-schemas';
import { fetchMetrics } from './metrics-client';
import { rangeFor, type RangeChoice } from './metrics-range';

/** How long the page waits after a live change before it asks again: a burst of changes costs one request. */
export const liveRefreshDelayMs = 2_000;

/** The dashboard's data: the last answer (kept while a refresh runs), the last error, and whether loading. */
export interface MetricsState {
  metrics: Metrics | null;
  error: string | null;
  isLoading: boolean;
}

/**
 * Loads the metrics for the range ending now, the category and the team, and loads them again, at most once per `liveRefreshDelayMs`, whenever
 * `subscribe` reports a change (the queue store's subscription: it fires when live changes arrive), so the
 * dashboard follows the queue without a reload.
 */
export function useMetrics(options: {
  serviceUrl: string;
  token: string;
  range: RangeChoice;
  /** A category key, or null for all. */
  category: string | null;
  /** A routing team's id, or null for every team. */
  team: string | null;
  subscribe: (listener: () => void) => () => void;
}): MetricsState {
  const { serviceUrl, token, range, category, team, subscribe } = options;
  const [refreshCount, setRefreshCount] = useState(0);
  // Which request the state answers: loading is "the current request has not answered yet".
  const requestKey = `${serviceUrl} ${range} ${category ?? ''} ${team ?? ''} ${refreshCount}`;
  const [state, setState] = useState<{ key: string | null; metrics: Metrics | null; error: string | null }>({
    key: null,
    metrics: null,
    error: null,
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = subscribe(() => {
      timer ??= setTimeout(() => {
        timer = null;
        setRefreshCount((count) => count + 1);
      }, liveRefreshDelayMs);
    });
    return () => {
      unsubscribe();
      if (timer !== null) {
        clearTimeout(timer);
      }
    };
  }, [subscribe]);

  useEffect(() => {
    let isCurrent = true;
    // The range ends now at every load, so a live refresh moves the window forward too.
    const filters = { ...rangeFor(range, Date.now()), category, team };
    fetchMetrics(serviceUrl, token, filters).then(
      (metrics) => {
        if (isCurrent) {
          setState({ key: requestKey, metrics, error: null });
        }
      },
      (failure: unknown) => {
        if (isCurrent) {
          setState((previous) => ({
            key: requestKey,
            metrics: previous.metrics,
            error: failure instanceof Error ? failure.message : String(failure),
          }));
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [serviceUrl, token, range, category, team, requestKey]);

  return { metrics: state.metrics, error: state.error, isLoading: state.key !== requestKey };
}
