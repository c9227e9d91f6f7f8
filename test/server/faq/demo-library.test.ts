import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faqReplyInputSchema, type FaqReply } from '../../../shared/domain/faq-schemas';
import { defaultCategories } from '../../../shared/domain/vocabulary';
import { demoFaqLibrary } from '../../../server/demo/faq-library';
import { faqContentProblem } from '../../../server/faq/validation';
import { loadDemoData } from '../../../server/startup/load-demo';
import type { SqlDatabase } from '../../../server/storage/database';
import { listFaqReplies } from '../../../server/storage/faq-replies';
import { migrate } from '../../../server/storage/migrate';
import { createTicketStore } from '../../../server/storage/ticket-store';
import { testEngines } from '../helpers/engines';

describe('the demo FAQ library', () => {
  const library = demoFaqLibrary().map((input) => faqReplyInputSchema.parse(input));

  it('holds valid replies in Korean, English and Chinese, each title distinct', () => {
    expect(library.length).toBeGreaterThanOrEqual(55);
    for (const reply of library) {
      expect(faqContentProblem(reply, new Set(defaultCategories))).toBeNull();
      expect(reply.variants.map((variant) => variant.language)).toEqual(['ko', 'en', 'zh']);
    }
    const titles = library.map((reply) => reply.variants[1]?.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('includes the standard security warning and a maintenance announcement with its end-time prompt', () => {
    const english = (reply: (typeof library)[number]): string =>
      `${reply.variants[1]?.title ?? ''} ${reply.variants[1]?.body ?? ''}`;
    expect(library.some((reply) => /never ask for your password, seed phrase/.test(english(reply)))).toBe(
      true,
    );
    const maintenance = library.find((reply) => reply.folder === 'Announcements::Maintenance');
    expect(maintenance?.prompts.map((prompt) => prompt.key)).toEqual(['maintenance_end']);
  });
});

describe.each(testEngines())('demo FAQ load on $name', (engine) => {
  let database: SqlDatabase;
  let replies: FaqReply[];

  beforeAll(async () => {
    database = await engine.openDatabase();
    await migrate(database);
    await loadDemoData(createTicketStore(database), { now: new Date('2026-11-01T00:00:00Z'), count: 5 });
    replies = await listFaqReplies(database);
  });

  afterAll(async () => {
    await database.close();
  });

  it('stores the whole library with the demo data, bodies exactly as written', () => {
    const expected = demoFaqLibrary();
    expect(replies).toHaveLength(expected.length);
    const stored = replies.find((reply) => reply.folder === 'Security::Standard warning');
    const written = expected.find((reply) => reply.folder === 'Security::Standard warning');
    expect(stored?.variants).toEqual(written?.variants);
  });
});
