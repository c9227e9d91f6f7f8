import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketDetailSchema, ticketListSchema, type TicketDetail } from '../../../shared/domain/schemas';
import {
  customerTicketSchema,
  intakeReceiptSchema,
  type IntakeReceipt,
} from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';
import {
  otpCode,
  otpLine,
  passwordLine,
  privateKeyLine,
  secretStrings,
  seedLine,
  seedPhrase,
} from './secret-fixtures';

const pngBase64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');

/** Fails when any secret (or the OTP) appears in `text`. */
function expectNoSecrets(text: string): void {
  for (const secret of [...secretStrings, otpCode]) {
    expect(text).not.toContain(secret);
  }
}

describe.each(testEngines())('secrets are masked at every entry on $name', (engine) => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(engine);
  });

  afterAll(async () => {
    await service.stop();
  });

  async function fileTicket(overrides: Record<string, unknown>): Promise<IntakeReceipt> {
    const response = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest(overrides),
    });
    expect(response.status).toBe(201);
    return intakeReceiptSchema.parse(response.body);
  }

  async function readTicket(id: string): Promise<{ detail: TicketDetail; text: string }> {
    const response = await service.request('GET', `/api/tickets/${id}`);
    expect(response.status).toBe(200);
    return { detail: ticketDetailSchema.parse(response.body), text: response.text };
  }

  it('masks a seed phrase at intake in the ticket language, records it and warns the customer', async () => {
    const receipt = await fileTicket({
      requester: { email: 'seed@example.com', name: 'Seed Owner', locale: 'en' },
      subject: 'Please check my wallet',
      body: `My wallet is empty.\n${seedLine}`,
    });
    const { detail, text } = await readTicket(receipt.id);
    expectNoSecrets(text);
    expect(detail.body).toContain('[seed phrase removed]');
    expect(detail.body).toContain('My wallet is empty.');
    expect(detail.redactions).toEqual([{ kind: 'seed_phrase', message_id: null }]);
    // The customer's notice: a public reply in their language, signed by the service, not an agent.
    expect(detail.messages).toHaveLength(1);
    expect(detail.message_count).toBe(1);
    expect(detail.messages[0]).toMatchObject({ kind: 'reply', author_agent_id: null });
    expect(detail.messages[0]?.body).toMatch(/new wallet/);
    expect(detail.messages[0]?.body).toMatch(/never ask/);
    // The notice is not an agent's first response: the SLA clock keeps running.
    expect(detail.first_response_at).toBeNull();
    expect(detail.status).toBe('new');
    const customerView = await service.request('GET', `/api/tickets/${receipt.id}/customer-view`, {
      token: receipt.access_token,
    });
    const thread = customerTicketSchema.parse(customerView.body);
    expect(thread.messages.map((message) => message.body).join('\n')).toMatch(/new wallet/);
  });

  it('masks a large body (masked on the analysis worker) before storing it, secrets far into the text too', async () => {
    const log = 'Withdrawal of 0.5 ETH failed with error 502 at 10:02, app 1.45.2 on iPhone 14.\n';
    const receipt = await fileTicket({
      requester: { email: 'large@example.com', name: 'Large Log', locale: 'en' },
      subject: 'My app log',
      body: `${log.repeat(4000)}${seedLine}\n${log.repeat(2000)}`,
    });
    const { detail, text } = await readTicket(receipt.id);
    expectNoSecrets(text);
    expect(detail.body.length).toBeGreaterThan(log.length * 6000);
    expect(detail.body).toContain('[seed phrase removed]');
    expect(detail.redactions).toEqual([{ kind: 'seed_phrase', message_id: null }]);
    expect(detail.messages[0]?.body).toMatch(/new wallet/);
  });

  it('masks in Korean and Chinese tickets with markers and notices in their language', async () => {
    const korean = await fileTicket({
      requester: { email: 'ko@example.com', locale: 'ko-KR' },
      subject: '지갑 확인 부탁드립니다',
      body: `지갑이 비어 있어요. 복구 단어는 ${seedPhrase} 입니다.`,
    });
    const koreanTicket = (await readTicket(korean.id)).detail;
    expect(koreanTicket.language).toBe('ko');
    expect(koreanTicket.body).not.toContain(seedPhrase);
    expect(koreanTicket.body).toMatch(/\[[^\]]*삭제[^\]]*\]/u);
    expect(koreanTicket.messages[0]?.body).toContain('새 지갑');
    const chinese = await fileTicket({
      requester: { email: 'zh@example.com', locale: 'zh-CN' },
      subject: '请帮我查一下钱包',
      body: `我的钱包被清空了。我的私钥是 ${privateKeyLine}`,
    });
    const chineseTicket = (await readTicket(chinese.id)).detail;
    expect(chineseTicket.language).toBe('zh');
    expectNoSecrets(chineseTicket.body);
    expect(chineseTicket.redactions.map((redaction) => redaction.kind)).toContain('private_key');
    expect(chineseTicket.messages[0]?.body).toContain('新钱包');
  });

  it('masks the subject, attachment names, name and device, and keeps them out of the checklist', async () => {
    const receipt = await fileTicket({
      requester: { email: 'names@example.com', name: `Owner ${passwordLine}`, locale: 'en' },
      category: 'deposit_withdrawal',
      subject: `Deposit missing, ${passwordLine}`,
      body: `Deposit of 0.5 ETH missing.\nTxID: 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060\n\nI am also worried about my wallet, so here it is.\n${privateKeyLine}`,
      device: `iPhone, ${otpLine}`,
      attachments: [{ name: `${seedPhrase}.png`, type: 'image/png', data: pngBase64 }],
    });
    const { detail, text } = await readTicket(receipt.id);
    expectNoSecrets(text);
    expect(detail.subject).toContain('Deposit missing');
    expect(detail.attachments[0]?.name).toContain('.png');
    // The tx hash, an ordinary identifier, stays exactly as sent and is the checklist's evidence.
    expect(detail.body).toContain('0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060');
    expect(JSON.stringify(detail.checklist)).not.toContain('[private key');
    expect(new Set(detail.redactions.map((redaction) => redaction.kind))).toEqual(
      new Set(['password', 'private_key', 'otp_code', 'seed_phrase']),
    );
  });

  it("masks the customer's follow-up and its attachment names, with the notice after it", async () => {
    const receipt = await fileTicket({ body: 'My funds are gone.' });
    const response = await service.request('POST', `/api/tickets/${receipt.id}/customer-messages`, {
      token: receipt.access_token,
      body: {
        body: `Maybe this helps: ${seedLine}`,
        attachments: [{ name: `${privateKeyLine}.png`, type: 'image/png', data: pngBase64 }],
      },
    });
    expect(response.status).toBe(201);
    expectNoSecrets(response.text);
    const { detail, text } = await readTicket(receipt.id);
    expectNoSecrets(text);
    const [message, notice] = detail.messages;
    expect(message?.kind).toBe('customer');
    expect(message?.body).toContain('[seed phrase removed]');
    expect(notice).toMatchObject({ kind: 'reply', author_agent_id: null });
    expect(detail.redactions).toEqual(
      expect.arrayContaining([
        { kind: 'seed_phrase', message_id: message?.id },
        { kind: 'private_key', message_id: message?.id },
      ]),
    );
    expect(detail.message_count).toBe(2);
  });

  it("masks agents' notes and replies without warning the customer", async () => {
    const receipt = await fileTicket({ body: 'Please help.' });
    const note = await service.request('POST', `/api/tickets/${receipt.id}/messages`, {
      body: { kind: 'note', body: `Customer phoned and read out: ${seedLine}` },
    });
    expect(note.status).toBe(201);
    expectNoSecrets(note.text);
    const reply = await service.request('POST', `/api/tickets/${receipt.id}/messages`, {
      body: { kind: 'reply', body: `We received ${privateKeyLine}. Please move your funds.` },
    });
    expect(reply.status).toBe(201);
    const { detail, text } = await readTicket(receipt.id);
    expectNoSecrets(text);
    expect(detail.messages.map((message) => message.kind)).toEqual(['note', 'reply']);
    expect(detail.redactions.map((redaction) => redaction.kind)).toEqual(['seed_phrase', 'private_key']);
  });

  it('masks imported history, the opening and each message, before the checklist reads it', async () => {
    const response = await service.request('POST', '/api/import', {
      body: [
        {
          external_id: 'masking-1',
          requester: { email: 'history@example.com', name: 'History', locale: 'en' },
          subject: 'Old wallet question',
          body: `Old question. ${seedLine}`,
          created_at: '2024-12-01T09:00:00Z',
          messages: [
            { author: 'customer', body: otpLine, created_at: '2024-12-01T10:00:00Z' },
            { author: 'agent', body: 'Never share codes.', created_at: '2024-12-01T11:00:00Z' },
          ],
        },
      ],
    });
    expect(response.body).toMatchObject({ imported: 1 });
    const listed = ticketListSchema.parse(
      (await service.request('GET', '/api/tickets?q=Old%20wallet%20question')).body,
    );
    const id = listed.tickets[0]?.id ?? '';
    const { detail, text } = await readTicket(id);
    expectNoSecrets(text);
    expect(detail.redactions).toEqual([
      { kind: 'seed_phrase', message_id: null },
      { kind: 'otp_code', message_id: detail.messages.find((message) => message.kind === 'customer')?.id },
    ]);
    // The notice of the opening's seed phrase comes first; the agent's reply stays the first response.
    expect(detail.messages[0]).toMatchObject({ kind: 'reply', author_agent_id: null });
    expect(detail.first_response_at).toBe('2024-12-01T11:00:00.000Z');
  });

  it('finds nothing when searching for the secret words', async () => {
    const listed = ticketListSchema.parse(
      (await service.request('GET', `/api/tickets?q=${encodeURIComponent('sausage worth useful')}`)).body,
    );
    expect(listed.tickets).toEqual([]);
  });

  it('keeps the change log free of the secrets', async () => {
    const changes = await service.request('GET', '/api/changes?since=0&limit=1000');
    expect(changes.status).toBe(200);
    expectNoSecrets(changes.text);
  });
});
