import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeResultSchema } from '../../../shared/domain/merge-schemas';
import {
  apiErrorSchema,
  loginResponseSchema,
  ticketDetailSchema,
  ticketListSchema,
} from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const secret = 'exchange-site-signing-secret-for-tests-0123456789';
const password = 'Harbor-Quartz-7149-lantern';

async function assertion(
  claims: Record<string, unknown>,
  options: { key?: string; expiresIn?: string | number; alg?: string } = {},
): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? 'HS256' }).setIssuedAt();
  if (options.expiresIn !== undefined) {
    jwt.setExpirationTime(options.expiresIn);
  }
  return jwt.sign(new TextEncoder().encode(options.key ?? secret));
}

describe.each(testEngines())('verified requesters on $name', (engine) => {
  let service: TestService;
  let agentToken: string;
  let leadToken: string;

  async function login(email: string, role: 'agent' | 'lead'): Promise<string> {
    await service.request('POST', '/api/agents', { body: { email, name: role, role, password } });
    const response = await service.request('POST', '/api/login', { token: null, body: { email, password } });
    return loginResponseSchema.parse(response.body).token;
  }

  async function file(email: string, headers: Record<string, string> = {}) {
    return service.request('POST', '/api/tickets', {
      token: null,
      headers,
      body: intakeRequest({ requester: { email, name: 'Jun Park' } }),
    });
  }

  async function detail(id: string) {
    return ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
  }

  beforeAll(async () => {
    service = await startTestService(engine, { customerAssertionSecret: secret });
    agentToken = await login('plain@example.com', 'agent');
    leadToken = await login('boss@example.com', 'lead');
    // A service, two accounts (scrypt, zxcvbn) and a few intakes take a while on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await service.stop();
  });

  it('verifies a requester whose intake carries a valid assertion, and no other', async () => {
    const jwt = await assertion({ sub: 'acct-7781', email: 'Jun.Park@example.com' }, { expiresIn: '5m' });
    const verified = await file('jun.park@example.com', { 'x-customer-assertion': jwt });
    expect(verified.status).toBe(201);
    const ticket = await detail(intakeReceiptSchema.parse(verified.body).id);
    expect(ticket.requester).toMatchObject({ verified: true, account_id: 'acct-7781' });
    const plain = await file('jun.park@example.com');
    expect((await detail(intakeReceiptSchema.parse(plain.body).id)).requester).toMatchObject({
      verified: false,
      account_id: null,
    });
    const list = ticketListSchema.parse((await service.request('GET', '/api/tickets')).body);
    expect(list.tickets.map((entry) => entry.requester.verified).sort()).toEqual([false, true]);
  });

  it('leaves a forged, expired, incomplete or mismatched assertion unverified, and stores the ticket', async () => {
    const cases = [
      await assertion(
        { sub: 'a', email: 'x@example.com' },
        { expiresIn: '5m', key: 'wrong-key-wrong-key-wrong-key-00' },
      ),
      await assertion(
        { sub: 'a', email: 'x@example.com' },
        { expiresIn: Math.floor(Date.now() / 1000) - 60 },
      ),
      await assertion({ sub: 'a', email: 'x@example.com' }),
      await assertion({ email: 'x@example.com' }, { expiresIn: '5m' }),
      await assertion({ sub: 'a', email: 'x@example.com' }, { expiresIn: '5m', alg: 'HS512' }),
      'not.a.jwt',
      await assertion({ sub: 'a', email: 'someone-else@example.com' }, { expiresIn: '5m' }),
    ];
    for (const jwt of cases) {
      const response = await file('x@example.com', { 'x-customer-assertion': jwt });
      expect(response.status, jwt).toBe(201);
      const ticket = await detail(intakeReceiptSchema.parse(response.body).id);
      expect(ticket.requester, jwt).toMatchObject({ verified: false, account_id: null });
    }
  });

  it("lets only a lead merge an unverified ticket into a verified customer's ticket, and undo it", async () => {
    const jwt = await assertion({ sub: 'acct-1', email: 'victim@example.com' }, { expiresIn: '5m' });
    const target = intakeReceiptSchema.parse(
      (await file('victim@example.com', { 'x-customer-assertion': jwt })).body,
    );
    const claim = intakeReceiptSchema.parse((await file('victim@example.com')).body);
    const refused = await service.request('POST', `/api/tickets/${target.id}/merge`, {
      token: agentToken,
      body: { source_ids: [claim.id] },
    });
    expect(refused.status).toBe(403);
    expect(apiErrorSchema.parse(refused.body).error.code).toBe('unverified_merge_needs_lead');
    expect((await detail(claim.id)).merged_into_ticket_id ?? null).toBeNull();
    const merged = await service.request('POST', `/api/tickets/${target.id}/merge`, {
      token: leadToken,
      body: { source_ids: [claim.id] },
    });
    expect(merged.status).toBe(201);
    const { merge } = mergeResultSchema.parse(merged.body);
    // Undo needs the role the merge needed.
    const undoByAgent = await service.request('POST', `/api/merges/${merge.id}/undo`, { token: agentToken });
    expect(undoByAgent.status).toBe(403);
    expect(apiErrorSchema.parse(undoByAgent.body).error.code).toBe('undo_needs_lead');
    expect((await detail(claim.id)).merged_into_ticket_id).toBe(target.id);
    expect((await service.request('POST', `/api/merges/${merge.id}/undo`, { token: leadToken })).status).toBe(
      200,
    );
  });

  it('lets a plain agent merge and undo two unverified tickets of one customer', async () => {
    const first = intakeReceiptSchema.parse((await file('same@example.com')).body);
    const second = intakeReceiptSchema.parse((await file('same@example.com')).body);
    const merged = await service.request('POST', `/api/tickets/${first.id}/merge`, {
      token: agentToken,
      body: { source_ids: [second.id] },
    });
    expect(merged.status).toBe(201);
    const { merge } = mergeResultSchema.parse(merged.body);
    expect(
      (await service.request('POST', `/api/merges/${merge.id}/undo`, { token: agentToken })).status,
    ).toBe(200);
  });
});
