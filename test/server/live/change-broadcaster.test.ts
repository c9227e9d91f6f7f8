import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/domain/schemas';
import { createChangeBroadcaster } from '../../../server/live/change-broadcaster';

function change(seq: number): Change {
  return { seq, type: 'ticket.created', ticket_id: null, at: '2025-01-01T00:00:00.000Z' };
}

describe('change broadcaster', () => {
  it('emits each change once, in order, however the doorbell rings', async () => {
    const log: Change[] = [];
    const emitted: number[] = [];
    const broadcaster = createChangeBroadcaster({
      startAfter: 2,
      readChangesSince: async (since, limit) => {
        await sleep(1);
        return log.filter((entry) => entry.seq > since).slice(0, limit);
      },
      emit: (entry) => emitted.push(entry.seq),
      log: () => undefined,
    });
    log.push(change(1), change(2));
    for (let seq = 3; seq <= 2600; seq += 1) {
      log.push(change(seq));
      if (seq % 7 === 0) {
        broadcaster.notify();
        broadcaster.notify();
      }
    }
    broadcaster.notify();
    await broadcaster.settle();
    expect(emitted).toEqual(Array.from({ length: 2598 }, (_, index) => index + 3));
  });

  it('survives a failed read and catches up on the next doorbell', async () => {
    let isFailing = true;
    const emitted: number[] = [];
    const lines: string[] = [];
    const broadcaster = createChangeBroadcaster({
      startAfter: 0,
      readChangesSince: (since) =>
        isFailing ? Promise.reject(new Error('down')) : Promise.resolve([change(since + 1)]),
      emit: (entry) => emitted.push(entry.seq),
      log: (line) => lines.push(line),
    });
    broadcaster.notify();
    await broadcaster.settle();
    expect(lines[0]).toContain('down');
    isFailing = false;
    broadcaster.notify();
    await broadcaster.settle();
    expect(emitted).toEqual([1]);
  });
});
