import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { ticketDetailSchema, type TicketDetail } from '../../../shared/domain/schemas';
import { triageStatusSchema, type TriageStatus } from '../../../shared/triage/wire-schemas';
import { deskHistory as history, deskHistoryRecords as importRecords } from '../helpers/desk-history';
import { testEngines } from '../helpers/engines';
import { sendRequest, startTestService, type TestService } from '../helpers/service';

type Request = (
  method: string,
  path: string,
  options?: { body?: unknown },
) => ReturnType<TestService['request']>;

async function triageStatus(request: Request): Promise<TriageStatus> {
  return triageStatusSchema.parse((await request('GET', '/api/triage')).body);
}

/** Waits (up to 30 s) until a model is in force and no training is scheduled or running. */
async function waitForModel(request: Request): Promise<TriageStatus> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const status = await triageStatus(request);
    if (status.model !== null && !status.training) {
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('auto-triage did not train within 30 s');
}

async function fileTicket(request: Request, subject: string, category?: string): Promise<TicketDetail> {
  const receipt = intakeReceiptSchema.parse(
    (
      await request('POST', '/api/tickets', {
        body: { requester: { email: 'customer@example.com' }, subject, body: subject, category },
      })
    ).body,
  );
  return ticketDetailSchema.parse((await request('GET', `/api/tickets/${receipt.id}`)).body);
}

describe.each(testEngines())('auto-triage in the service on $name', (engine) => {
  let service: TestService;
  let request: Request;

  beforeAll(async () => {
    service = await startTestService(engine);
    request = (method, path, options) => service.request(method, path, options);
  });

  afterAll(async () => {
    await service.stop();
  });

  it('suggests nothing before it has history to learn from', async () => {
    expect(await triageStatus(request)).toEqual({ model: null, training: false, misfiled_threshold: 0.8 });
    const ticket = await fileTicket(request, 'My withdrawal has not arrived', 'withdrawal');
    expect(ticket.suggested_category).toBeNull();
    expect(ticket.possibly_misfiled).toBe(false);
  });

  it('learns from an import and triages new tickets with it', async () => {
    const imported = await request('POST', '/api/import', { body: importRecords('triage') });
    expect(imported.body).toMatchObject({ imported: history.length });
    const status = await waitForModel(request);
    expect(status.model).toMatchObject({
      example_count: history.length,
      categories: ['account_security', 'withdrawal'],
    });

    const korean = await fileTicket(request, '출금 신청한 지 세 시간이 지났는데 지갑에 안 들어왔어요');
    expect(korean.suggested_category?.category).toBe('withdrawal');
    expect(korean.suggested_category?.confidence).toBeGreaterThan(0.5);
    expect(korean.language).toBe('ko');
    const chinese = await fileTicket(request, '忘记密码无法登录怎么办');
    expect(chinese.suggested_category?.category).toBe('account_security');
  });

  it('marks a ticket possibly misfiled when the customer chose against a confident suggestion', async () => {
    const threshold = await request('PUT', '/api/triage/settings', { body: { misfiled_threshold: 0.55 } });
    expect(threshold.status).toBe(200);
    expect(triageStatusSchema.parse(threshold.body).misfiled_threshold).toBe(0.55);

    const misfiled = await fileTicket(request, 'I forgot my password and the login fails', 'withdrawal');
    expect(misfiled.suggested_category?.category).toBe('account_security');
    expect(misfiled.possibly_misfiled).toBe(true);
    const agreeing = await fileTicket(
      request,
      'I forgot my password and the login fails',
      'account_security',
    );
    expect(agreeing.possibly_misfiled).toBe(false);
    const uncategorized = await fileTicket(request, 'I forgot my password and the login fails');
    expect(uncategorized.possibly_misfiled).toBe(false);
  });

  it('refuses a threshold out of range with the field named, and keeps the old one', async () => {
    const refused = await request('PUT', '/api/triage/settings', { body: { misfiled_threshold: 0.2 } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { field: 'misfiled_threshold' } });
    expect((await triageStatus(request)).misfiled_threshold).toBe(0.55);
  });

  it('does not learn from the categories customers pick on open tickets', async () => {
    const before = (await waitForModel(request)).model?.example_count;
    const retrain = await request('POST', '/api/triage/retrain');
    expect(retrain.status).toBe(202);
    const after = await waitForModel(request);
    expect(after.model?.example_count).toBe(before);
  });

  it('answers its status to agents only', async () => {
    expect((await sendRequest(service.url, 'GET', '/api/triage', { token: null })).status).toBe(401);
  });
});

describe('auto-triage across a restart (PGlite in a folder)', () => {
  it('loads the stored model at start and suggests at once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'triage-restart-'));
    try {
      const first = await startTestService(null, { dataDir });
      const firstRequest: Request = (method, path, options) => first.request(method, path, options);
      await first.request('POST', '/api/import', { body: importRecords('restart') });
      const trained = await waitForModel(firstRequest);
      await first.stop();

      const second = await startTestService(null, { dataDir });
      try {
        const secondRequest: Request = (method, path, options) => second.request(method, path, options);
        expect((await triageStatus(secondRequest)).model).toEqual(trained.model);
        const ticket = await fileTicket(secondRequest, 'Withdrawal still pending, not in my wallet');
        expect(ticket.suggested_category?.category).toBe('withdrawal');
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
