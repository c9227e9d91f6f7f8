import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/engines';
import { startTestService, type TestService } from '../helpers/service';
import { mailTestClient, type MailTestClient } from './mail-client';
import { composeMail, startCaptureServer, type CaptureServer } from '../../mail/smtp';
import { eventually, testMailOptions } from './mail-harness';
import { autoReplies, bounces, legacyCharsetMail } from './samples';

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe.each(testEngines())('e-mail intake and threading on $name', (engine) => {
  let relay: CaptureServer;
  let service: TestService;
  let client: MailTestClient;
  let sequence = 0;
  const messageId = (): string => `<test-${Date.now()}-${(sequence += 1)}@customer.example>`;

  /** The first acknowledgement mailed to `address` (acknowledgements leave after the mail is stored). */
  const acknowledgementTo = (address: string) =>
    eventually(() =>
      relay.mails.find(
        (mail) =>
          mail.recipients.includes(address) &&
          mail.parsed.headers.some((header) => header.key === 'auto-submitted'),
      ),
    );
  const numberIn = (subject: string | undefined): number => Number(/\[#(\d+)\]/.exec(subject ?? '')?.[1]);

  /** Sends a first mail from `from` and resolves with its ticket and the acknowledgement it got. */
  async function openTicket(from: string, subject: string, text: string) {
    const id = messageId();
    await client.send(
      await composeMail({ from, to: 'help@exchange.test', subject, text, messageId: id }),
      from,
    );
    const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
    const acknowledgement = await acknowledgementTo(address);
    const number = numberIn(acknowledgement.parsed.subject);
    const ticket = await client.ticketByNumber(number);
    if (ticket === null) {
      throw new Error(`ticket ${number} not found`);
    }
    return { ticket, acknowledgement, messageId: id };
  }

  beforeAll(async () => {
    relay = await startCaptureServer();
    service = await startTestService(engine, { mail: testMailOptions(relay), analysisThread: false });
    client = mailTestClient(service);
  });

  afterAll(async () => {
    await service?.stop();
    await relay?.close();
  });

  it('opens a ticket from a new mail (analysed like any intake) and acknowledges it in the customer language', async () => {
    const { ticket, acknowledgement } = await openTicket(
      '김민수 <minsu@naver.com>',
      '출금이 안 들어왔어요',
      `어제 오후 3시에 USDT 출금을 신청했는데 아직 안 들어왔어요.\n트랜잭션 해시: 0x${'4a'.repeat(32)}\n앱을 재설치해 봤어요.`,
    );
    expect(ticket.source).toBe('email');
    expect(ticket.channel).toBe('email');
    expect(ticket.requester.email).toBe('minsu@naver.com');
    expect(ticket.language).toBe('ko');
    expect(ticket.checklist.items.find((item) => item.key === 'transaction_id')?.present).toBe(true);
    // The acknowledgement: Korean, the ticket number, the seed's promises, our signed id, auto-generated.
    expect(acknowledgement.recipients).toEqual(['minsu@naver.com']);
    expect(acknowledgement.parsed.subject).toContain(`[#${ticket.number}]`);
    expect(acknowledgement.parsed.text).toContain('24시간');
    expect(acknowledgement.parsed.text).toContain('시드 문구');
    expect(acknowledgement.parsed.messageId).toMatch(/^<sc\.[0-9a-f-]{36}\./);
    expect(acknowledgement.parsed.headers.find((header) => header.key === 'auto-submitted')?.value).toBe(
      'auto-generated',
    );
    const mail = await client.mail(ticket.id);
    expect(mail.channel).toBe('email');
    expect(mail.inbound[0]?.authentication?.dmarc).toBeDefined();
    expect(mail.outbound[0]).toMatchObject({ kind: 'acknowledgement', state: 'sent' });
  });

  it('names the channel on the ticket and its list row: email for mail, web for the web form', async () => {
    const { ticket } = await openTicket('Jae Park <jae@example.com>', 'Channel check', 'Came by mail.');
    const web = await service.request('POST', '/api/tickets', {
      body: { requester: { email: 'form@example.com' }, subject: 'Form ticket', body: 'Came by the form.' },
    });
    expect(web.status).toBe(201);
    const webId = (web.body as { id: string }).id;
    expect((await client.ticket(webId)).channel).toBe('web');
    const list = await service.request('GET', `/api/tickets?ids=${ticket.id},${webId}`);
    const rows = (list.body as { tickets: { id: string; channel?: string }[] }).tickets;
    expect(Object.fromEntries(rows.map((row) => [row.id, row.channel]))).toEqual({
      [ticket.id]: 'email',
      [webId]: 'web',
    });
  });

  it('threads a reply that names our signed Message-ID, keeping only the new text (English quote stripped)', async () => {
    const { ticket, acknowledgement } = await openTicket(
      'Sam Taylor <sam@gmail.com>',
      'Deposit missing',
      'My BTC deposit has not arrived after 6 confirmations.',
    );
    const reply = await composeMail({
      from: 'Sam Taylor <sam@gmail.com>',
      to: 'help@exchange.test',
      // No ticket number in the subject: the signed reference alone threads it.
      subject: 'Re: Deposit missing',
      inReplyTo: acknowledgement.parsed.messageId,
      references: [acknowledgement.parsed.messageId ?? ''],
      messageId: messageId(),
      text: `The txid is 7f3a${'0'.repeat(60)}.\n\nOn Tue, Mar 5, 2024 at 2:22 PM Support <help@exchange.test> wrote:\n> ${acknowledgement.parsed.text?.split('\n').join('\n> ')}`,
    });
    await client.send(reply, 'sam@gmail.com');
    const detail = await client.ticket(ticket.id);
    expect(detail.messages.map((message) => message.body)).toEqual([`The txid is 7f3a${'0'.repeat(60)}.`]);
    expect(relay.mails.filter((mail) => mail.recipients.includes('sam@gmail.com'))).toHaveLength(1);
  });

  it('threads [#number] in the subject only from the requester (Korean quote stripped)', async () => {
    const { ticket } = await openTicket(
      '박지훈 <jihun@daum.net>',
      '주문이 체결되지 않아요',
      '지정가 주문이 체결되지 않습니다. 주문번호 88123.',
    );
    await client.send(
      await composeMail({
        from: '박지훈 <jihun@daum.net>',
        to: 'help@exchange.test',
        subject: `RE: [#${ticket.number}] 주문이 체결되지 않아요`,
        messageId: messageId(),
        text: `스크린샷 첨부합니다.\n\n2024년 3월 5일 (화) 오후 2:22, 고객센터 <help@exchange.test>님이 작성:\n> 안녕하세요. 문의가 접수되었습니다.`,
        attachments: [{ filename: 'order.png', content: png, contentType: 'image/png' }],
      }),
      'jihun@daum.net',
    );
    const detail = await client.ticket(ticket.id);
    expect(detail.messages.map((message) => message.body)).toEqual(['스크린샷 첨부합니다.']);
    expect(detail.attachments.map((attachment) => attachment.name)).toEqual(['order.png']);
  });

  it("opens a stranger's mail with someone else's [#number] as its own ticket, linked as related (no hijack)", async () => {
    const { ticket: victim } = await openTicket(
      'Victim <victim@gmail.com>',
      'Withdrawal pending',
      'My ETH withdrawal is pending.',
    );
    const countBefore = await client.ticketCount();
    await client.send(
      await composeMail({
        from: 'Attacker <attacker@evil.example>',
        to: 'help@exchange.test',
        subject: `Re: [#${victim.number}] Withdrawal pending`,
        messageId: messageId(),
        text: 'Please change the withdrawal address to 0xabc.',
      }),
      'attacker@evil.example',
    );
    await eventually(async () => ((await client.ticketCount()) > countBefore ? true : undefined));
    const victimAfter = await client.ticket(victim.id);
    expect(victimAfter.messages).toHaveLength(0);
    const list = (await service.request('GET', '/api/tickets?q=withdrawal%20address')).body as {
      tickets: { id: string }[];
    };
    const strangerTicket = await client.ticket(list.tickets[0]?.id ?? '');
    expect(strangerTicket.requester.email).toBe('attacker@evil.example');
    expect(strangerTicket.related.map((entry) => entry.id)).toContain(victim.id);
  });

  it('threads nothing on a forged or edited signed Message-ID', async () => {
    const { ticket, acknowledgement } = await openTicket(
      'Lee <lee@kakao.com>',
      'API key',
      'My API key stopped working.',
    );
    const genuine = acknowledgement.parsed.messageId ?? '';
    const forged = genuine.replace(
      /\.([0-9a-f]{32})@/,
      (_match, signature: string) => `.${signature.split('').reverse().join('')}@`,
    );
    const countBefore = await client.ticketCount();
    await client.send(
      await composeMail({
        from: 'Other <other@kakao.com>',
        to: 'help@exchange.test',
        subject: 'Re: API key',
        inReplyTo: forged,
        references: [forged],
        messageId: messageId(),
        text: 'Forged follow-up',
      }),
      'other@kakao.com',
    );
    await eventually(async () => ((await client.ticketCount()) > countBefore ? true : undefined));
    expect((await client.ticket(ticket.id)).messages).toHaveLength(0);
  });

  it('lets a recorded CC write by subject and drops the second copy of a mail sent to two team addresses', async () => {
    const first = messageId();
    const opening = await composeMail({
      from: 'Choi <choi@naver.com>',
      to: ['help@exchange.test', 'support@exchange.test'],
      cc: 'Choi Assistant <assistant@naver.com>',
      subject: 'KYC 서류 제출',
      messageId: first,
      text: '신분증 사본을 다시 제출하려고 합니다.',
    });
    const countBefore = await client.ticketCount();
    // The relay delivers one copy per team address: same Message-ID.
    await client.send(opening, 'choi@naver.com');
    await client.send(opening, 'choi@naver.com');
    const acknowledgement = await acknowledgementTo('choi@naver.com');
    expect(await client.ticketCount()).toBe(countBefore + 1);
    const number = numberIn(acknowledgement.parsed.subject);
    const ticket = await client.ticketByNumber(number);
    const mail = await client.mail(ticket?.id ?? '');
    expect(mail.addresses.map((entry) => [entry.address, entry.role])).toEqual([
      ['choi@naver.com', 'requester'],
      ['assistant@naver.com', 'cc'],
    ]);
    expect(mail.inbound[0]?.cc).toEqual(['assistant@naver.com']);
    await client.send(
      await composeMail({
        from: 'assistant@naver.com',
        to: 'help@exchange.test',
        subject: `[#${number}] KYC 서류 제출`,
        messageId: messageId(),
        text: '여권 사본도 첨부합니다.',
      }),
      'assistant@naver.com',
    );
    expect((await client.ticket(ticket?.id ?? '')).messages.map((message) => message.body)).toEqual([
      '여권 사본도 첨부합니다.',
    ]);
    // Only one acknowledgement for the two copies.
    expect(relay.mails.filter((entry) => entry.recipients.includes('choi@naver.com'))).toHaveLength(1);
  });

  it('never opens a ticket nor acknowledges auto-replies (Gmail, Outlook, Naver, QQ, bulk)', async () => {
    const { ticket } = await openTicket('Auto Tester <auto@gmail.com>', 'Login issue', 'I cannot log in.');
    const countBefore = await client.ticketCount();
    const mailsBefore = relay.mails.length;
    for (const sample of autoReplies('help@exchange.test', `[#${ticket.number}] Login issue`)) {
      await client.send(sample.raw, 'auto@gmail.com');
    }
    expect(await client.ticketCount()).toBe(countBefore);
    expect((await client.ticket(ticket.id)).messages).toHaveLength(0);
    await service.service.mail?.whenOutboundIdle();
    expect(relay.mails.length).toBe(mailsBefore);
  });

  it('takes bounces (Gmail, Outlook, Naver, QQ) as a failing address on the ticket, never as a ticket', async () => {
    for (const [index, provider] of ['gmail', 'outlook', 'naver', 'qq'].entries()) {
      const address = `bounce-${provider}@gone.example`;
      const { ticket, acknowledgement } = await openTicket(
        address,
        `Bounce test ${provider}`,
        'Where is my deposit?',
      );
      const headers = acknowledgement.raw.toString('utf8').split('\r\n\r\n')[0] ?? '';
      const countBefore = await client.ticketCount();
      const mailsBefore = relay.mails.length;
      const sample = bounces(headers, address)[index];
      await client.send(sample?.raw ?? '', '');
      const mail = await client.mail(ticket.id);
      expect(
        mail.addresses.find((entry) => entry.role === 'requester'),
        sample?.provider,
      ).toMatchObject({
        is_failing: true,
      });
      expect(mail.outbound[0]?.state, sample?.provider).toBe('bounced');
      expect(await client.ticketCount()).toBe(countBefore);
      expect(relay.mails.length).toBe(mailsBefore);
    }
  });

  it("drops mail from the service's own address", async () => {
    const countBefore = await client.ticketCount();
    await client.send(
      await composeMail({
        from: 'help@exchange.test',
        to: 'help@exchange.test',
        subject: 'loop',
        messageId: messageId(),
        text: 'x',
      }),
      'help@exchange.test',
    );
    expect(await client.ticketCount()).toBe(countBefore);
  });

  it.each([
    {
      charset: 'euc-kr',
      subject: '입금 확인 부탁드립니다',
      text: '어제 원화 입금을 했는데 잔고에 반영되지 않았습니다.',
      transferEncoding: '8bit',
    },
    {
      charset: 'gbk',
      subject: '提现一直没有到账',
      text: '我昨天提交的USDT提现一直没有到账，请帮忙查一下。',
      transferEncoding: '8bit',
    },
    {
      charset: 'gb2312',
      subject: '账户被冻结',
      text: '我的账户突然被冻结了，无法登录。',
      transferEncoding: 'base64',
    },
    {
      charset: 'big5',
      subject: '充值沒有到帳',
      text: '我昨天的充值還沒有到帳，請協助處理。',
      transferEncoding: 'base64',
    },
  ] as const)('reads $charset mail ($transferEncoding) correctly', async (sample) => {
    await client.send(
      legacyCharsetMail({ ...sample, from: `legacy-${sample.charset}@example.cn`, messageId: messageId() }),
      `legacy-${sample.charset}@example.cn`,
    );
    const acknowledgement = await acknowledgementTo(`legacy-${sample.charset}@example.cn`);
    const ticket = await client.ticketByNumber(numberIn(acknowledgement.parsed.subject));
    expect(ticket?.subject).toBe(sample.subject);
    expect(ticket?.body).toBe(sample.text);
    expect(ticket?.language).toBe(sample.charset === 'euc-kr' ? 'ko' : 'zh');
  });

  it('turns HTML-only mail into safe text and keeps the attachments intake accepts', async () => {
    await client.send(
      await composeMail({
        from: 'html@example.com',
        to: 'help@exchange.test',
        subject: 'HTML only',
        messageId: messageId(),
        html: '<p>My order <b>991</b> failed.</p><script>alert(1)</script><img src="cid:shot" onerror="alert(2)">',
        attachments: [
          { filename: 'shot.png', content: png, contentType: 'image/png', cid: 'shot' },
          {
            filename: 'setup.exe',
            content: Buffer.from('MZ\x90\x00'),
            contentType: 'application/x-msdownload',
          },
          { filename: 'fake.png', content: Buffer.from('not a png'), contentType: 'image/png' },
        ],
      }),
      'html@example.com',
    );
    const acknowledgement = await acknowledgementTo('html@example.com');
    const ticket = await client.ticketByNumber(numberIn(acknowledgement.parsed.subject));
    expect(ticket?.body).toContain('My order 991 failed.');
    expect(ticket?.body).not.toMatch(/<script|alert|onerror/);
    expect(ticket?.attachments.map((attachment) => attachment.name)).toEqual(['shot.png']);
    const mail = await client.mail(ticket?.id ?? '');
    expect(mail.inbound[0]?.notes.join('\n')).toMatch(/setup\.exe[\s\S]*fake\.png/);
  });

  it('rate-limits acknowledgements per sender', async () => {
    const sender = 'flood@example.com';
    for (let index = 0; index < 5; index += 1) {
      await client.send(
        await composeMail({
          from: sender,
          to: 'help@exchange.test',
          subject: `Flood ${index}`,
          messageId: messageId(),
          text: `Problem ${index}`,
        }),
        sender,
      );
    }
    await service.service.mail?.whenOutboundIdle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(relay.mails.filter((mail) => mail.recipients.includes(sender))).toHaveLength(3);
  });

  it('mails an agent reply (no Auto-Submitted) and threads the answer back (Chinese quote stripped)', async () => {
    const { ticket } = await openTicket('王伟 <wangwei@qq.com>', '无法提现', '我的提现一直显示处理中。');
    const posted = await service.request('POST', `/api/tickets/${ticket.id}/messages`, {
      body: { kind: 'reply', body: '您好，请提供提现的交易哈希。' },
    });
    expect(posted.status).toBe(201);
    const reply = await eventually(() =>
      relay.mails.find(
        (mail) => mail.recipients.includes('wangwei@qq.com') && mail.parsed.text?.includes('交易哈希'),
      ),
    );
    expect(reply.parsed.subject).toBe(`[#${ticket.number}] 无法提现`);
    expect(reply.parsed.headers.some((header) => header.key === 'auto-submitted')).toBe(false);
    expect(reply.parsed.text).toContain('##- 请在此行上方回复 -##');
    expect(reply.parsed.inReplyTo).toBeTruthy();
    const mail = await eventually(async () => {
      const current = await client.mail(ticket.id);
      return current.outbound.find((entry) => entry.kind === 'reply' && entry.state === 'sent')
        ? current
        : undefined;
    });
    expect(mail.outbound.find((entry) => entry.kind === 'reply')?.message_id).toBe(
      (posted.body as { id: string }).id,
    );
    await client.send(
      await composeMail({
        from: '王伟 <wangwei@qq.com>',
        to: 'help@exchange.test',
        subject: `回复：${reply.parsed.subject ?? ''}`,
        inReplyTo: reply.parsed.messageId,
        references: [reply.parsed.messageId ?? ''],
        messageId: messageId(),
        text: `交易哈希是 0x${'9c'.repeat(32)}\n\n在 2024年3月5日 14:22，客服 <help@exchange.test> 写道：\n> ${reply.parsed.text?.split('\n').join('\n> ')}`,
      }),
      'wangwei@qq.com',
    );
    const detail = await client.ticket(ticket.id);
    expect(detail.messages.map((message) => [message.kind, message.body])).toEqual([
      ['reply', '您好，请提供提现的交易哈希。'],
      ['customer', `交易哈希是 0x${'9c'.repeat(32)}`],
    ]);
  });

  it('keeps the original one request away', async () => {
    const { ticket } = await openTicket('orig@example.com', 'Original please', 'Body of the original.');
    const mail = await client.mail(ticket.id);
    const original = await service.request('GET', `/api/mail/inbound/${mail.inbound[0]?.id ?? ''}/original`);
    expect(original.status).toBe(200);
    expect((original.body as { original: string }).original).toMatch(
      /^[\s\S]*Subject: Original please[\s\S]*Body of the original\./,
    );
    const missing = await service.request(
      'GET',
      '/api/mail/inbound/00000000-0000-0000-0000-000000000000/original',
    );
    expect(missing.status).toBe(404);
    const unauthenticated = await service.request(
      'GET',
      `/api/mail/inbound/${mail.inbound[0]?.id ?? ''}/original`,
      { token: null },
    );
    expect(unauthenticated.status).toBe(401);
  });

  it('masks a pasted seed phrase everywhere the mail goes: ticket, original, acknowledgement', async () => {
    const phrase =
      'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
    const { ticket, acknowledgement } = await openTicket(
      'Seed Paster <paster@gmail.com>',
      'Wallet recovery',
      `Please help me recover my wallet. My seed phrase is ${phrase}`,
    );
    expect(ticket.body).not.toContain('abandon abandon');
    expect(ticket.redactions.map((redaction) => redaction.kind)).toContain('seed_phrase');
    const mail = await client.mail(ticket.id);
    expect(mail.inbound[0]?.is_raw_masked).toBe(true);
    const original = await service.request('GET', `/api/mail/inbound/${mail.inbound[0]?.id ?? ''}/original`);
    expect(original.text).not.toContain('abandon abandon');
    expect(original.text).toContain('Wallet recovery');
    expect(acknowledgement.raw.toString('utf8')).not.toContain('abandon abandon');
  });
});
