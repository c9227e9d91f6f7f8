import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triageStatusSchema, type TriageStatus } from '../../../shared/triage/wire-schemas';
import type { RunningService } from '../../../server/service';
import { advisoryLocks } from '../../../server/storage/advisory-locks';
import { deskHistoryRecords } from '../helpers/desk-history';
import { until } from '../helpers/polling';
import { sendRequest } from '../helpers/service';
import { createNodeSchema, dropNodeSchema, queryDirectly, startNode } from './nodes';
import pg from 'pg';

const postgresUrl = process.env.TEST_DATABASE_URL ?? '';

// Issue 21: with several nodes, one trains the desk's triage model at a time (the training lock,
// server/cluster/training-lock.ts); the others hear the import, see the model the trainer stored and put it
// in force instead of training it again. Both nodes wait only 20 ms after hearing new tickets, so without the
// lock node B trains the import alongside node A. PostgreSQL only (two nodes, one schema).
describe.skipIf(postgresUrl === '')('triage training on several nodes', () => {
  const schema = `test_training_${randomBytes(6).toString('hex')}`;
  let databaseUrl = '';
  const logs = { first: [] as string[], second: [] as string[] };
  let first: RunningService;
  let second: RunningService;

  beforeAll(async () => {
    databaseUrl = await createNodeSchema(postgresUrl, schema);
    const triageTiming = { retrainDelayMs: 20, heardHistoryCheckMs: 20 };
    first = await startNode(databaseUrl, (line) => logs.first.push(line), { triageTiming });
    second = await startNode(databaseUrl, (line) => logs.second.push(line), { triageTiming });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await dropNodeSchema(postgresUrl, schema);
  });

  /** The trainings both nodes logged (a model put in force from another node logs differently). */
  const trainings = (): string[] =>
    [...logs.first, ...logs.second].filter((line) => line.startsWith('auto-triage: trained on'));

  const statusOf = async (node: RunningService): Promise<TriageStatus> =>
    triageStatusSchema.parse((await sendRequest(node.url, 'GET', '/api/triage')).body);

  /**
   * Both nodes' status once they have the same model in force, not the one trained at `replaced`, and
   * neither trains nor waits to.
   */
  const settledOnOneModel = async (replaced?: string): Promise<[TriageStatus, TriageStatus]> =>
    until(
      async () => [await statusOf(first), await statusOf(second)] as [TriageStatus, TriageStatus],
      ([a, b]) =>
        a.model !== null &&
        a.model.trained_at !== replaced &&
        a.model.trained_at === b.model?.trained_at &&
        !a.training &&
        !b.training,
      30_000,
    );

  const importThroughFirst = async (prefix: string, query = ''): Promise<void> => {
    // Four copies of the desk history (64 tickets): a retraining needs at least 50 new history tickets.
    const records = Array.from({ length: 4 }, (_, copy) => deskHistoryRecords(`${prefix}${copy}`)).flat();
    const response = await sendRequest(first.url, 'POST', `/api/import${query}`, { body: records });
    expect(response.status).toBe(200);
  };

  it('an import through node A is trained once for both nodes, and both use that model', async () => {
    await importThroughFirst('first');
    const [a, b] = await settledOnOneModel();
    // Longer than node B's wait after hearing the tickets and before training: a second training would show.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(trainings()).toHaveLength(1);
    expect(a.model?.example_count).toBe(64);
    expect(b.model).toEqual(a.model);
    expect((await statusOf(second)).model?.trained_at).toBe(a.model?.trained_at);
  }, 60_000);

  it('waits while another node trains, and trains once when that node dies mid-training', async () => {
    const before = (await statusOf(first)).model?.trained_at;
    const trainedBefore = trainings().length;
    // A trainer mid-training: it holds the lock on its own session, as a node's training does.
    const trainer = new pg.Client({ connectionString: databaseUrl });
    trainer.on('error', () => undefined);
    await trainer.connect();
    try {
      await trainer.query('select pg_advisory_lock($1, hashtext(current_schema()))', [
        advisoryLocks.triageTraining,
      ]);
      const trainerPid = (await trainer.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]
        ?.pid;
      await importThroughFirst('second', '?wait=false');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // Neither node trains while the lock is held; node A waits to (its import asked).
      expect(trainings()).toHaveLength(trainedBefore);
      expect((await statusOf(first)).training).toBe(true);
      expect((await statusOf(second)).model?.trained_at).toBe(before);

      // The trainer's process dies: PostgreSQL ends its session and frees the lock with it.
      await queryDirectly(databaseUrl, 'select pg_terminate_backend($1)', [trainerPid]);
      const [a, b] = await settledOnOneModel(before);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(trainings()).toHaveLength(trainedBefore + 1);
      expect(a.model?.example_count).toBe(128);
      expect(b.model?.trained_at).toBe(a.model?.trained_at);
      expect(a.model?.trained_at).not.toBe(before);
    } finally {
      await trainer.end().catch(() => undefined);
    }
  }, 60_000);
});
