import { describe, expect, it } from 'vitest';
import { ProgressReporter, progressLine } from '../../../server/import/progress';

const halfway = { read: 5000, imported: 4900, skipped: 50, errors: 3, bytesRead: 500, totalBytes: 1000 };

describe('import progress', () => {
  it('shows a bar, the counts, the rate and an ETA from the share of the file read', () => {
    expect(progressLine(halfway, 10_000, true)).toBe(
      '[############------------] 50% read 5,000 · imported 4,900 · skipped 50 · errors 3 · 500/s · ETA 0:10',
    );
    expect(progressLine(halfway, 10_000, false)).not.toContain('[');
  });

  it('redraws one line on a terminal, and writes plain lines only every interval in a log', () => {
    let clock = 0;
    let terminal = '';
    const interactive = new ProgressReporter(
      { write: (text: string) => (terminal += text) },
      true,
      () => clock,
      0,
    );
    interactive.update(halfway);
    clock += 200;
    interactive.update(halfway);
    interactive.breakLine();
    expect(terminal.split('\r\u001b[2K')).toHaveLength(3);
    expect(terminal.endsWith('\n')).toBe(true);

    let log = '';
    const plain = new ProgressReporter(
      { write: (text: string) => (log += text) },
      false,
      () => clock,
      0,
      5000,
    );
    for (let step = 0; step < 10; step += 1) {
      clock += 1000;
      plain.update(halfway);
    }
    expect(log.trim().split('\n')).toHaveLength(2);
    expect(log).not.toContain('\r');
  });
});
