import type { DesktopApi } from '../../shared/ipc';

/**
 * The desktop shell's preload bridge (`window.desktop`, typed by shared/ipc.ts), or null in browser mode.
 * The console feature-detects the desktop instead of assuming it.
 */
export function getDesktopApi(): DesktopApi | null {
  const candidate = (window as Window & { desktop?: DesktopApi }).desktop;
  return candidate && typeof candidate.getConnection === 'function' ? candidate : null;
}
