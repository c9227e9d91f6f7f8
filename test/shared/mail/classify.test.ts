import { describe, expect, it } from 'vitest';
import { classifyMail, failedRecipientsIn, type MailHeader } from '../../../shared/mail/classify';

const facts = (headers: Record<string, string>, from = 'kim@naver.com', subject = 'Help') => ({
  headers: Object.entries(headers).map(([key, value]): MailHeader => ({ key: key.toLowerCase(), value })),
  fromAddress: from,
  subject,
  ownAddressKeys: ['help@exchange.test'],
});

describe('mail classification', () => {
  it('takes ordinary mail as customer mail, Auto-Submitted: no included', () => {
    expect(classifyMail(facts({ 'Auto-Submitted': 'no' })).kind).toBe('customer');
    expect(classifyMail(facts({ Precedence: 'first-class' })).kind).toBe('customer');
    expect(classifyMail(facts({}, 'kim@naver.com', 'Re: automatic withdrawals stopped')).kind).toBe(
      'customer',
    );
  });

  it.each([
    [{ 'Auto-Submitted': 'auto-replied' }, 'Help'],
    [{ 'Auto-Submitted': 'auto-generated' }, 'Help'],
    [{ 'X-Autoreply': 'yes' }, 'Help'],
    [{ 'X-Autorespond': 'Out of office' }, 'Help'],
    [{ Precedence: 'bulk' }, 'Help'],
    [{ Precedence: 'junk' }, 'Help'],
    [{ Precedence: 'list' }, 'Help'],
    [{ 'List-Id': '<news.example.com>' }, 'Help'],
    [{ 'List-Unsubscribe': '<mailto:u@example.com>' }, 'Help'],
    [{}, 'Automatic reply: [#1001] Help'],
    [{}, '자동 응답: [#1001] 문의'],
    [{}, '[자동응답] 문의'],
    [{}, '自动回复: 提现'],
    [{}, '自動回覆：充值'],
  ])('takes %o with subject %s as an auto-reply', (headers, subject) => {
    expect(classifyMail(facts(headers, 'kim@naver.com', subject)).kind).toBe('auto_reply');
  });

  it('takes delivery reports and daemon senders as bounces', () => {
    expect(
      classifyMail(facts({ 'Content-Type': 'multipart/report; report-type=delivery-status; boundary=x' }))
        .kind,
    ).toBe('bounce');
    expect(classifyMail(facts({}, 'MAILER-DAEMON@naver.com')).kind).toBe('bounce');
    expect(classifyMail(facts({}, 'postmaster@qq.com')).kind).toBe('bounce');
    expect(classifyMail(facts({ 'X-Failed-Recipients': 'gone@x.com' })).kind).toBe('bounce');
  });

  it("takes the service's own address as its own, before anything else", () => {
    expect(classifyMail(facts({ 'Auto-Submitted': 'auto-generated' }, 'Help@Exchange.test')).kind).toBe(
      'own_address',
    );
  });

  it('finds the failed recipients of a report', () => {
    const report = 'Reporting-MTA: dns; mx\nFinal-Recipient: rfc822; Gone@Example.com\nAction: failed\n';
    expect(
      failedRecipientsIn([{ key: 'x-failed-recipients', value: 'a@b.c, gone@example.com' }], report),
    ).toEqual(['a@b.c', 'gone@example.com']);
  });
});
