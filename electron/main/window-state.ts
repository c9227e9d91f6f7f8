import { z } from 'zod';

/**
 * The window's size and position, remembered between runs in `window-state.json`. A saved position is
 * only reused when the window would still be visible (a monitor may have been unplugged since).
 */

/** A rectangle in screen coordinates. */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered. */
export interface WindowState extends Rectangle {
  isMaximized: boolean;
}

/** Name of the file in the user-data folder. */
export const windowStateFileName = 'window-state.json';

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  isMaximized: z.boolean(),
});

/** The remembered state in a file's text; null for none or anything unreadable. */
export function parseWindowState(fileText: string | null): WindowState | null {
  if (fileText === null) {
    return null;
  }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(fileText));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Minimum visible part of the title bar (pixels) for a saved position to count as reachable. */
const minimumVisible = 100;

/**
 * The bounds to open the window with: the saved ones when enough of the window lands on one of today's
 * displays, otherwise the saved size only (centred by the OS), otherwise nothing (the defaults).
 */
export function restoreWindowBounds(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): { bounds: Partial<Rectangle>; isMaximized: boolean } | null {
  if (!saved) {
    return null;
  }
  const isReachable = workAreas.some((area) => {
    const overlapWidth = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const titleBarVisible = saved.y >= area.y && saved.y < area.y + area.height - minimumVisible / 2;
    return overlapWidth >= minimumVisible && titleBarVisible;
  });
  const largest = workAreas.reduce((best, area) => Math.max(best, area.width * area.height), 0);
  const fitsSize = workAreas.some((area) => saved.width <= area.width && saved.height <= area.height);
  if (isReachable) {
    return {
      bounds: { x: saved.x, y: saved.y, width: saved.width, height: saved.height },
      isMaximized: saved.isMaximized,
    };
  }
  return fitsSize || largest === 0
    ? { bounds: { width: saved.width, height: saved.height }, isMaximized: saved.isMaximized }
    : { bounds: {}, isMaximized: saved.isMaximized };
}
