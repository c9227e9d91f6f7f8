import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  faqImportResultSchema,
  faqLibrarySchema,
  faqReplySchema,
  type FaqReply,
  type FaqReplyInput,
} from '../../../shared/domain/faq-schemas';
import { apiErrorSchema, changeListSchema, loginResponseSchema } from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { parseCsv } from '../../../server/faq/csv';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

function replyInput(overrides: Partial<FaqReplyInput> = {}): FaqReplyInput {
  return {
    folder: 'Withdrawals::Pending',
    keywords: ['withdrawal', '출금'],
    categories: ['deposit_withdrawal'],
    variants: [
      {
        language: 'ko',
        title: '출금 지연 안내',
        body: '{{customer.name|고객}}님, TXID {{prompt.tx_hash}} 확인 중입니다.',
      },
      {
        language: 'en',
        title: 'Withdrawal pending',
        body: 'Hello {{customer.name}}, checking TXID {{prompt.tx_hash}}.',
      },
    ],
    prompts: [{ key: 'tx_hash', label: { ko: '트랜잭션 해시', en: 'Transaction hash' } }],
    actions: { status: 'awaiting_customer', add_tags: ['withdrawal'] },
    ...overrides,
  };
}

describe.each(testEngines())('FAQ replies on $name', (engine) => {
  let service: TestService;
  let agentToken: string;
  let leadToken: string;

  async function login(email: string, role: 'agent' | 'lead'): Promise<string> {
    await service.request('POST', '/api/agents', {
      body: { email, name: email, role, password: 'faq-lantern-orbit-47' },
    });
    const response = await service.request('POST', '/api/login', {
      token: null,
      body: { email, password: 'faq-lantern-orbit-47' },
    });
    return loginResponseSchema.parse(response.body).token;
  }

  async function library(): Promise<FaqReply[]> {
    const response = await service.request('GET', '/api/faq', { token: agentToken });
    expect(response.status).toBe(200);
    return faqLibrarySchema.parse(response.body).replies;
  }

  async function create(input: FaqReplyInput): Promise<FaqReply> {
    const response = await service.request('POST', '/api/faq', { token: leadToken, body: input });
    expect(response.status).toBe(201);
    return faqReplySchema.parse(response.body);
  }

  async function latestSeq(): Promise<number> {
    const response = await service.request('GET', '/api/changes?since=0&limit=1000', { token: agentToken });
    return changeListSchema.parse(response.body).next;
  }

  beforeAll(async () => {
    service = await startTestService(engine);
    agentToken = await login('faq-agent@example.com', 'agent');
    leadToken = await login('faq-lead@example.com', 'lead');
  });

  afterAll(async () => {
    await service.stop();
  });

  it('lets a lead create a reply that every agent then reads, and tells consoles to refetch', async () => {
    const before = await latestSeq();
    const created = await create(replyInput());
    expect(created).toMatchObject({
      folder: 'Withdrawals::Pending',
      version: 1,
      usage_count: 0,
      retired: false,
    });
    expect(created.variants[0]?.body).toBe(
      '{{customer.name|고객}}님, TXID {{prompt.tx_hash}} 확인 중입니다.',
    );
    expect((await library()).map((reply) => reply.id)).toContain(created.id);
    const changes = changeListSchema.parse(
      (await service.request('GET', `/api/changes?since=${before}`, { token: agentToken })).body,
    ).changes;
    expect(changes).toEqual([expect.objectContaining({ type: 'faq.updated', ticket_id: null })]);
  });

  it('refuses agents writing, and anyone without a token reading', async () => {
    const byAgent = await service.request('POST', '/api/faq', { token: agentToken, body: replyInput() });
    expect(byAgent.status).toBe(403);
    expect((await service.request('GET', '/api/faq', { token: null })).status).toBe(401);
    expect((await service.request('GET', '/api/faq/export', { token: agentToken })).status).toBe(403);
  });

  it('answers a clear 400 for bad replies and stores nothing', async () => {
    const count = (await library()).length;
    const cases: [FaqReplyInput, string, string][] = [
      [replyInput({ variants: [] }), 'too_short', 'variants'],
      [replyInput({ categories: ['no_such_category'] }), 'unknown_category', 'categories.0'],
      [replyInput({ prompts: [] }), 'unknown_prompt', 'variants.0.body'],
      [
        replyInput({
          variants: [
            { language: 'en', title: 'One', body: 'x' },
            { language: 'EN', title: 'Two', body: 'y' },
          ],
        }),
        'duplicate_language',
        'variants.1.language',
      ],
      [replyInput({ folder: 'Bad\u0000folder' }), 'unstorable_text', 'folder'],
      [
        replyInput({
          variants: [
            { language: 'ko', title: '안내', body: '{{customer.name}}님, 안녕하세요.' },
            { language: 'en', title: 'Notice', body: 'Dear {{custmer.name}}, thank you.' },
          ],
        }),
        'unknown_placeholder',
        'variants.1.body',
      ],
    ];
    for (const [input, code, field] of cases) {
      const response = await service.request('POST', '/api/faq', { token: leadToken, body: input });
      expect(response.status).toBe(400);
      expect(apiErrorSchema.parse(response.body).error).toMatchObject({ code, field });
    }
    expect((await library()).length).toBe(count);
  });

  it('refuses a mistyped placeholder and offers the one meant and the known ones', async () => {
    const response = await service.request('POST', '/api/faq', {
      token: leadToken,
      body: replyInput({ variants: [{ language: 'en', title: 'Hi', body: 'Dear {{custmer.name}},' }] }),
    });
    expect(response.status).toBe(400);
    const { message } = apiErrorSchema.parse(response.body).error;
    expect(message).toContain('{{custmer.name}} is not a placeholder; did you mean {{customer.name}}?');
    expect(message).toContain('{{ticket.number}}');
  });

  it('replaces a reply, checking If-Match against its version', async () => {
    const created = await create(replyInput({ folder: 'Versions' }));
    const edited = replyInput({ folder: 'Versions', keywords: ['edited'] });
    const updated = await service.request('PUT', `/api/faq/${created.id}`, {
      token: leadToken,
      body: edited,
      headers: { 'if-match': '"1"' },
    });
    expect(updated.status).toBe(200);
    expect(faqReplySchema.parse(updated.body)).toMatchObject({ keywords: ['edited'], version: 2 });
    const stale = await service.request('PUT', `/api/faq/${created.id}`, {
      token: leadToken,
      body: replyInput({ folder: 'Versions', keywords: ['lost update'] }),
      headers: { 'if-match': '1' },
    });
    expect(stale.status).toBe(409);
    expect(apiErrorSchema.parse(stale.body).error.code).toBe('version_conflict');
    const missing = await service.request('PUT', '/api/faq/00000000-0000-4000-8000-000000000000', {
      token: leadToken,
      body: edited,
    });
    expect(missing.status).toBe(404);
  });

  it('retires on DELETE: the reply stays listed as retired and can come back', async () => {
    const created = await create(replyInput({ folder: 'Retire me' }));
    const retired = await service.request('DELETE', `/api/faq/${created.id}`, { token: leadToken });
    expect(retired.status).toBe(200);
    expect(faqReplySchema.parse(retired.body).retired).toBe(true);
    expect((await library()).find((reply) => reply.id === created.id)?.retired).toBe(true);
    const back = await service.request('PUT', `/api/faq/${created.id}`, {
      token: leadToken,
      body: replyInput({ folder: 'Retire me', retired: false }),
    });
    expect(faqReplySchema.parse(back.body).retired).toBe(false);
  });

  it('counts insertions per ticket category without bumping the version', async () => {
    const created = await create(replyInput({ folder: 'Usage' }));
    const { id: ticketId } = intakeReceiptSchema.parse(
      (
        await service.request('POST', '/api/tickets', {
          body: intakeRequest({ category: 'deposit_withdrawal' }),
        })
      ).body,
    );
    for (let count = 0; count < 2; count += 1) {
      const response = await service.request('POST', `/api/faq/${created.id}/usage`, {
        token: agentToken,
        body: { ticket_id: ticketId },
      });
      expect(response.status).toBe(200);
    }
    const stored = (await library()).find((reply) => reply.id === created.id);
    expect(stored).toMatchObject({
      usage_count: 2,
      usage_by_category: { deposit_withdrawal: 2 },
      version: 1,
    });
    const unknown = await service.request('POST', `/api/faq/${created.id}/usage`, {
      token: agentToken,
      body: { ticket_id: '00000000-0000-4000-8000-000000000000' },
    });
    expect(apiErrorSchema.parse(unknown.body).error).toMatchObject({
      code: 'unknown_ticket',
      field: 'ticket_id',
    });
  });

  it('exports CSV one row per reply and language with RFC 4180 quoting, and re-imports it idempotently', async () => {
    const tricky = await create(
      replyInput({
        folder: 'CSV::Quotes',
        variants: [
          { language: 'en', title: 'Say "hi", twice', body: 'Line one,\r\nline "two"\n{{prompt.tx_hash}}' },
          { language: 'zh', title: '引号测试', body: '您好，{{prompt.tx_hash}}' },
        ],
      }),
    );
    const exported = await service.request('GET', '/api/faq/export?format=csv', { token: leadToken });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(exported.text).toContain('"Say ""hi"", twice"');
    const [header, ...rows] = parseCsv(exported.text);
    expect(header).toEqual([
      'id',
      'folder',
      'keywords',
      'categories',
      'language',
      'title',
      'body',
      'prompts',
      'actions',
      'retired',
    ]);
    const trickyRows = rows.filter((row) => row[0] === tricky.id);
    expect(trickyRows.map((row) => row[4])).toEqual(['en', 'zh']);
    expect(trickyRows[0]?.[6]).toBe('Line one,\r\nline "two"\n{{prompt.tx_hash}}');
    expect(trickyRows[0]?.[2]).toBe('withdrawal;출금');

    const again = await service.request('POST', '/api/faq/import', {
      token: leadToken,
      raw: exported.text,
      contentType: 'text/csv',
    });
    expect(faqImportResultSchema.parse(again.body)).toEqual({ imported: 0, updated: 0, errors: [] });
    expect((await library()).find((reply) => reply.id === tricky.id)?.version).toBe(tricky.version);
  });

  it('imports JSON: new replies land, matching ones update, bad rows are reported by index', async () => {
    const count = (await library()).length;
    const items = [
      replyInput({
        folder: 'Imported::One',
        variants: [{ language: 'en', title: 'Imported one', body: 'A' }],
        prompts: [],
      }),
      { ...replyInput(), categories: ['nope'] },
      replyInput({
        folder: 'Imported::Two',
        variants: [{ language: 'ko', title: '두 번째', body: '나' }],
        prompts: [],
      }),
      'not a reply',
    ];
    const first = await service.request('POST', '/api/faq/import', { token: leadToken, body: items });
    expect(first.status).toBe(200);
    const result = faqImportResultSchema.parse(first.body);
    expect(result).toMatchObject({ imported: 2, updated: 0 });
    expect(result.errors.map((error) => error.index)).toEqual([1, 3]);
    expect(result.errors[0]?.message).toContain('nope');
    expect((await library()).length).toBe(count + 2);

    const changed = [
      replyInput({
        folder: 'Imported::One',
        keywords: ['changed'],
        variants: [{ language: 'en', title: 'Imported one', body: 'A' }],
        prompts: [],
      }),
    ];
    const second = faqImportResultSchema.parse(
      (await service.request('POST', '/api/faq/import', { token: leadToken, body: changed })).body,
    );
    expect(second).toEqual({ imported: 0, updated: 1, errors: [] });
    expect((await library()).length).toBe(count + 2);
  });

  it('round-trips the JSON export and refuses a body that is not an array', async () => {
    const exported = await service.request('GET', '/api/faq/export?format=json', { token: leadToken });
    const items = z.array(z.object({ id: z.string() }).loose()).parse(exported.body);
    expect(items.length).toBe((await library()).length);
    const again = await service.request('POST', '/api/faq/import', { token: leadToken, body: items });
    expect(faqImportResultSchema.parse(again.body)).toEqual({ imported: 0, updated: 0, errors: [] });
    const notArray = await service.request('POST', '/api/faq/import', {
      token: leadToken,
      body: { replies: [] },
    });
    expect(notArray.status).toBe(400);
    expect(apiErrorSchema.parse(notArray.body).error.code).toBe('invalid_import');
    const badFormat = await service.request('GET', '/api/faq/export?format=xml', { token: leadToken });
    expect(badFormat.status).toBe(400);
  });
});
