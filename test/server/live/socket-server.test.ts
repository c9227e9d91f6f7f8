import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeSchema,
  intakeResponseSchema,
  liveChangeEvent,
  type Change,
} from '../../../shared/domain/schemas';
import { intakeRequest, startTestService, testAdminToken, type TestService } from '../helpers/service';

/** Connects and resolves once connected, or rejects with the `connect_error`. */
function connect(url: string, auth: Record<string, unknown>): Promise<Socket> {
  const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Collects `change` events until `count` arrived. */
function collectChanges(socket: Socket, count: number): Promise<Change[]> {
  const changes: Change[] = [];
  return new Promise((resolve) => {
    socket.on(liveChangeEvent, (change: unknown) => {
      changes.push(changeSchema.parse(change));
      if (changes.length === count) {
        resolve(changes);
      }
    });
  });
}

describe('live events over socket.io', () => {
  let service: TestService;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    for (const socket of sockets) {
      socket.close();
    }
    await service.stop();
  });

  it('refuses a connection without a valid token', async () => {
    await expect(connect(service.url, {})).rejects.toThrow('unauthorized');
    await expect(connect(service.url, { token: 'wrong' })).rejects.toThrow('unauthorized');
    await expect(connect(service.url, { token: 42 })).rejects.toThrow('unauthorized');
  });

  it('sends a new ticket as a change with its seq to every agent, once and in order', async () => {
    const { token } = await service.service.ensureLocalAgent('Live Agent');
    const first = await connect(service.url, { token });
    const second = await connect(service.url, { token: testAdminToken });
    sockets.push(first, second);
    const firstReceives = collectChanges(first, 5);
    const secondReceives = collectChanges(second, 5);
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const response = await service.request('POST', '/api/tickets', { token: null, body: intakeRequest() });
      ids.push(intakeResponseSchema.parse(response.body).id);
    }
    const [received, alsoReceived] = await Promise.all([firstReceives, secondReceives]);
    expect(received.map((change) => change.ticket_id)).toEqual(ids);
    expect(received.every((change) => change.type === 'ticket.created')).toBe(true);
    const seqs = received.map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((left, right) => left - right));
    expect(alsoReceived).toEqual(received);
    const logged = (await service.request('GET', `/api/changes?since=${(seqs[0] ?? 1) - 1}`)).body;
    expect(logged).toMatchObject({ changes: received });
  });

  it('announces concurrent writes each exactly once', async () => {
    const socket = await connect(service.url, { token: testAdminToken });
    sockets.push(socket);
    const receives = collectChanges(socket, 20);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        service.request('POST', '/api/tickets', { token: null, body: intakeRequest() }),
      ),
    );
    const received = await receives;
    const seqs = received.map((change) => change.seq);
    expect(new Set(seqs).size).toBe(20);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, index) => (seqs[0] ?? 0) + index));
  });
});
