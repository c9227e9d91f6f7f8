import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRouting } from '../../../server/routing/routing-store';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { defaultPriorityRules } from '../../../shared/routing/priority-rules';
import { testEngines } from '../helpers/engines';
import { newTicket } from '../helpers/tickets';

const before0011 = readMigrations().filter((migration) => migration.version < '0011');
const upTo0011 = readMigrations().filter((migration) => migration.version <= '0011');

describe.each(testEngines())('migration 0011-routing on $name', (engine) => {
  let database: SqlDatabase;
  let ticketId: string;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0011);
    ticketId = (await createTicketStore(database).createTicket(newTicket())).id;
    expect(await migrate(database, upTo0011)).toEqual(['0011']);
    // Today's store code reads columns of later migrations: bring the schema up to date before using it.
    await migrate(database, readMigrations());
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps existing tickets as they were and starts with the default teams and rules', async () => {
    const ticket = await createTicketStore(database).getTicket(ticketId);
    expect(ticket).toMatchObject({ priority: 'normal', assignee_id: null });
    const routing = await readRouting(database);
    expect(routing.teams.map((team) => [team.name, team.strategy, team.member_ids])).toEqual([
      ['Account security', 'manual', []],
      ['Trading', 'manual', []],
      ['Funds', 'manual', []],
      ['General', 'manual', []],
    ]);
    // The migration's seeded rules are the same as the ones the shared code documents.
    expect(routing.rules).toEqual(defaultPriorityRules);
    expect(routing.skillWaitMinutes).toBe(30);
  });
});
