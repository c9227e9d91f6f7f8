import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreWindowBounds } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('window state', () => {
  it('reads what was saved and ignores broken or implausible files', () => {
    const saved = { x: 10, y: 20, width: 1200, height: 800, isMaximized: false };
    expect(parseWindowState(JSON.stringify(saved))).toEqual(saved);
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('{"x":1')).toBeNull();
    expect(parseWindowState(JSON.stringify({ ...saved, width: 5 }))).toBeNull();
  });

  it('reopens where it was while that display is connected', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, isMaximized: false };
    expect(restoreWindowBounds(saved, [laptop, external])).toEqual({
      bounds: { x: 1600, y: 100, width: 1400, height: 900 },
      isMaximized: false,
    });
  });

  it('keeps only the size when the display is gone, so the window cannot open off screen', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 800, isMaximized: true };
    expect(restoreWindowBounds(saved, [laptop])).toEqual({
      bounds: { width: 1400, height: 800 },
      isMaximized: true,
    });
  });

  it('drops a size larger than every remaining display', () => {
    const saved = { x: 1600, y: 100, width: 2400, height: 1300, isMaximized: false };
    expect(restoreWindowBounds(saved, [laptop])).toEqual({ bounds: {}, isMaximized: false });
  });

  it('refuses a title bar above the top of the screen', () => {
    const saved = { x: 100, y: -500, width: 1200, height: 800, isMaximized: false };
    expect(restoreWindowBounds(saved, [laptop])?.bounds).toEqual({ width: 1200, height: 800 });
  });
});
