import { useCallback, useEffect, useState } from 'react';
import type { RoutingConfiguration } from '../../../shared/domain/routing-schemas';
import { useConsole } from '../../app/console-context';

/** The routing configuration as last loaded or saved, and how loading went. */
export interface RoutingLoad {
  configuration: RoutingConfiguration | null;
  error: string | null;
  /** Replaces the configuration with what a save answered (every save answers the whole configuration). */
  replace: (configuration: RoutingConfiguration) => void;
}

/** Loads `GET /api/routing` once the page opens. */
export function useRouting(): RoutingLoad {
  const { api } = useConsole();
  const [configuration, setConfiguration] = useState<RoutingConfiguration | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    api.routing().then(
      (loaded) => {
        if (isCurrent) {
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
  const replace = useCallback((next: RoutingConfiguration) => setConfiguration(next), []);
  return { configuration, error, replace };
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
