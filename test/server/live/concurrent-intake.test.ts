import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeSchema,
  intakeResponseSchema,
  liveChangeEvent,
  type Change,
} from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, testAdminToken, type TestService } from '../helpers/service';

/** Connects with the admin token and collects every `change` event. */
async function listen(url: string): Promise<{ socket: Socket; received: Change[] }> {
  const socket = io(url, {
    auth: { token: testAdminToken },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const received: Change[] = [];
  socket.on(liveChangeEvent, (change: unknown) => received.push(changeSchema.parse(change)));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, received };
}

describe.each(testEngines())('200 concurrent intakes on $name', (engine) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(engine);
  });

  afterAll(async () => {
    await service.stop();
  });

  it('stores every one with a unique number and announces every change once, in seq order, to every client', async () => {
    const listeners = [await listen(service.url), await listen(service.url)];
    try {
      const responses = await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          service.request('POST', '/api/tickets', {
            token: null,
            body: intakeRequest({
              subject: `burst ${index}`,
              requester: { email: `burst${index % 17}@example.com`, name: `Burst ${index}` },
            }),
          }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(responses.map(() => 201));
      const created = responses.map((response) => intakeResponseSchema.parse(response.body));
      expect(new Set(created.map((ticket) => ticket.id)).size).toBe(200);
      expect(new Set(created.map((ticket) => ticket.number)).size).toBe(200);
      // Besides the 200 creations the log holds `ticket.updated` entries: duplicate detection links each new
      // report into the `related` lists of earlier ones (docs/duplicates.md). Wait until every client has
      // heard everything the log holds.
      const createdOf = (received: Change[]): Change[] =>
        received.filter((change) => change.type === 'ticket.created');
      const firstSeq = (): number => (listeners[0]?.received[0]?.seq ?? 1) - 1;
      const deadline = Date.now() + 20_000;
      let logged: Change[] = [];
      while (Date.now() < deadline) {
        const answer = await service.request('GET', `/api/changes?since=${firstSeq()}&limit=5000`);
        logged = (answer.body as { changes: Change[] }).changes;
        if (
          listeners.every(
            ({ received }) => createdOf(received).length >= 200 && received.length >= logged.length,
          )
        ) {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      for (const { received } of listeners) {
        // Each change once, in seq order, with no gap: exactly the change log.
        expect(received).toEqual(logged);
        const seqs = received.map((change) => change.seq);
        expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => (seqs[0] ?? 0) + index));
        const creations = createdOf(received);
        expect(creations).toHaveLength(200);
        expect(new Set(creations.map((change) => change.ticket_id))).toEqual(
          new Set(created.map((ticket) => ticket.id)),
        );
      }
      // Ticket numbers follow the change log's order.
      const numberOf = new Map(created.map((ticket) => [ticket.id, ticket.number]));
      const numbersInSeqOrder = createdOf(listeners[0]?.received ?? []).map((change) =>
        numberOf.get(change.ticket_id ?? ''),
      );
      expect(numbersInSeqOrder).toEqual(
        [...numbersInSeqOrder].sort((left, right) => (left ?? 0) - (right ?? 0)),
      );
    } finally {
      for (const { socket } of listeners) {
        socket.close();
      }
    }
  });
});
