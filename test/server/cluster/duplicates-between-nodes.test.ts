import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketDetailSchema } from '../../../shared/domain/schemas';
import type { RunningService } from '../../../server/service';
import { sendRequest } from '../helpers/service';
import {
  connectSocket,
  createNodeSchema,
  dropNodeSchema,
  intake,
  recordChanges,
  startNode,
  waitFor,
} from './nodes';

const postgresUrl = process.env.TEST_DATABASE_URL ?? '';

// Issue 21: each node's duplicate index follows the change log, so a ticket filed through one node is a
// possible duplicate on every other one at once, not only after their next start. PostgreSQL only.
describe.skipIf(postgresUrl === '')('the duplicate index on several nodes', () => {
  const schema = `test_dupes_${randomBytes(6).toString('hex')}`;
  let databaseUrl = '';
  const nodes: RunningService[] = [];
  let socket: Socket | null = null;

  beforeAll(async () => {
    databaseUrl = await createNodeSchema(postgresUrl, schema);
    nodes.push(await startNode(databaseUrl, () => undefined));
    nodes.push(await startNode(databaseUrl, () => undefined));
  });

  afterAll(async () => {
    socket?.close();
    for (const node of nodes) {
      await node.close();
    }
    await dropNodeSchema(postgresUrl, schema);
  });

  it('a ticket filed through node A is found as a possible duplicate through node B', async () => {
    const [nodeA, nodeB] = nodes;
    socket = await connectSocket(nodeB?.url ?? '');
    const heardOnB = recordChanges(socket);
    const requester = { email: 'oskar@example.com', name: 'Oskar', locale: 'en' };
    const first = await intake(nodeA?.url ?? '', {
      requester,
      subject: 'USDT withdrawal to Tron not received',
      body: 'I withdrew 250 USDT on the TRC20 network four hours ago and my wallet still shows nothing.',
    });
    // Node B has applied the ticket to its index once its broadcaster emitted the change (intake waits for it).
    await waitFor(() =>
      heardOnB.some((change) => change.ticket_id === first && change.type === 'ticket.created'),
    );
    const again = await intake(nodeB?.url ?? '', {
      requester,
      subject: '[again] USDT TRC20 withdrawal missing',
      body: 'Any update? My 250 USDT withdrawal over TRC20 has still not arrived in my wallet.',
    });
    const detail = ticketDetailSchema.parse(
      (await sendRequest(nodeB?.url ?? '', 'GET', `/api/tickets/${again}`)).body,
    );
    expect(detail.possible_duplicates.map((match) => match.id)).toEqual([first]);
  });
});
