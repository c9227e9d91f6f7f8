import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { prepareImport } from '../../../server/tickets/import';
import { createTriageService, type TriageService } from '../../../server/triage/triage-service';
import { deskHistory, deskHistoryRecords } from '../helpers/desk-history';
import { testEngines } from '../helpers/engines';
import { until } from '../helpers/polling';

// Issue 21: two triage services on one database stand for two service nodes (what they share goes through
// the database; the change log's `ticket.created` is what `historyMayHaveGrown` stands for, see
// server/cluster/settings-reload.ts). A node learns of another node's import from the model that node
// stores; when that model never lands (the importing node stopped first), it trains on the history itself.
describe.each(testEngines())('auto-triage after another node imported history on $name', (engine) => {
  const opened: { database: SqlDatabase; services: TriageService[] }[] = [];

  afterEach(async () => {
    for (const { database, services } of opened.splice(0)) {
      for (const service of services) {
        await service.close();
      }
      await database.close();
    }
  });

  async function twoNodes(options: { maximumExamples?: number; retrainDelayMs?: number } = {}): Promise<{
    database: SqlDatabase;
    importer: TriageService;
    other: TriageService;
    otherLog: string[];
    importHistory: (copies: number) => Promise<void>;
  }> {
    const database = await engine.openDatabase();
    await migrate(database);
    const otherLog: string[] = [];
    const settings = { retrainDelayMs: 20, heardHistoryCheckMs: 50, ...options };
    const importer = createTriageService({ database, log: () => undefined, ...settings });
    const other = createTriageService({ database, log: (line) => otherLog.push(line), ...settings });
    opened.push({ database, services: [importer, other] });
    await importer.start();
    await other.start();
    const store = createTicketStore(database);
    return {
      database,
      importer,
      other,
      otherLog,
      importHistory: async (copies) => {
        const records = Array.from({ length: copies }, (_, copy) => deskHistoryRecords(`copy${copy}`)).flat();
        await store.importTickets(prepareImport(records).tickets);
      },
    };
  }

  it("trains on the history itself when the importing node's model never lands", async () => {
    const { other, importHistory } = await twoNodes();
    expect(other.status().model).toBeNull();
    // The importing node stopped before training: nothing is stored, no settings.updated follows. (Four
    // copies: a retraining needs at least 50 new history tickets.)
    await importHistory(4);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Only the 10-minute history check would have seen it so far.
    expect(other.status().model).toBeNull();

    other.historyMayHaveGrown();
    const status = await until(
      () => Promise.resolve(other.status()),
      (current) => current.model !== null && !current.training,
      30_000,
    );
    expect(status.model?.example_count).toBe(4 * deskHistory.length);
    expect(status.model?.categories).toEqual(['account_security', 'withdrawal']);
  });

  it("puts the importing node's model in force and does not train the same one again", async () => {
    const { importer, other, otherLog, importHistory } = await twoNodes();
    await importHistory(1);
    await importer.retrainAndWait('imported', 30_000);
    // The model's settings.updated reaches the other node before the delayed history check runs.
    await other.reloadStored();
    other.historyMayHaveGrown();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.whenIdle();
    expect(other.status().model?.trained_at).toBe(importer.status().model?.trained_at);
    expect(otherLog.filter((line) => line.includes('trained on'))).toEqual([]);
  });

  it('does not train what another node stored after it decided to train but before it began', async () => {
    // Node B decides to train on the import it heard of (the check at 50 ms), but begins only after 8 s;
    // meanwhile node A trains on the import and stores its model. B's settings.updated is not delivered
    // here: under the training lock, B puts the stored model in force and measures growth against it.
    const { importer, other, otherLog, importHistory } = await twoNodes({ retrainDelayMs: 8000 });
    await importHistory(4);
    other.historyMayHaveGrown();
    await until(
      () => Promise.resolve(other.status()),
      (current) => current.training,
      5000,
    );
    await importer.retrainAndWait('imported', 30_000);
    // B's training has not begun yet (else this test would not show the re-check).
    expect(otherLog.some((line) => line.includes('trained on') || line.includes('put in force'))).toBe(false);
    expect(other.status().training).toBe(true);
    await other.whenIdle();
    expect(otherLog.filter((line) => line.includes('trained on'))).toEqual([]);
    expect(other.status().model?.trained_at).toBe(importer.status().model?.trained_at);
  });

  it('measures growth on the whole history when it is larger than the examples a training reads', async () => {
    // 5 copies of the desk history, 20 examples read at most: the model saw the newest 20 of them all.
    const { importer, other, otherLog, importHistory } = await twoNodes({ maximumExamples: 20 });
    await importHistory(5);
    await importer.retrainAndWait('imported', 30_000);
    await other.reloadStored();
    expect(other.status().model?.example_count).toBe(20);
    other.historyMayHaveGrown();
    importer.historyMayHaveGrown();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.whenIdle();
    await importer.whenIdle();
    // Neither node counts the history beyond the 20 examples as new: neither trains again.
    expect(other.status().model?.trained_at).toBe(importer.status().model?.trained_at);
    expect(otherLog.filter((line) => line.includes('trained on'))).toEqual([]);
  });
});
