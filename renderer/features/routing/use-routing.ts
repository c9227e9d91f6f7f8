import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoutingConfiguration } from '../../../shared/domain/routing-schemas';
import { useConsole } from '../../app/console-context';
import { createLogger } from '../../logging/logger';

const logger = createLogger('routing');

/** The routing configuration as last loaded or saved, and how loading went. */
export interface RoutingLoad {
  configuration: RoutingConfiguration | null;
  error: string | null;
  /** Replaces the configuration with what a save answered (every save answers the whole configuration). */
  replace: (configuration: RoutingConfiguration) => void;
  /** Another console saved a configuration that differs from the one shown; it waits for `applyLatest`. */
  changedElsewhere: boolean;
  /** Shows the configuration saved elsewhere, dropping unsaved edits. */
  applyLatest: () => void;
  /** Changes when `applyLatest` runs: the forms key on it, since they keep their drafts across saves. */
  revision: number;
}

/**
 * Loads `GET /api/routing` once the page opens, and again whenever team settings change elsewhere
 * (`settingsEvents`). A configuration that differs is kept aside rather than shown, so another lead's save
 * never overwrites what this lead is editing.
 */
export function useRouting(): RoutingLoad {
  const { api, settingsEvents } = useConsole();
  const [configuration, setConfiguration] = useState<RoutingConfiguration | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [latest, setLatest] = useState<RoutingConfiguration | null>(null);
  const [revision, setRevision] = useState(0);
  // Read by the refetch when it answers, after renders this hook cannot wait for.
  const shown = useRef<RoutingConfiguration | null>(null);
  // Counts refetches and saves: only the newest refetch counts, and none that started before a save.
  const generation = useRef(0);
  useEffect(() => {
    let isCurrent = true;
    api.routing().then(
      (loaded) => {
        if (isCurrent) {
          shown.current = loaded;
          setConfiguration(loaded);
        }
      },
      (failure: unknown) => {
        if (isCurrent) {
          setError(failure instanceof Error ? failure.message : String(failure));
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api]);
  useEffect(() => {
    let isCurrent = true;
    const unsubscribe = settingsEvents.subscribe(() => {
      // Until the first load answers there is nothing to compare with, and that load is recent anyway.
      if (shown.current === null) {
        return;
      }
      generation.current += 1;
      const started = generation.current;
      api.routing().then(
        (fetched) => {
          if (!isCurrent || started !== generation.current || shown.current === null) {
            return;
          }
          // This lead's own save also records `settings.updated`; its answer is already shown.
          setLatest(isSameRouting(fetched, shown.current) ? null : fetched);
        },
        (failure: unknown) => logger.warn('could not refetch routing after a settings change', failure),
      );
    });
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [api, settingsEvents]);
  const replace = useCallback((next: RoutingConfiguration) => {
    // A save answers the whole configuration, newer than anything fetched or still being fetched.
    generation.current += 1;
    shown.current = next;
    setConfiguration(next);
    setLatest(null);
  }, []);
  const applyLatest = useCallback(() => {
    if (latest === null) {
      return;
    }
    generation.current += 1;
    shown.current = latest;
    setConfiguration(latest);
    setLatest(null);
    setRevision((value) => value + 1);
  }, [latest]);
  return { configuration, error, replace, changedElsewhere: latest !== null, applyLatest, revision };
}

/**
 * Whether two configurations hold the same routing. Who is online is left out: it changes as agents come
 * and go, not because a lead saved anything, and a resync refetches with a fresh list.
 */
export function isSameRouting(first: RoutingConfiguration, second: RoutingConfiguration): boolean {
  return isDeepEqual({ ...first, online_agent_ids: [] }, { ...second, online_agent_ids: [] });
}

/** Structural equality of parsed JSON values (key order does not matter). */
function isDeepEqual(first: unknown, second: unknown): boolean {
  if (first === second) {
    return true;
  }
  if (typeof first !== 'object' || typeof second !== 'object' || first === null || second === null) {
    return false;
  }
  if (Array.isArray(first) || Array.isArray(second)) {
    return (
      Array.isArray(first) &&
      Array.isArray(second) &&
      first.length === second.length &&
      first.every((item, index) => isDeepEqual(item, second[index]))
    );
  }
  const firstRecord = first as Record<string, unknown>;
  const secondRecord = second as Record<string, unknown>;
  const keys = Object.keys(firstRecord);
  return (
    keys.length === Object.keys(secondRecord).length &&
    keys.every((key) => Object.hasOwn(secondRecord, key) && isDeepEqual(firstRecord[key], secondRecord[key]))
  );
}

/** Where one form is in saving. */
export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Runs a save, tracking its status; the answer replaces the configuration. */
export function useSave(
  replace: (configuration: RoutingConfiguration) => void,
): [SaveStatus, (save: () => Promise<RoutingConfiguration>) => Promise<void>] {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const run = useCallback(
    async (save: () => Promise<RoutingConfiguration>) => {
      setStatus({ kind: 'saving' });
      try {
        replace(await save());
        setStatus({ kind: 'saved' });
      } catch (failure) {
        setStatus({ kind: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
      }
    },
    [replace],
  );
  return [status, run];
}

/** `en, KO ,zh` → `['en', 'ko', 'zh']`. */
export function parseLanguages(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((part) => part.trim().toLowerCase())
        .filter((part) => part.length >= 2),
    ),
  ];
}
