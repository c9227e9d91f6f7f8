import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountService } from '../../../server/accounts/account-service';
import { hashPassword, hashToken } from '../../../server/storage/credentials';
import type { SqlDatabase } from '../../../server/storage/database';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';

const before0015 = readMigrations().filter((migration) => migration.version < '0015');
const upTo0016 = readMigrations().filter((migration) => migration.version <= '0016');

describe.each(testEngines())('migrations 0015-sessions and 0016-mfa on $name', (engine) => {
  let database: SqlDatabase;
  let agentId: string;
  let localId: string;
  const upgradedAt = Date.now();

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0015);
    // A version-0014 database: an agent with a password, a login token issued long ago, the desktop's token.
    const [agent] = await database.query<{ id: string }>(
      `insert into agents (email, email_key, name, role, password_hash)
       values ('minji@example.com', 'minji@example.com', 'Minji', 'agent', $1) returning id`,
      [await hashPassword('demo-password')],
    );
    const [local] = await database.query<{ id: string }>(
      `insert into agents (email, email_key, name, role) values ('local@localhost', 'local@localhost', 'Local', 'lead')
       returning id`,
    );
    agentId = agent?.id ?? '';
    localId = local?.id ?? '';
    await database.query(
      `insert into api_tokens (token_hash, agent_id, label, created_at) values
       ($1, $2, 'login', now() - interval '40 days'), ($3, $4, 'desktop', now() - interval '40 days')`,
      [hashToken('old-login-token'), agentId, hashToken('old-desktop-token'), localId],
    );
    expect(await migrate(database, upTo0016)).toEqual(['0015', '0016']);
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps tokens issued before: their session starts at the upgrade', async () => {
    const accounts = createAccountService({ database, now: () => upgradedAt + 30 * 60_000 });
    const session = await accounts.findSession('old-login-token');
    expect(session?.agent).toMatchObject({ id: agentId, name: 'Minji' });
    expect(session?.expiresAt?.getTime()).toBeGreaterThan(upgradedAt + 11 * 3600_000);
    // Unused for more than the idle hour after the upgrade, it ends like any other.
    const later = createAccountService({ database, now: () => Date.now() + 2 * 3600_000 });
    expect(await later.findSession('old-login-token')).toBeNull();
  });

  it('never ends the desktop shell’s local token by time', async () => {
    const muchLater = createAccountService({ database, now: () => Date.now() + 90 * 24 * 3600_000 });
    expect((await muchLater.findSession('old-desktop-token'))?.agent.id).toBe(localId);
    const store = createTicketStore(database, { now: () => Date.now() + 90 * 24 * 3600_000 });
    expect((await store.findAgentByToken('old-desktop-token'))?.id).toBe(localId);
  });

  it('signs in existing agents with their old password (no strength rule at login), without MFA', async () => {
    const accounts = createAccountService({ database });
    const outcome = await accounts.login('Minji@Example.com', 'demo-password');
    expect(outcome).toMatchObject({ agent: { id: agentId }, token: expect.any(String) as unknown });
    const accountList = await accounts.listAccounts();
    expect(accountList.find((account) => account.id === agentId)).toMatchObject({
      disabled: false,
      mfa_enabled: false,
    });
  });
});
