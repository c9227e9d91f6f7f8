import { describe, expect, it } from 'vitest';
import { createUpdateGate, isAutoUpdateEnabled } from '../../../electron/main/update-gate';

describe('update gate', () => {
  it('prompts as soon as an update is downloaded when nobody is typing', () => {
    const gate = createUpdateGate();
    expect(gate.updateDownloaded('2.0.0')).toEqual({ kind: 'prompt', version: '2.0.0' });
    expect(gate.promptAnswered('restart')).toEqual({ kind: 'install' });
  });

  it('holds the prompt while a draft is unsent and shows it when the draft is gone', () => {
    const gate = createUpdateGate();
    gate.draftStateChanged(true);
    expect(gate.updateDownloaded('2.0.0')).toEqual({ kind: 'none' });
    expect(gate.draftStateChanged(true)).toEqual({ kind: 'none' });
    expect(gate.draftStateChanged(false)).toEqual({ kind: 'prompt', version: '2.0.0' });
  });

  it('never restarts over a draft started while the prompt was open, and asks again later', () => {
    const gate = createUpdateGate();
    gate.updateDownloaded('2.0.0');
    expect(gate.draftStateChanged(true)).toEqual({ kind: 'none' }); // the prompt is already open
    expect(gate.promptAnswered('restart')).toEqual({ kind: 'none' });
    expect(gate.draftStateChanged(false)).toEqual({ kind: 'prompt', version: '2.0.0' });
  });

  it('shows one prompt at a time', () => {
    const gate = createUpdateGate();
    gate.updateDownloaded('2.0.0');
    expect(gate.draftStateChanged(false)).toEqual({ kind: 'none' });
  });

  it('does not ask again for a version the agent postponed, but asks for a newer one', () => {
    const gate = createUpdateGate();
    gate.updateDownloaded('2.0.0');
    expect(gate.promptAnswered('later')).toEqual({ kind: 'none' });
    expect(gate.draftStateChanged(false)).toEqual({ kind: 'none' });
    expect(gate.updateDownloaded('2.0.1')).toEqual({ kind: 'prompt', version: '2.0.1' });
  });

  it('installs from the tray only when nothing is being written', () => {
    const gate = createUpdateGate();
    expect(gate.restartRequested()).toEqual({ kind: 'none' }); // nothing downloaded
    gate.draftStateChanged(true);
    gate.updateDownloaded('2.0.0');
    expect(gate.restartRequested()).toEqual({ kind: 'none' });
    gate.draftStateChanged(false);
    expect(gate.restartRequested()).toEqual({ kind: 'install' });
  });
});

describe('isAutoUpdateEnabled', () => {
  it('is on for installed builds only, unless the environment turns it off', () => {
    expect(isAutoUpdateEnabled({ isPackaged: true, environment: {} })).toBe(true);
    expect(isAutoUpdateEnabled({ isPackaged: false, environment: {} })).toBe(false);
    expect(
      isAutoUpdateEnabled({ isPackaged: true, environment: { SUPPORT_CONSOLE_DISABLE_UPDATES: '1' } }),
    ).toBe(false);
    expect(
      isAutoUpdateEnabled({ isPackaged: true, environment: { SUPPORT_CONSOLE_DISABLE_UPDATES: '0' } }),
    ).toBe(true);
  });
});
