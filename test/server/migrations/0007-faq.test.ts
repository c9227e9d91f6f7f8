import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../server/storage/database';
import { insertFaqReply, listFaqReplies, recordFaqUsage } from '../../../server/storage/faq-replies';
import { migrate, readMigrations } from '../../../server/storage/migrate';
import { testEngines } from '../helpers/engines';

const before0007 = readMigrations().filter((migration) => migration.version < '0007');

describe.each(testEngines())('migration 0007-faq on $name', (engine) => {
  let database: SqlDatabase;

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database, before0007);
    await database.query(
      "insert into categories (key, name) values ('vip', 'VIP') on conflict (key) do nothing",
    );
    expect(await migrate(database)).toContain('0007');
  });

  afterAll(async () => {
    await database.close();
  });

  it('keeps existing data and starts an empty library that stores replies and counts usage', async () => {
    const categories = await database.query<{ key: string }>("select key from categories where key = 'vip'");
    expect(categories).toHaveLength(1);
    expect(await listFaqReplies(database)).toEqual([]);
    const reply = await insertFaqReply(database, {
      folder: 'A::B',
      keywords: [],
      categories: [],
      variants: [{ language: 'en', title: 'T', body: '\ufeffBody' }],
      prompts: [],
      actions: {},
      retired: false,
    });
    await recordFaqUsage(database, reply.id, 'vip');
    const [stored] = await listFaqReplies(database);
    expect(stored).toMatchObject({ usage_count: 1, usage_by_category: { vip: 1 }, version: 1 });
    expect(stored?.variants[0]?.body).toBe('\ufeffBody');
  });
});
