import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import { FakeSocket } from '../live/fake-socket';
import type { ChangeList } from '../../../shared/domain/schemas';
import { createApiClient, type ApiClient } from '../../../renderer/api/api-client';
import { connectLive } from '../../../renderer/live/live-connection';
import { changeLogHead } from '../../../renderer/sync/cache-sync';

// Issue 21 (point 3): a console meeting a newer service, whose change log holds a type added since (as
// `preferences.updated` was), skips what it does not know and keeps syncing: neither `GET /api/changes` nor
// the socket's `change` event may fail on it.
const at = '2025-03-05T05:22:00.000Z';
const known = (seq: number) => ({ seq, type: 'ticket.updated', ticket_id: `ticket-${seq}`, at });
const unknown = (seq: number) => ({ seq, type: 'ticket.escalated_to_moon', ticket_id: `ticket-${seq}`, at });

/** A fake `GET /api/changes` over `log`, paged as the service pages it. */
function changeLogFetch(log: readonly { seq: number }[]): typeof fetch {
  const fake: typeof fetch = (input) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const since = Number(url.searchParams.get('since'));
    const limit = Number(url.searchParams.get('limit'));
    const changes = log.filter((change) => change.seq > since).slice(0, limit);
    const next = changes.at(-1)?.seq ?? since;
    return Promise.resolve(new Response(JSON.stringify({ changes, next }), { status: 200 }));
  };
  return vi.fn(fake);
}

describe('changes of a type this console does not know', () => {
  it('GET /api/changes gives the known ones and moves past the rest', async () => {
    const client = createApiClient({
      baseUrl: 'http://127.0.0.1:9',
      token: 'secret',
      fetchImplementation: changeLogFetch([known(1), unknown(2), known(3)]),
    });
    const page: ChangeList = await client.changes(0, 1000);
    expect(page.changes.map((change) => change.seq)).toEqual([1, 3]);
    expect(page.next).toBe(3);
    expect(page.received).toBe(3);
  });

  it('a page full of them is not taken for the end of the log', async () => {
    // 10,000 a page (changeLogHead's page): the first holds an unknown change, so 9,999 are left to apply.
    const log = Array.from({ length: 10_050 }, (_unused, index) =>
      index === 5 ? unknown(index + 1) : known(index + 1),
    );
    const client = createApiClient({
      baseUrl: 'http://127.0.0.1:9',
      token: 'secret',
      fetchImplementation: changeLogFetch(log),
    });
    expect(await changeLogHead(client)).toBe(10_050);
  });

  it('the live connection skips them on the socket and in a catch-up, and keeps delivering', async () => {
    const socket = new FakeSocket();
    const delivered: number[] = [];
    const states: string[] = [];
    const log = [known(1), unknown(2), known(3), unknown(4), known(5)];
    const api: ApiClient = createApiClient({
      baseUrl: 'http://127.0.0.1:9',
      token: 'secret',
      fetchImplementation: changeLogFetch(log),
    });
    const connection = connectLive({
      serviceUrl: 'http://127.0.0.1:9',
      token: 'secret',
      api,
      createSocket: () => socket as unknown as Socket,
      handlers: {
        onChanges: (changes) => delivered.push(...changes.map((change) => change.seq)),
        onResync: () => undefined,
        onState: (state) => states.push(state),
      },
    });
    socket.fire('connect');
    await connection.ready;
    socket.fire('change', known(1));
    socket.fire('change', unknown(2));
    await vi.waitFor(() => expect(delivered).toEqual([1]));
    // A reconnect catches up from seq 1 through the log, unknown types included in it.
    socket.fire('disconnect', 'transport close');
    socket.fire('connect');
    await vi.waitFor(() => expect(delivered).toEqual([1, 3, 5]));
    socket.fire('change', known(6));
    await vi.waitFor(() => expect(delivered).toEqual([1, 3, 5, 6]));
    expect(states.at(-1)).toBe('live');
    connection.close();
  });
});
