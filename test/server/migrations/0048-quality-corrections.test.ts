import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

const before0048 = readMigrations().filter((migration) => migration.version < '0048');
const upTo0048 = readMigrations().filter((migration) => migration.version <= '0048');

describe.each(testEngines())('migration 0048-quality-corrections on $name', (engine) => {
  let database: SqlDatabase;
  let solvedId = '';
  let markedId = '';

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0048);
    const store = createTicketStore(database);
    solvedId = (await store.createTicket(newTicket())).id;
    markedId = (await store.createTicket(newTicket({ requester: { email: 'lee@example.com' } }))).id;
    // As the previous version stored them: a Korean ticket solved under its suggested category, and one
    // an agent marked by hand (what extraction said before the mark was not kept).
    await database.query(
      `update tickets set language = 'ko', category = 'deposit_withdrawal', status = 'solved', solved_at = now(),
         suggested_category = '{"category": "deposit_withdrawal", "confidence": 0.9}'::jsonb where id = $1`,
      [solvedId],
    );
    await database.query(
      `update tickets set language = 'ko', checklist_marks = '{"device": true}'::jsonb where id = $1`,
      [markedId],
    );
    expect(await migrate(database, upTo0048)).toEqual(['0048']);
    // Today's store code may read columns of later migrations: bring the schema up to date before using it.
    await migrate(database, readMigrations());
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps the tickets, judges the solved one by its status and counts no earlier mark as a correction', async () => {
    const rows = await database.query<{
      category_reviewed_at: unknown;
      checklist_corrections: string[];
      dismissed_duplicates: unknown;
    }>(
      'select category_reviewed_at, checklist_corrections, dismissed_duplicates from tickets where id = $1',
      [markedId],
    );
    expect(rows[0]).toEqual({
      category_reviewed_at: null,
      checklist_corrections: [],
      dismissed_duplicates: [],
    });
    const store = createTicketStore(database);
    const metrics = await store.readMetrics({ query: {}, onlineAgentIds: null });
    const korean = metrics.quality_by_language?.find((entry) => entry.language === 'ko');
    expect(korean).toMatchObject({
      tickets: 2,
      triage: { count: 1, total: 1 },
      checklist: { corrections: 0 },
    });
  });

  it('records a correction an agent makes after the upgrade', async () => {
    const store = createTicketStore(database);
    const admin = await store.systemAdmin();
    const outcome = await store.updateTicket(
      markedId,
      { checklist_marks: [{ key: 'attachment', present: true }] },
      { agentId: admin.id, expectedVersion: null },
    );
    expect('ticket' in outcome).toBe(true);
    const metrics = await store.readMetrics({ query: {}, onlineAgentIds: null });
    expect(metrics.quality_by_language?.find((entry) => entry.language === 'ko')?.checklist).toEqual({
      corrections: 1,
      corrected_tickets: 1,
      per_100_tickets: 50,
    });
  });
});
