import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, loginResponseSchema } from '../../../shared/domain/schemas';
import { faqLibrarySchema, faqReplySchema } from '../../../shared/domain/faq-schemas';
import { intakeReceiptSchema, type IntakeReceipt } from '../../../shared/domain/workflow-schemas';
import {
  helpArticleListSchema,
  helpTicketSchema,
  incidentSchema,
  intakePreviewSchema,
  type IntakePreview,
} from '../../../shared/incidents/incident-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const assertionSecret = 'help-center-test-secret-0123456789';
const pngBase64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');

async function assertion(email: string, secret = assertionSecret, expiresIn = '10m'): Promise<string> {
  return new SignJWT({ email })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`account-${email}`)
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

describe.each(testEngines())('the help center API on $name', (engine) => {
  let service: TestService;
  let leadToken: string;

  async function preview(body: unknown, headers: Record<string, string> = {}): Promise<IntakePreview> {
    const response = await service.request('POST', '/api/intake/preview', { token: null, body, headers });
    expect(response.status).toBe(200);
    return intakePreviewSchema.parse(response.body);
  }

  async function fileTicket(overrides: Record<string, unknown> = {}): Promise<IntakeReceipt> {
    const response = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest(overrides),
    });
    expect(response.status).toBe(201);
    return intakeReceiptSchema.parse(response.body);
  }

  beforeAll(async () => {
    service = await startTestService(engine, { customerAssertionSecret: assertionSecret });
    await service.request('POST', '/api/agents', {
      body: {
        email: 'lee@example.com',
        name: 'Lee Lead',
        role: 'lead',
        password: 'a long enough password 1',
      },
    });
    const login = await service.request('POST', '/api/login', {
      token: null,
      body: { email: 'lee@example.com', password: 'a long enough password 1' },
    });
    leadToken = loginResponseSchema.parse(login.body).token;
  });

  afterAll(async () => {
    await service.stop();
  });

  it("asks for what the category's checklist still needs, and stops once the text gives it", async () => {
    const form = {
      requester: { email: 'kim@example.com', locale: 'ko' },
      category: 'deposit_withdrawal',
      subject: '입금이 안 들어왔어요',
      body: '어제 오후 3시에 이더리움을 입금했는데 아직 안 들어왔어요.',
    };
    // A deposit not credited (issue 17): the coin is named; the network, amount, address and TxID are not.
    expect((await preview(form)).missing).toEqual(['transaction_id', 'network', 'amount', 'address']);
    const withHash = {
      ...form,
      body: `${form.body} TxID 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060`,
    };
    expect((await preview(withHash)).missing).toEqual(['network', 'amount', 'address']);
    const complete = {
      ...form,
      body: `${withHash.body} ERC20, 0.8 ETH, 주소 0x52908400098527886E0F7030069857D2E4169EE7`,
    };
    expect((await preview(complete)).missing).toEqual([]);
    // No category: nothing is required yet.
    expect((await preview({ subject: 'help', body: 'something' })).missing).toEqual([]);
  });

  it('refuses a malformed preview with a 400', async () => {
    const response = await service.request('POST', '/api/intake/preview', {
      token: null,
      body: { subject: 'x', unknown_field: 1 },
    });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body).error.field).toBe('unknown_field');
  });

  it('offers the live announcement the text is about, and counts "this answered my question"', async () => {
    const created = await service.request('POST', '/api/incidents', {
      token: leadToken,
      body: {
        title: { ko: '리플(XRP) 입금 지연', en: 'XRP deposits delayed', zh: 'XRP 充值延迟' },
        body: { en: 'XRP deposits are delayed.' },
        categories: ['deposit_withdrawal'],
      },
    });
    const incident = incidentSchema.parse(created.body);
    const about = await preview({
      category: 'deposit_withdrawal',
      subject: '리플 입금',
      body: 'XRP 입금이 안 돼요',
    });
    expect(about.announcements).toEqual([{ id: incident.id, title: incident.title }]);
    const other = await preview({ category: 'kyc', subject: 'KYC', body: 'my selfie was rejected' });
    expect(other.announcements).toEqual([]);
    const deflected = await service.request('POST', `/api/announcements/${incident.id}/deflections`, {
      token: null,
    });
    expect(deflected.status).toBe(204);
    const unknown = await service.request('POST', '/api/announcements/not-an-id/deflections', {
      token: null,
    });
    expect(unknown.status).toBe(404);
    const after = incidentSchema.parse(
      (await service.request('GET', `/api/incidents/${incident.id}`, { token: leadToken })).body,
    );
    expect(after.deflections).toBe(1);
    await service.request('PATCH', `/api/incidents/${incident.id}`, {
      token: leadToken,
      body: { status: 'resolved' },
    });
  });

  it("shows a verified customer's open ticket on the same problem, and nothing without a valid assertion", async () => {
    const email = 'verified@example.com';
    const filed = await fileTicket({
      requester: { email, locale: 'en' },
      category: 'deposit_withdrawal',
      subject: 'ETH withdrawal pending',
      body: 'My ETH withdrawal has been pending for five hours.',
    });
    const form = {
      requester: { email, locale: 'en' },
      category: 'deposit_withdrawal',
      subject: 'ETH withdrawal still pending',
      body: 'My ETH withdrawal is still pending after five hours.',
    };
    const verified = await preview(form, { 'x-customer-assertion': await assertion(email) });
    expect(verified.existing_ticket).toEqual({ number: filed.number });
    // The same e-mail typed into the form, without an assertion, reveals nothing.
    expect((await preview(form)).existing_ticket).toBeNull();
    const forged = await preview(form, {
      'x-customer-assertion': await assertion(email, 'another-secret-0123456789'),
    });
    expect(forged.existing_ticket).toBeNull();
    const expired = await preview(form, {
      'x-customer-assertion': await assertion(email, assertionSecret, '-1m'),
    });
    expect(expired.existing_ticket).toBeNull();
    // Another verified customer never sees it.
    const stranger = await preview(form, { 'x-customer-assertion': await assertion('other@example.com') });
    expect(stranger.existing_ticket).toBeNull();
  });

  it("adds a verified customer's text to their own open ticket instead of a new one, and to nobody else's", async () => {
    const email = 'adds@example.com';
    const filed = await fileTicket({
      requester: { email, locale: 'ko' },
      category: 'deposit_withdrawal',
      subject: 'USDT 출금 지연',
      body: 'USDT 출금이 3시간째 대기 중입니다.',
    });
    const add = (body: unknown, headers: Record<string, string>) =>
      service.request('POST', '/api/help/existing-ticket/messages', { token: null, body, headers });
    const text = { ticket_number: filed.number, body: '아직도 대기 중입니다. TxID는 아직 없습니다.' };
    const mine = { 'x-customer-assertion': await assertion(email) };

    // Without an assertion, with another customer's, or for a ticket that is not theirs: refused, nothing added.
    expect((await add(text, {})).status).toBe(401);
    const stranger = await add(text, { 'x-customer-assertion': await assertion('other@example.com') });
    expect(stranger.status).toBe(404);
    const otherTicket = await fileTicket({ requester: { email: 'third@example.com', locale: 'en' } });
    expect((await add({ ...text, ticket_number: otherTicket.number }, mine)).status).toBe(404);
    expect((await add({ ticket_number: filed.number }, mine)).status).toBe(400);

    const added = await add(text, mine);
    expect(added.status).toBe(201);
    const page = helpTicketSchema.parse(
      (await service.request('GET', '/api/help/ticket', { token: filed.access_token })).body,
    );
    expect(page.ticket.messages.map((message) => [message.kind, message.body])).toContainEqual([
      'customer',
      text.body,
    ]);
    // A solved ticket takes no more: the customer opens a new one.
    await service.request('PATCH', `/api/tickets/${filed.id}`, {
      token: leadToken,
      body: { status: 'solved' },
    });
    expect((await add(text, mine)).status).toBe(404);
  });

  it('opens the status page by access token alone: thread, files, expected answer, and 401 for anything else', async () => {
    const filed = await fileTicket({
      category: 'kyc',
      subject: 'Selfie rejected',
      body: 'My selfie was rejected.',
      attachments: [{ name: 'selfie.png', type: 'image/png', data: pngBase64 }],
    });
    const response = await service.request('GET', '/api/help/ticket', { token: filed.access_token });
    expect(response.status).toBe(200);
    const page = helpTicketSchema.parse(response.body);
    expect(page.ticket.number).toBe(filed.number);
    expect(page.attachments.map((attachment) => attachment.name)).toEqual(['selfie.png']);
    const expected = Date.parse(page.expected_answer_by ?? '');
    const created = Date.parse(page.ticket.created_at);
    expect(expected - created).toBe(24 * 60 * 60 * 1000);
    const file = await service.request(
      'GET',
      `/api/help/ticket/attachments/${page.attachments[0]?.id ?? ''}`,
      {
        token: filed.access_token,
      },
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    const other = await fileTicket();
    const foreign = await service.request(
      'GET',
      `/api/help/ticket/attachments/${page.attachments[0]?.id ?? ''}`,
      {
        token: other.access_token,
      },
    );
    expect(foreign.status).toBe(404);
    for (const token of [null, 'wrong-token', leadToken]) {
      expect((await service.request('GET', '/api/help/ticket', { token })).status).toBe(401);
    }
  });

  it('lists FAQ replies a lead marked public, without their placeholders', async () => {
    const created = await service.request('POST', '/api/faq', {
      token: leadToken,
      body: {
        folder: 'Deposits',
        variants: [
          {
            language: 'en',
            title: 'Deposit not credited',
            body: 'Hello {{customer.name}}, deposits need 12 confirmations.',
          },
        ],
      },
    });
    const reply = faqReplySchema.parse(created.body);
    const before = helpArticleListSchema.parse(
      (await service.request('GET', '/api/help/articles', { token: null })).body,
    );
    expect(before.articles).toEqual([]);
    const marked = await service.request('PUT', `/api/faq/${reply.id}/public`, {
      token: leadToken,
      body: { public: true },
    });
    expect(marked.status).toBe(200);
    const after = helpArticleListSchema.parse(
      (await service.request('GET', '/api/help/articles', { token: null })).body,
    );
    expect(after.articles.map((article) => article.variants[0]?.body)).toEqual([
      'Hello, deposits need 12 confirmations.',
    ]);
    // The console's library shows which replies are public (the FAQ editor's "public" box).
    const libraryAfter = faqLibrarySchema.parse(
      (await service.request('GET', '/api/faq', { token: leadToken })).body,
    );
    expect(libraryAfter.replies.find((entry) => entry.id === reply.id)?.public).toBe(true);
    const asCustomer = await service.request('PUT', `/api/faq/${reply.id}/public`, {
      token: null,
      body: { public: false },
    });
    expect(asCustomer.status).toBe(401);
  });
});
