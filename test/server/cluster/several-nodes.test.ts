import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { intakeResponseSchema, ticketDetailSchema, type Change } from '../../../shared/domain/schemas';
import { routingConfigurationSchema } from '../../../shared/domain/routing-schemas';
import {
  presenceEvent,
  presenceSnapshotSchema,
  presenceUpdateEvent,
  type PresenceSnapshot,
} from '../../../shared/domain/workflow-schemas';
import { advanceCursor } from '../../../shared/sync/cursor';
import type { RunningService } from '../../../server/service';
import { until } from '../helpers/polling';
import { intakeRequest, sendRequest, testAdminToken } from '../helpers/service';
import { startService } from '../../../server/service';
import {
  childNodes,
  connectSocket,
  createAgent,
  createNodeSchema,
  dropNodeSchema,
  intake,
  queryDirectly,
  readLog,
  recordChanges,
  startChildNode,
  startNode,
  waitFor,
} from './nodes';

const postgresUrl = process.env.TEST_DATABASE_URL ?? '';

/** The seqs of `changes`, to compare orders. */
const seqsOf = (changes: readonly Change[]): number[] => changes.map((change) => change.seq);

// Several nodes share one PostgreSQL server; PGlite is one process's embedded database, so without
// TEST_DATABASE_URL there is nothing to run these against and they are skipped.
describe.skipIf(postgresUrl === '')('several nodes on one PostgreSQL', () => {
  const schema = `test_nodes_${randomBytes(6).toString('hex')}`;
  let databaseUrl = '';
  const sockets: Socket[] = [];
  const nodes: RunningService[] = [];
  /** The in-process nodes' log lines, shown when an expectation about routing fails. */
  const nodeLog: string[] = [];

  const node = async (): Promise<RunningService> => {
    const started = await startNode(databaseUrl, (line) =>
      nodeLog.push(`${new Date().toISOString()} ${line}`),
    );
    nodes.push(started);
    return started;
  };
  const socket = async (url: string, token?: string): Promise<Socket> => {
    const connected = await connectSocket(url, token);
    sockets.push(connected);
    return connected;
  };
  const stopAll = async (): Promise<void> => {
    sockets.splice(0).forEach((open) => open.close());
    for (const child of childNodes) {
      child.kill('SIGKILL');
    }
    await Promise.all(nodes.splice(0).map((running) => running.close()));
  };

  beforeAll(async () => {
    databaseUrl = await createNodeSchema(postgresUrl, schema);
  });

  // After each test, passed or failed: a node left running from a failed test would take part in the next
  // test's router election and change log.
  afterEach(stopAll);

  afterAll(async () => {
    await dropNodeSchema(postgresUrl, schema);
  });

  it('brings a change made through node A to a socket on node B once, in order', async () => {
    const [first, second] = [await node(), await node()];
    const received = recordChanges(await socket(second.url));
    const ids = await Promise.all(Array.from({ length: 30 }, () => intake(first.url)));
    await waitFor(() => received.length >= 30);
    // Anything sent twice would arrive right behind the first copy.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received.map((change) => change.ticket_id).sort()).toEqual([...ids].sort());
    expect(seqsOf(received)).toEqual(seqsOf(await readLog(second.url, (received[0]?.seq ?? 1) - 1)));
  }, 60_000);

  it('tells a socket on node B why its session ended when a lead disabled the agent through node A', async () => {
    const [first, second] = [await node(), await node()];
    const agent = await createAgent(first.url, 'Ines');
    const connected = await socket(second.url, agent.token);
    const told = new Promise((resolve) => connected.once('session:ended', resolve));
    const disabled = await sendRequest(first.url, 'POST', `/api/agents/${agent.id}/disable`);
    expect(disabled.status).toBe(200);
    // Node B learns of it by its periodic check (every 10 s), with the reason the ended session recorded.
    expect(await told).toEqual({ reason: 'disabled' });
    await expect(connectSocket(second.url, agent.token)).rejects.toMatchObject({
      message: 'unauthorized',
      data: { reason: 'disabled' },
    });
  }, 60_000);

  it('catches up from the log after its LISTEN connection is lost: nothing lost or doubled', async () => {
    const [first, second] = [await node(), await node()];
    const received = recordChanges(await socket(second.url));
    const before = (await readLog(second.url)).at(-1)?.seq ?? 0;
    const terminated = await queryDirectly<{ done: boolean }>(
      postgresUrl,
      `select pg_terminate_backend(pid) as done from pg_stat_activity
       where application_name = 'console change listener' and query like $1`,
      [`%console_changes_${schema}%`],
    );
    expect(terminated).toEqual([{ done: true }, { done: true }]);
    // Committed while the listeners are down, and after they are back.
    const ids = await Promise.all(Array.from({ length: 10 }, () => intake(first.url)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    ids.push(await intake(first.url));
    await waitFor(() => received.length >= 11);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received.map((change) => change.ticket_id).sort()).toEqual([...ids].sort());
    expect(seqsOf(received)).toEqual(seqsOf(await readLog(second.url, before)));
  }, 60_000);

  it('lets a client of a killed node reconnect to another and catch up by seq, nothing lost or doubled', async () => {
    const doomed = await startChildNode(databaseUrl);
    const survivor = await node();
    let cursor = (await readLog(survivor.url)).at(-1)?.seq ?? 0;
    const start = cursor;
    const applied: Change[] = [];
    const apply = (changes: readonly Change[]): void => {
      const next = advanceCursor(cursor, changes);
      cursor = next.cursor;
      applied.push(...next.fresh);
    };
    // The console's way (renderer/live): live events ring the bell, the log is the ledger.
    const onDoomed = await socket(doomed.url);
    onDoomed.on('change', (change: Change) => apply([change]));
    const liveOnSurvivor: Change[] = [];
    const switched = new Promise<void>((resolve) => {
      onDoomed.once('disconnect', () => {
        void (async () => {
          const onSurvivor = await socket(survivor.url);
          // Live events that arrive while the catch-up read runs wait behind it, as in the console: applied
          // first, a newer event would move the cursor past changes the read is about to bring.
          const since = cursor;
          let caughtUp = readLog(survivor.url, since).then(apply);
          onSurvivor.on('change', (change: Change) => {
            liveOnSurvivor.push(change);
            caughtUp = caughtUp.then(() => apply([change]));
          });
          await caughtUp;
          resolve();
        })();
      });
    });
    // Traffic through both nodes; the doomed node is killed in the middle of it.
    const acknowledged: string[] = [];
    let isRunning = true;
    const traffic = (async () => {
      for (let index = 0; isRunning; index += 1) {
        const target = index % 2 === 0 ? doomed.url : survivor.url;
        const response = await sendRequest(target, 'POST', '/api/tickets', {
          token: null,
          body: intakeRequest(),
        }).catch(() => null);
        if (response?.status === 201) {
          acknowledged.push(intakeResponseSchema.parse(response.body).id);
        }
      }
    })();
    await until(
      () => Promise.resolve(acknowledged.length),
      (count) => count >= 20,
      20_000,
    );
    await doomed.kill();
    await switched;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    isRunning = false;
    await traffic;
    const log = await readLog(survivor.url, start);
    await waitFor(() => cursor >= (log.at(-1)?.seq ?? 0));
    expect(seqsOf(applied)).toEqual(seqsOf(log));
    const created = new Set(applied.map((change) => change.ticket_id));
    expect(acknowledged.filter((id) => !created.has(id))).toEqual([]);
    // The surviving node's socket itself sent each change at most once.
    expect(new Set(seqsOf(liveOnSurvivor)).size).toBe(liveOnSurvivor.length);
  }, 120_000);

  it('fails the router over to another node within seconds when the router dies', async () => {
    const router = await startChildNode(databaseUrl);
    const other = await node();
    const { id: agentId, token: agentToken } = await createAgent(other.url, 'Rio');
    const routing = routingConfigurationSchema.parse(
      (await sendRequest(other.url, 'GET', '/api/routing')).body,
    );
    const funds = routing.teams.find((team) => team.name === 'Funds');
    await sendRequest(other.url, 'PUT', `/api/routing/teams/${funds?.id}`, {
      body: {
        name: 'Funds',
        categories: ['deposit_withdrawal'],
        member_ids: [agentId],
        strategy: 'least_loaded',
      },
    });
    await sendRequest(other.url, 'PUT', `/api/routing/agents/${agentId}`, {
      body: { skills: [], languages: ['en'], capacity: 1, paused: false },
    });
    const ticket = async (id: string) =>
      ticketDetailSchema.parse((await sendRequest(other.url, 'GET', `/api/tickets/${id}`)).body);
    await socket(other.url, agentToken);
    // Only the router assigns: tickets taken by the other node are handed out by the router, which hears
    // of the agent (connected to the other node) through presence across nodes. Capacity 1: the next waits.
    const first = await intake(other.url, { category: 'deposit_withdrawal' });
    const routed = await until(
      () => ticket(first),
      (found) => found.assignee_id !== null,
      10_000,
    );
    expect(routed.assignee_id, nodeLog.join('\n')).toBe(agentId);
    const second = await intake(other.url, { category: 'deposit_withdrawal' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await ticket(second)).assignee_id).toBeNull();
    expect(other.isRouter()).toBe(false);
    // Solving frees capacity: the router hands the waiting ticket out.
    await sendRequest(other.url, 'PATCH', `/api/tickets/${first}`, {
      token: agentToken,
      body: { status: 'solved' },
    });
    const routedByRouter = await until(
      () => ticket(second),
      (found) => found.assignee_id !== null,
      10_000,
    );
    expect(routedByRouter.assignee_id, nodeLog.join('\n')).toBe(agentId);
    const third = await intake(other.url, { category: 'deposit_withdrawal' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await ticket(third)).assignee_id).toBeNull();

    await router.kill();
    const killedAt = performance.now();
    await sendRequest(other.url, 'PATCH', `/api/tickets/${second}`, {
      token: agentToken,
      body: { status: 'solved' },
    });
    const handedOut = await until(
      () => ticket(third),
      (found) => found.assignee_id !== null,
      10_000,
    );
    expect(handedOut.assignee_id, nodeLog.join('\n')).toBe(agentId);
    expect(other.isRouter()).toBe(true);
    process.stdout.write(
      `router failover: waiting ticket handed out ${Math.round(performance.now() - killedAt)} ms after the kill\n`,
    );
  }, 120_000);

  it('shows presence across nodes: who views and types on node A is seen on node B, and leaves with the socket', async () => {
    const [first, second] = [await node(), await node()];
    const ticketId = await intake(first.url);
    const { id: minaId, token: minaToken } = await createAgent(first.url, 'Mina');
    const watcher = await socket(second.url);
    const snapshots: PresenceSnapshot[] = [];
    watcher.on(presenceEvent, (payload: unknown) => snapshots.push(presenceSnapshotSchema.parse(payload)));
    const mina = await socket(first.url, minaToken);
    mina.emit(presenceUpdateEvent, { ticket_id: ticketId, typing: true });
    const seen = (): string[] =>
      (snapshots.at(-1)?.viewers ?? []).map(
        (viewer) => `${viewer.agent_name}@${viewer.ticket_id}:${viewer.typing}`,
      );
    await waitFor(() => seen().length > 0, 15_000);
    expect(seen()).toEqual([`Mina@${ticketId}:true`]);
    // Node B's router counts Mina as online too.
    const online = routingConfigurationSchema.parse(
      (await sendRequest(second.url, 'GET', '/api/routing')).body,
    );
    expect(online.online_agent_ids).toContain(minaId);
    mina.close();
    await waitFor(() => seen().length === 0, 15_000);
    expect(seen()).toEqual([]);
  }, 60_000);
});

// Skipped without TEST_DATABASE_URL for the same reason as above: the nodes share one PostgreSQL server.
describe.skipIf(postgresUrl === '')('rate limits across nodes on one PostgreSQL', () => {
  const schema = `test_limits_${randomBytes(6).toString('hex')}`;
  let databaseUrl = '';
  const nodes: RunningService[] = [];
  const windowMs = 3_600_000;

  beforeAll(async () => {
    databaseUrl = await createNodeSchema(postgresUrl, schema);
  });

  afterAll(async () => {
    await Promise.all(nodes.splice(0).map((running) => running.close()));
    await dropNodeSchema(postgresUrl, schema);
  });

  it('gives a client one intake budget across the nodes, not one per node', async () => {
    const limited = async (): Promise<RunningService> => {
      const started = await startService({
        port: 0,
        dataDir: null,
        databaseUrl,
        adminToken: testAdminToken,
        intakeRateLimit: { max: 6, windowMs },
        rateLimitSyncIntervalMs: 50,
      });
      nodes.push(started);
      return started;
    };
    const [first, second] = [await limited(), await limited()];
    // Windows are fixed (aligned to the hour here): start well inside one.
    const intoWindow = Date.now() % windowMs;
    if (intoWindow > windowMs - 10_000) {
      await new Promise((resolve) => setTimeout(resolve, windowMs - intoWindow + 100));
    }
    const statuses = async (url: string, count: number): Promise<number[]> => {
      const answered: number[] = [];
      for (let index = 0; index < count; index += 1) {
        const response = await sendRequest(url, 'POST', '/api/tickets', {
          token: null,
          body: intakeRequest(),
        });
        answered.push(response.status);
      }
      return answered;
    };
    expect(await statuses(first.url, 4)).toEqual([201, 201, 201, 201]);
    // One sync later the second node knows the first one's four.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await statuses(second.url, 3)).toEqual([201, 201, 429]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await statuses(first.url, 1)).toEqual([429]);
  }, 60_000);
});
