import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialDomainsSchema, unsafeReplyErrorSchema } from '../../../shared/domain/safety-schemas';
import { ticketDetailSchema } from '../../../shared/domain/schemas';
import { intakeReceiptSchema } from '../../../shared/domain/workflow-schemas';
import { testEngines } from '../helpers/engines';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

describe.each(testEngines())('link warnings, reply lint and official domains on $name', (engine) => {
  let service: TestService;
  let ticketId: string;

  beforeAll(async () => {
    service = await startTestService(engine, { officialDomains: ['upbit.com'] });
    const intake = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest({
        body: [
          'I got an e-mail from support asking me to log in at https://upbit-support.com/verify.',
          'Also http://upb1t.com/login and https://xn--upbt-5za.com/ and https://upb\u0430t.com/.',
          'My deposit is on https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060',
          'The real site https://upbit.com/ and https://support.upbit.com/help are fine.',
        ].join('\n'),
      }),
    });
    ticketId = intakeReceiptSchema.parse(intake.body).id;
  });

  afterAll(async () => {
    await service.stop();
  });

  it('lists the flagged links of a ticket with their reasons, never the official ones', async () => {
    const detail = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${ticketId}`)).body);
    expect(detail.link_warnings).toEqual([
      { url: 'https://upbit-support.com/verify', reason: 'lookalike' },
      { url: 'http://upb1t.com/login', reason: 'lookalike' },
      { url: 'https://xn--upbt-5za.com/', reason: 'punycode' },
      { url: 'https://upb\u0430t.com/', reason: 'mixed_script' },
      {
        url: 'https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060',
        reason: 'not_official',
      },
    ]);
  });

  it('refuses a reply that asks for the OTP with 422 unsafe_reply, and stores nothing', async () => {
    const response = await service.request('POST', `/api/tickets/${ticketId}/messages`, {
      body: { kind: 'reply', body: 'Thanks. To verify, please send us your OTP code.' },
    });
    expect(response.status).toBe(422);
    expect(unsafeReplyErrorSchema.parse(response.body).error.findings).toEqual([
      { kind: 'otp_code', text: 'To verify, please send us your OTP code.' },
    ]);
    const detail = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${ticketId}`)).body);
    expect(detail.messages).toEqual([]);
    expect(detail.status).toBe('new');
  });

  it('sends a reply that warns never to share secrets, and a note may quote a phishing link', async () => {
    const reply = await service.request('POST', `/api/tickets/${ticketId}/messages`, {
      body: {
        kind: 'reply',
        body: 'We will never ask for your password or OTP code. Please only use https://upbit.com/login.',
      },
    });
    expect(reply.status).toBe(201);
    const note = await service.request('POST', `/api/tickets/${ticketId}/messages`, {
      body: { kind: 'note', body: 'Phishing site reported: https://upbit-support.com/verify' },
    });
    expect(note.status).toBe(201);
  });

  it('refuses a reply linking to a look-alike domain', async () => {
    const response = await service.request('POST', `/api/tickets/${ticketId}/messages`, {
      body: { kind: 'reply', body: '인증은 https://upbit-verify.com 에서 해 주세요.' },
    });
    expect(response.status).toBe(422);
    expect(unsafeReplyErrorSchema.parse(response.body).error.findings).toEqual([
      { kind: 'link', text: 'https://upbit-verify.com', reason: 'lookalike' },
    ]);
  });

  it('lets a lead edit the official domains; agents read them; bad entries are refused', async () => {
    const read = officialDomainsSchema.parse(
      (await service.request('GET', '/api/settings/official-domains')).body,
    );
    expect(read).toEqual({ domains: [], environment: ['upbit.com'], effective: ['upbit.com'] });
    const updated = await service.request('PUT', '/api/settings/official-domains', {
      body: { domains: ['Upbit.co.kr', 'www.upbit-status.io'] },
    });
    expect(updated.status).toBe(200);
    expect(officialDomainsSchema.parse(updated.body)).toEqual({
      domains: ['upbit.co.kr', 'upbit-status.io'],
      environment: ['upbit.com'],
      effective: ['upbit.com', 'upbit.co.kr', 'upbit-status.io'],
    });
    const reply = await service.request('POST', `/api/tickets/${ticketId}/messages`, {
      body: { kind: 'reply', body: 'See https://upbit-status.io for the incident.' },
    });
    expect(reply.status).toBe(201);
    const refused = await service.request('PUT', '/api/settings/official-domains', {
      body: { domains: ['upbit.com', 'not a domain'] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: 'invalid_value', field: 'domains.1' } });
  });

  it('lints an FAQ reply when a lead saves it', async () => {
    const refused = await service.request('POST', '/api/faq', {
      body: {
        folder: 'Security',
        variants: [{ language: 'en', title: 'Verify', body: 'Please reply with your 2FA code to verify.' }],
      },
    });
    expect(refused.status).toBe(422);
    expect(unsafeReplyErrorSchema.parse(refused.body).error.findings[0]?.kind).toBe('otp_code');
    const saved = await service.request('POST', '/api/faq', {
      body: {
        folder: 'Security',
        variants: [
          { language: 'en', title: 'Never', body: 'We will never ask you to send your seed phrase.' },
        ],
      },
    });
    expect(saved.status).toBe(201);
  });
});
