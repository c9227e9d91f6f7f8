import { afterEach, describe, expect, it } from 'vitest';
import {
  clampComposerHeight,
  composerHeightStep,
  defaultComposerHeight,
  heightForKey,
  maximumComposerHeight,
  minimumComposerHeight,
  readComposerHeight,
} from '../../../../renderer/features/composer/composer-height';
import { rememberedKey, writeRemembered } from '../../../../renderer/ui/remembered-setting';

describe('the reply box height', () => {
  afterEach(() => localStorage.clear());

  it('leaves the thread room on a 900 px window, more on a taller one', () => {
    expect(maximumComposerHeight(900)).toBe(225);
    expect(maximumComposerHeight(1200)).toBeGreaterThan(maximumComposerHeight(900));
    // A tiny window still gets a usable box.
    expect(maximumComposerHeight(300)).toBe(minimumComposerHeight);
  });

  it('clamps to the bounds, and an unreadable number gives the default', () => {
    expect(clampComposerHeight(10, 900)).toBe(minimumComposerHeight);
    expect(clampComposerHeight(5000, 900)).toBe(225);
    expect(clampComposerHeight(150.4, 900)).toBe(150);
    expect(clampComposerHeight(Number.NaN, 900)).toBe(defaultComposerHeight);
  });

  it('moves with the keys of a window splitter: Up taller, Down shorter, Home and End to the bounds', () => {
    expect(heightForKey('ArrowUp', 100, 900)).toBe(100 + composerHeightStep);
    expect(heightForKey('ArrowDown', 100, 900)).toBe(100 - composerHeightStep);
    expect(heightForKey('PageUp', 100, 900)).toBe(100 + 4 * composerHeightStep);
    expect(heightForKey('PageDown', 100, 900)).toBe(minimumComposerHeight);
    expect(heightForKey('Home', 180, 900)).toBe(minimumComposerHeight);
    expect(heightForKey('End', 100, 900)).toBe(225);
    expect(heightForKey('ArrowUp', 220, 900)).toBe(225);
    expect(heightForKey('a', 100, 900)).toBeNull();
  });

  it('is remembered per agent; a hand-edited value counts as never chosen', () => {
    writeRemembered('composer-height', 'agent-1', '180');
    expect(readComposerHeight('agent-1')).toBe(180);
    expect(readComposerHeight('agent-2')).toBe(defaultComposerHeight);
    localStorage.setItem(rememberedKey('composer-height', 'agent-2'), 'tall');
    expect(readComposerHeight('agent-2')).toBe(defaultComposerHeight);
  });
});
