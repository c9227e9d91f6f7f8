import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';

const before0004 = readMigrations().filter((migration) => migration.version < '0004');
const upTo0004 = readMigrations().filter((migration) => migration.version <= '0004');

describe.each(testEngines())('migration 0004-agent-preferences on $name', (engine) => {
  let database: SqlDatabase;
  let agentId: string;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0004);
    const [agent] = await database.query<{ id: string }>(
      `insert into agents (email, email_key, name, role) values ('minji@example.com', 'minji@example.com', 'Minji', 'agent')
       returning id`,
    );
    agentId = agent?.id ?? '';
    expect(await migrate(database, upTo0004)).toEqual(['0004']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps the agents, who start with no preferences, and stores preferences per agent', async () => {
    const store = createTicketStore(database);
    expect(await store.findAgentById(agentId)).toMatchObject({ name: 'Minji', role: 'agent' });
    expect(await store.agentPreferences(agentId)).toEqual({});
    await store.saveAgentPreferences(agentId, { queue_sort: [{ id: 'number', desc: true }] });
    await store.saveAgentPreferences(agentId, { queue_sort: [{ id: 'priority', desc: false }] });
    expect(await store.agentPreferences(agentId)).toEqual({ queue_sort: [{ id: 'priority', desc: false }] });
  });

  it('refuses preferences of an agent that does not exist', async () => {
    await expect(
      database.query("insert into agent_preferences (agent_id, preferences) values ($1, '{}'::jsonb)", [
        '00000000-0000-4000-8000-000000000000',
      ]),
    ).rejects.toThrow();
  });
});
