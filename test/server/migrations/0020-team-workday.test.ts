import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { readRouting } from '../../../server/routing/routing-store';
import { testEngines } from '../helpers/engines';

const before0020 = readMigrations().filter((migration) => migration.version < '0020');
const upTo0020 = readMigrations().filter((migration) => migration.version <= '0020');

describe.each(testEngines())('migration 0020-team-workday on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0020);
    await database.query(
      `insert into routing_teams (name, categories, strategy, position) values ('Night shift', '{general}', 'round_robin', 9)`,
    );
    expect(await migrate(database, upTo0020)).toEqual(['0020']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps every team, each landing on My work and assigning on reply', async () => {
    // Today's store code reads today's schema (team calendars, 0046): bring the rest of the migrations first;
    // what this migration left in the rows is kept by them.
    await migrate(database, readMigrations());
    const routing = await readRouting(database);
    expect(routing.teams.map((team) => team.name)).toEqual([
      'Account security',
      'Trading',
      'Funds',
      'General',
      'Night shift',
    ]);
    expect(routing.teams.find((team) => team.name === 'Night shift')).toMatchObject({
      strategy: 'round_robin',
      categories: ['general'],
      landing_view: 'next',
      assign_on_reply: true,
    });
  });

  it('refuses a landing view that is not a built-in view', async () => {
    await expect(database.query("update routing_teams set landing_view = 'inbox'")).rejects.toThrow();
  });
});
