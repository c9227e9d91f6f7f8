import { useEffect, useState } from 'react';

/** A public read: its value once loaded, whether it failed. */
export interface Loaded<Value> {
  value: Value | null;
  failed: boolean;
}

/** Runs `load` once on mount (public data: announcements, articles). */
export function usePublicData<Value>(load: () => Promise<Value>): Loaded<Value> {
  const [state, setState] = useState<Loaded<Value>>({ value: null, failed: false });
  useEffect(() => {
    let isCurrent = true;
    load().then(
      (value) => isCurrent && setState({ value, failed: false }),
      () => isCurrent && setState({ value: null, failed: true }),
    );
    return () => {
      isCurrent = false;
    };
    // `load` is a module-level function; reading it once is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}
