import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  intakeResponseSchema,
  limits,
  ticketDetailSchema,
  ticketListSchema,
} from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe.each(testEngines())('POST /api/tickets on $name', (engine) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(engine);
  });

  afterAll(async () => {
    await service.stop();
  });

  async function totalTickets(): Promise<number> {
    return ticketListSchema.parse((await service.request('GET', '/api/tickets?limit=1')).body).total;
  }

  async function expectRefused(
    request: Parameters<TestService['request']>[2],
    status: number,
    error: { code?: string; field?: string },
  ): Promise<void> {
    const before = await totalTickets();
    const response = await service.request('POST', '/api/tickets', { token: null, ...request });
    expect(response.status).toBe(status);
    expect(apiErrorSchema.parse(response.body).error).toMatchObject(error);
    expect(await totalTickets()).toBe(before);
  }

  it('files a ticket without a token and reads it back exactly', async () => {
    const body = '어제 XRP 출금했는데 아직 안 왔어요.\r\n  TXID 3AC4911BC0F6D0B807BF2177CED8F1AB  \n\n';
    const response = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest({
        requester: { email: 'kim@example.com', name: '김민수', locale: 'ko-KR' },
        subject: '출금 지연',
        body,
        category: 'deposit_withdrawal',
        occurred_at: '2025-03-05T05:22:00+09:00',
        device: 'iPhone 14, iOS 17.2, app 1.45.2',
      }),
    });
    expect(response.status).toBe(201);
    const created = intakeResponseSchema.parse(response.body);
    const ticket = ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${created.id}`)).body,
    );
    expect(ticket).toMatchObject({
      id: created.id,
      number: created.number,
      body,
      subject: '출금 지연',
      category: 'deposit_withdrawal',
      language: 'ko',
      status: 'new',
      requester: { email: 'kim@example.com', name: '김민수', locale: 'ko-KR' },
      occurred_at: '2025-03-04T20:22:00.000Z',
      device: 'iPhone 14, iOS 17.2, app 1.45.2',
      suggested_category: null,
      possible_duplicates: [],
      related: [],
      redactions: [],
      source: 'web',
    });
    expect(ticket.checklist.analyzed).toBe(true);
    expect(ticket.checklist.items.find((item) => item.key === 'device')?.present).toBe(true);
    expect(ticket.checklist.items.map((item) => item.key)).toEqual([
      'steps',
      'error_message',
      'attempted_solutions',
      'transaction_id',
      'asset',
      'network',
      'amount',
      'address',
      'memo',
      'order_id',
      'account_id',
      'occurred_at',
      'device',
      'attachment',
      'contact',
    ]);
  });

  it('keeps no category for an unknown one and guesses the language from the text, else the locale', async () => {
    const unknown = intakeResponseSchema.parse(
      (await service.request('POST', '/api/tickets', { body: intakeRequest({ category: 'lost coins' }) }))
        .body,
    );
    expect(
      ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${unknown.id}`)).body),
    ).toMatchObject({
      category: null,
      language: 'en',
    });
    const digitsOnly = intakeResponseSchema.parse(
      (
        await service.request('POST', '/api/tickets', {
          body: intakeRequest({
            requester: { email: 'z@example.com', locale: 'zh-CN' },
            subject: '123',
            body: '456 !!',
          }),
        })
      ).body,
    );
    expect(
      ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${digitsOnly.id}`)).body).language,
    ).toBe('zh');
  });

  it('refuses invalid JSON, wrong types, bad e-mail and missing fields with 400 and the field', async () => {
    await expectRefused({ raw: '{nope' }, 400, { code: 'invalid_json' });
    await expectRefused({ raw: '' }, 400, { code: 'invalid_json' });
    await expectRefused({ body: intakeRequest({ subject: 1, body: ['y'] }) }, 400, {
      code: 'invalid_type',
      field: 'subject',
    });
    await expectRefused({ body: intakeRequest({ requester: { email: 'nope' } }) }, 400, {
      code: 'invalid_format',
      field: 'requester.email',
    });
    await expectRefused({ body: { requester: { email: 'a@example.com' }, subject: 'x' } }, 400, {
      code: 'missing_field',
      field: 'body',
    });
    await expectRefused({ body: { subject: 'x', body: 'y' } }, 400, {
      code: 'missing_field',
      field: 'requester',
    });
    await expectRefused({ body: intakeRequest({ subject: '' }) }, 400, {
      code: 'too_short',
      field: 'subject',
    });
    await expectRefused({ body: intakeRequest({ occurred_at: 'yesterday' }) }, 400, { field: 'occurred_at' });
    await expectRefused({ body: intakeRequest({ occurred_at: '0000-01-01T00:00:00Z' }) }, 400, {
      field: 'occurred_at',
    });
    await expectRefused({ raw: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }, 400, {});
    await expectRefused({ raw: '{"__proto__": {"admin": true}, "subject": "x"}' }, 400, {});
    await expectRefused({ body: [intakeRequest()] }, 400, { code: 'invalid_type' });
    await expectRefused({ raw: 'null' }, 400, { code: 'invalid_type' });
    await expectRefused({ body: intakeRequest({ body: 'nul \u0000 here' }) }, 400, {
      code: 'unstorable_text',
      field: 'body',
    });
    await expectRefused({ body: intakeRequest({ subject: 'half \ud83d' }) }, 400, {
      code: 'unstorable_text',
      field: 'subject',
    });
    await expectRefused({ raw: 'subject=x', contentType: 'application/x-www-form-urlencoded' }, 415, {
      code: 'unsupported_media_type',
    });
  });

  it('reads a large body (parsed off the service thread) exactly as a small one, refusals included', async () => {
    // Past 64 KiB a body is parsed on the analysis worker (server/http/json-body.ts): same text, same errors.
    const body = `${'Withdrawal log: 전송 실패 😀 "quoted" \\ tab\t.\n'.repeat(12_000)}end`;
    const request = intakeRequest({ subject: 'Long log', body });
    expect(Buffer.byteLength(JSON.stringify(request))).toBeGreaterThan(64 * 1024);
    const response = await service.request('POST', '/api/tickets', { token: null, body: request });
    expect(response.status).toBe(201);
    const created = intakeResponseSchema.parse(response.body);
    const ticket = ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${created.id}`)).body,
    );
    expect(ticket.body).toBe(body);
    const large = JSON.stringify(request);
    await expectRefused({ raw: `${large.slice(0, -1)},` }, 400, { code: 'invalid_json' });
    await expectRefused({ raw: large.replace('{', '{"__proto__":{"admin":true},') }, 400, {
      code: 'invalid_json',
    });
    await expectRefused({ raw: large.replace('{', '{"constructor":{"prototype":{"admin":true}},') }, 400, {
      code: 'invalid_json',
    });
    await expectRefused({ raw: large.replace('"Long log"', '"Long\\u0000log"') }, 400, {
      code: 'unstorable_text',
      field: 'subject',
    });
  });

  it('refuses a body over the intake limit with 413 and stores nothing', async () => {
    const oversize = JSON.stringify(intakeRequest({ body: 'y'.repeat(limits.intakeRequestBytes + 1024) }));
    await expectRefused({ raw: oversize }, 413, { code: 'payload_too_large' });
    await expectRefused({ body: intakeRequest({ body: 'y'.repeat(limits.bodyLength + 1) }) }, 400, {
      code: 'too_long',
      field: 'body',
    });
  });

  it('stores checked attachments and refuses unknown types, mismatched bytes and oversize files', async () => {
    const response = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest({
        attachments: [
          { name: 'shot.png', type: 'image/png', data: pngBytes.toString('base64') },
          { name: 'log.txt', type: 'text/plain', data: Buffer.from('error 502 at 10:02').toString('base64') },
        ],
      }),
    });
    expect(response.status).toBe(201);
    const ticket = ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${intakeResponseSchema.parse(response.body).id}`)).body,
    );
    expect(ticket.attachments.map(({ name, type, size }) => ({ name, type, size }))).toEqual([
      { name: 'shot.png', type: 'image/png', size: pngBytes.length },
      { name: 'log.txt', type: 'text/plain', size: 18 },
    ]);
    const attachment = (data: Buffer, type: string, name = 'file') => ({
      body: intakeRequest({ attachments: [{ name, type, data: data.toString('base64') }] }),
    });
    await expectRefused(attachment(pngBytes, 'application/x-msdownload'), 400, {
      code: 'unsupported_attachment_type',
      field: 'attachments.0.type',
    });
    await expectRefused(attachment(Buffer.from('<svg onload=alert(1)>'), 'image/png'), 400, {
      code: 'attachment_type_mismatch',
      field: 'attachments.0.data',
    });
    await expectRefused(attachment(Buffer.from('MZ\u0000\u0001'), 'text/plain'), 400, {
      code: 'attachment_type_mismatch',
    });
    await expectRefused(
      {
        body: intakeRequest({
          attachments: [{ name: 'x.pdf', type: 'application/pdf', data: 'not base64!' }],
        }),
      },
      400,
      { code: 'invalid_format', field: 'attachments.0.data' },
    );
    const tooBig = Buffer.alloc(limits.attachmentBytes + 1, 0x41);
    await expectRefused(attachment(tooBig, 'text/plain'), 413, {
      code: 'attachment_too_large',
      field: 'attachments.0.data',
    });
  });
});

describe('intake rate limit', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(null, { intakeRateLimit: { max: 3, windowMs: 60_000 } });
  });

  afterAll(async () => {
    await service.stop();
  });

  it('answers 429 past the budget per address, except with the admin token', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      statuses.push(
        (await service.request('POST', '/api/tickets', { token: null, body: intakeRequest() })).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const limited = await service.request('POST', '/api/tickets', { token: null, body: intakeRequest() });
    expect(apiErrorSchema.parse(limited.body).error.code).toBe('rate_limited');
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect((await service.request('POST', '/api/tickets', { body: intakeRequest() })).status).toBe(201);
    expect(ticketListSchema.parse((await service.request('GET', '/api/tickets')).body).total).toBe(4);
  });
});
