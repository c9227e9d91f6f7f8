import { describe, expect, it } from 'vitest';
import {
  buildAcknowledgement,
  mayAcknowledge,
  replySeparatorLine,
  ticketMailSubject,
} from '../../../shared/mail/acknowledgement';
import { htmlToText } from '../../../shared/mail/html-text';

describe('acknowledgements', () => {
  it.each([
    ['en', ['#1042', '24 hours', 'do not submit the same request again', 'seed phrase', 'private keys']],
    ['ko', ['#1042', '24시간', '다시 접수하지 마세요', '시드 문구', '개인키']],
    ['zh', ['#1042', '24 小时', '不要重复提交', '助记词', '私钥']],
  ] as const)('says what the help center promises, in %s', (language, phrases) => {
    const mail = buildAcknowledgement({ language, ticketNumber: 1042, subject: 'Deposit' });
    expect(mail.subject.startsWith('[#1042] ')).toBe(true);
    for (const phrase of phrases) {
      expect(mail.text).toContain(phrase);
    }
    expect(mail.text.startsWith(replySeparatorLine(language))).toBe(true);
  });

  it('adds extra paragraphs before the warning (the help center names announcements there)', () => {
    const mail = buildAcknowledgement({
      language: 'en',
      ticketNumber: 7,
      subject: 'x',
      extraParagraphs: ['BTC withdrawals are paused for maintenance.'],
    });
    expect(mail.text.indexOf('paused')).toBeLessThan(mail.text.indexOf('never ask'));
  });

  it('keeps one ticket tag and no pile of Re: prefixes in subjects', () => {
    expect(ticketMailSubject(1042, 'Re: RE: [#1042] Deposit')).toBe('[#1042] Deposit');
    expect(ticketMailSubject(5, '回复：答复')).toBe('[#5] 答复');
    expect(ticketMailSubject(5, '')).toBe('[#5] …');
  });

  it('rate-limits per sender in a sliding window', () => {
    const hour = 60 * 60 * 1000;
    expect(mayAcknowledge([0, 1, 2], 3, { max: 3, windowMs: hour })).toBe(false);
    expect(mayAcknowledge([0, 1, 2], hour + 3, { max: 3, windowMs: hour })).toBe(true);
  });
});

describe('HTML to text', () => {
  it('drops scripts, styles and tags, keeps structure, links and entities', () => {
    const text = htmlToText(
      '<html><head><style>p{}</style></head><body><p>Order&nbsp;<b>991</b> &amp; 992</p><script>alert(1)</script>' +
        '<ul><li>one</li><li>two</li></ul><a href="https://exchange.test/help">help</a><img src=x onerror=alert(2)>&#xD55C;&#44544;</body></html>',
    );
    expect(text).toBe('Order 991 & 992\n\n- one\n- two\nhelp (https://exchange.test/help)한글');
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
    expect(htmlToText('unclosed <script>alert(1)')).toBe('unclosed');
  });
});
