import { useCallback, useState } from 'react';
import { readRemembered, writeRemembered } from '../../ui/remembered-setting';

/** The reply box's height when the agent never resized it: four lines and a bit, the thread keeps the rest. */
export const defaultComposerHeight = 108;
/** The smallest reply box: two lines. */
export const minimumComposerHeight = 56;
/** One arrow-key step of the size handle; Page Up/Down move four of them. */
export const composerHeightStep = 24;

/** The name of the remembered setting (per agent, for every ticket: it is about the agent's screen). */
const settingName = 'composer-height';

/**
 * The tallest reply box for a window `windowHeight` pixels high: the ticket's header and properties take about
 * 340 px and the composer's tabs and buttons about 110, so this keeps at least ~180 px of thread on a 900 px
 * screen (more on taller ones) while the agent writes.
 */
export function maximumComposerHeight(windowHeight: number): number {
  return Math.max(minimumComposerHeight, Math.round(windowHeight * 0.45 - 180));
}

/** `height` within the bounds for this window, in whole pixels. */
export function clampComposerHeight(height: number, windowHeight: number): number {
  if (!Number.isFinite(height)) {
    return defaultComposerHeight;
  }
  return Math.round(Math.min(Math.max(height, minimumComposerHeight), maximumComposerHeight(windowHeight)));
}

/** The height the agent chose last time, or the default; anything unreadable counts as never chosen. */
export function readComposerHeight(agentId: string): number {
  const stored = Number(readRemembered(settingName, agentId) ?? Number.NaN);
  return Number.isFinite(stored) && stored > 0 ? stored : defaultComposerHeight;
}

/**
 * The new height for a key press on the size handle (the handle sits above the box, so Up makes it
 * taller), or null for a key the handle does not use.
 */
export function heightForKey(key: string, height: number, windowHeight: number): number | null {
  switch (key) {
    case 'ArrowUp':
      return clampComposerHeight(height + composerHeightStep, windowHeight);
    case 'ArrowDown':
      return clampComposerHeight(height - composerHeightStep, windowHeight);
    case 'PageUp':
      return clampComposerHeight(height + 4 * composerHeightStep, windowHeight);
    case 'PageDown':
      return clampComposerHeight(height - 4 * composerHeightStep, windowHeight);
    case 'Home':
      return minimumComposerHeight;
    case 'End':
      return maximumComposerHeight(windowHeight);
    default:
      return null;
  }
}

/** The reply box's height for this agent and a setter that clamps it to the window and remembers it. */
export function useComposerHeight(agentId: string): [number, (height: number) => void] {
  const [stored, setStored] = useState(() => readComposerHeight(agentId));
  const windowHeight = typeof window === 'undefined' ? 900 : window.innerHeight;
  const setHeight = useCallback(
    (height: number) => {
      const next = clampComposerHeight(height, typeof window === 'undefined' ? 900 : window.innerHeight);
      setStored(next);
      writeRemembered(settingName, agentId, String(next));
    },
    [agentId],
  );
  return [clampComposerHeight(stored, windowHeight), setHeight];
}
