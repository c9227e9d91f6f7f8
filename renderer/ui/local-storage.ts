/**
 * The browser's localStorage, or null where there is none (tests without a DOM) or the browser refuses it
 * (storage disabled by policy, where merely reading `localStorage` throws). Callers then keep nothing
 * locally: each says what that costs it.
 */
export function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
