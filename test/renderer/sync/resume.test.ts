import { EventEmitter } from 'node:events';
import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import type { Change, ChangeList } from '../../../shared/domain/schemas';
import type { ApiClient } from '../../../renderer/api/api-client';
import { connectLive } from '../../../renderer/live/live-connection';
import { changeLogHead } from '../../../renderer/sync/cache-sync';

/** A socket.io client stand-in the test drives by emitting its events. */
class FakeSocket extends EventEmitter {
  connected = false;
  active = true;
  connect(): this {
    return this;
  }
  disconnect(): this {
    this.connected = false;
    return this;
  }
  fire(event: string): void {
    this.connected = event === 'connect';
    this.emit(event);
  }
}

const change = (seq: number): Change => ({
  seq,
  type: 'ticket.updated',
  ticket_id: `ticket-${seq}`,
  at: '2026-01-01T00:00:00.000Z',
});

/** A change log holding changes 1…`head`. */
function changeLog(head: number) {
  return vi.fn((since: number, limit: number): Promise<ChangeList> => {
    const changes = Array.from({ length: Math.max(0, Math.min(limit, head - since)) }, (_, index) =>
      change(since + index + 1),
    );
    return Promise.resolve({ changes, next: changes.at(-1)?.seq ?? since });
  });
}

describe('resuming from the cached cursor', () => {
  it('catches up from the cursor on the first connect instead of reloading everything', async () => {
    const socket = new FakeSocket();
    const changes = changeLog(8);
    const delivered: number[] = [];
    const onResync = vi.fn();
    const connection = connectLive({
      serviceUrl: 'http://127.0.0.1:9',
      token: 'secret',
      api: { changes } as unknown as ApiClient,
      initialSeq: 5,
      createSocket: () => socket as unknown as Socket,
      handlers: {
        onChanges: (list) => delivered.push(...list.map((entry) => entry.seq)),
        onResync,
        onState: () => undefined,
      },
    });
    socket.fire('connect');
    await connection.ready;
    await vi.waitFor(() => expect(delivered).toEqual([6, 7, 8]));
    expect(changes).toHaveBeenCalledWith(5, expect.any(Number));
    expect(onResync).not.toHaveBeenCalled();
    connection.close();
  });

  it('after a first full load, a reconnect catches up from the head the load started at', async () => {
    const socket = new FakeSocket();
    const changes = changeLog(12);
    const delivered: number[] = [];
    const onResync = vi.fn();
    const connection = connectLive({
      serviceUrl: 'http://127.0.0.1:9',
      token: 'secret',
      api: { changes } as unknown as ApiClient,
      createSocket: () => socket as unknown as Socket,
      handlers: {
        onChanges: (list) => delivered.push(...list.map((entry) => entry.seq)),
        onResync,
        onState: () => undefined,
      },
    });
    socket.fire('connect');
    await connection.ready;
    connection.advanceTo(10);
    connection.advanceTo(4);
    expect(connection.lastSeq()).toBe(10);
    socket.fire('disconnect');
    socket.fire('connect');
    await vi.waitFor(() => expect(delivered).toEqual([11, 12]));
    expect(onResync).not.toHaveBeenCalled();
    connection.close();
  });

  it('finds the change log head by paging sequence numbers', async () => {
    const changes = changeLog(25_000);
    expect(await changeLogHead({ changes } as unknown as ApiClient)).toBe(25_000);
    expect(await changeLogHead({ changes: changeLog(0) } as unknown as ApiClient)).toBe(0);
  });
});
