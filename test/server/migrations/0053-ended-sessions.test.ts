import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endedSessionReason,
  issueSessionToken,
  revokeAgentSessions,
} from '../../../server/accounts/sessions';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

const before0053 = readMigrations().filter((migration) => migration.version < '0053');
const upTo0053 = readMigrations().filter((migration) => migration.version <= '0053');

describe.each(testEngines())('migration 0053-ended-sessions on $name', (engine) => {
  let database: SqlDatabase;
  let agentId = '';
  let token = '';
  const now = Date.parse('2026-12-07T09:00:00Z');

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0053);
    // A version-0052 database: an agent signed in once.
    const [agent] = await database.query<{ id: string }>(
      `insert into agents (email, email_key, name, role) values ('minji@example.com', 'minji@example.com', 'Minji', 'agent')
       returning id`,
    );
    agentId = agent?.id ?? '';
    token = (await issueSessionToken(database, agentId, 'login', now)).token;
    expect(await migrate(database, upTo0053)).toEqual(['0053']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps open sessions, and records why sessions end from then on', async () => {
    const open = await database.query<{ count: number | string }>('select count(*) as count from api_tokens');
    expect(Number(open[0]?.count)).toBe(1);
    expect(await revokeAgentSessions(database, agentId, 'disabled', now + 1000)).toBe(1);
    expect(await endedSessionReason(database, token)).toBe('disabled');
    // Only known reasons are stored.
    await expect(
      database.query(
        `insert into ended_sessions (token_hash, reason, ended_at) values ('x', 'bored', now())`,
      ),
    ).rejects.toThrow();
  });

  it('forgets reasons after 30 days, when later sessions end', async () => {
    const later = await issueSessionToken(database, agentId, 'login', now);
    await revokeAgentSessions(database, agentId, 'signed_out', now + 31 * 24 * 3600 * 1000);
    expect(await endedSessionReason(database, token)).toBeNull();
    expect(await endedSessionReason(database, later.token)).toBe('signed_out');
  });
});
