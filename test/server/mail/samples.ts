import iconv from 'iconv-lite';

/*
 * Sample mails in the shapes the big providers write them. They are built here (no captured customer mail
 * is stored in the repository), following each provider's header conventions: Gmail's vacation responder
 * and "Mail Delivery Subsystem" reports, Outlook/Exchange's "Automatic reply" and NDRs from postmaster,
 * Naver's 자동응답 and MAILER-DAEMON notices, QQ Mail's 自动回复 and PostMaster 退信. Line ends are CRLF.
 */

const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** An RFC 2047 encoded word (UTF-8, base64) for header text. */
function encodedWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
}

/** A message header block plus body, with the common headers filled in. */
function mail(headers: Record<string, string>, body: string): string {
  const lines = Object.entries({
    'MIME-Version': '1.0',
    Date: 'Tue, 05 Mar 2024 14:22:00 +0900',
    ...headers,
  }).map(([key, value]) => `${key}: ${value}`);
  return crlf(`${lines.join('\n')}\n\n${body}`);
}

/** Auto-replies from four providers, each to `to` about `subject`. */
export function autoReplies(to: string, subject: string): { provider: string; raw: string }[] {
  return [
    {
      provider: 'Gmail vacation responder',
      raw: mail(
        {
          From: 'Kim Minsu <kim.minsu@gmail.com>',
          To: to,
          Subject: `Re: ${subject}`,
          'Message-ID': '<CAGmailVacation001@mail.gmail.com>',
          'Auto-Submitted': 'auto-replied',
          'Content-Type': 'text/plain; charset="UTF-8"',
        },
        'I am on vacation until March 10 and will answer when I am back.\n',
      ),
    },
    {
      provider: 'Outlook automatic reply',
      raw: mail(
        {
          From: 'Lee Jiwon <jiwon.lee@outlook.com>',
          To: to,
          Subject: `Automatic reply: ${subject}`,
          'Message-ID': '<SEYP216MB1234OOF@SEYP216MB1234.KORP216.PROD.OUTLOOK.COM>',
          'Auto-Submitted': 'auto-generated',
          'X-Auto-Response-Suppress': 'All',
          'X-MS-Exchange-Inbox-Rules-Loop': 'jiwon.lee@outlook.com',
          'Content-Type': 'text/plain; charset="us-ascii"',
        },
        'I am out of the office with limited access to e-mail.\n',
      ),
    },
    {
      provider: 'Outlook.com without Auto-Submitted (subject only)',
      raw: mail(
        {
          From: 'Park <park.s@hotmail.com>',
          To: to,
          Subject: `Automatic reply: ${subject}`,
          'Message-ID': '<OOF-hotmail-77@hotmail.com>',
          'X-Auto-Response-Suppress': 'All',
          'Content-Type': 'text/plain; charset="us-ascii"',
        },
        'Away until Monday.\n',
      ),
    },
    {
      provider: 'Naver 자동응답',
      raw: mail(
        {
          From: `${encodedWord('홍길동')} <gildong@naver.com>`,
          To: to,
          Subject: encodedWord(`[자동응답] ${subject}`),
          'Message-ID': '<naver-auto.7a1b@naver.com>',
          'X-Autoreply': 'yes',
          'Content-Type': 'text/plain; charset="UTF-8"',
          'Content-Transfer-Encoding': 'base64',
        },
        `${Buffer.from('부재중입니다. 다음 주에 확인하겠습니다.').toString('base64')}\n`,
      ),
    },
    {
      provider: 'Naver newsletter (List-Unsubscribe)',
      raw: mail(
        {
          From: 'Naver Pay <navernotice@navercorp.com>',
          To: to,
          Subject: encodedWord('네이버페이 알림'),
          'Message-ID': '<naver-notice-2024.03@navercorp.com>',
          'List-Unsubscribe': '<https://nid.naver.com/unsubscribe>',
          'Content-Type': 'text/plain; charset="UTF-8"',
        },
        'Notice\n',
      ),
    },
    {
      provider: 'QQ Mail 自动回复',
      raw: mail(
        {
          From: '"Wang" <12345678@qq.com>',
          To: to,
          Subject: encodedWord(`自动回复: ${subject}`),
          'Message-ID': '<tencent_autoreply_9F1@qq.com>',
          'X-QQ-MIME': 'TCMime 1.0 by Tencent',
          'Content-Type': 'text/plain; charset="utf-8"',
          'Content-Transfer-Encoding': 'base64',
        },
        `${Buffer.from('您好，我已收到您的邮件，会尽快回复。').toString('base64')}\n`,
      ),
    },
    {
      provider: 'Bulk precedence',
      raw: mail(
        {
          From: 'alerts@some-exchange-watch.io',
          To: to,
          Subject: 'Price alert',
          'Message-ID': '<bulk-1@some-exchange-watch.io>',
          Precedence: 'bulk',
          'Content-Type': 'text/plain',
        },
        'BTC moved.\n',
      ),
    },
  ];
}

/** Delivery reports from four providers for a mail whose headers are `originalHeaders`, to `failed`. */
export function bounces(originalHeaders: string, failed: string): { provider: string; raw: string }[] {
  const report = (boundary: string, from: string, subject: string, explanation: string): string =>
    mail(
      {
        From: from,
        To: 'help@exchange.test',
        Subject: subject,
        'Message-ID': `<${boundary}@bounce.example>`,
        'Content-Type': `multipart/report; report-type=delivery-status; boundary="${boundary}"`,
      },
      `--${boundary}
Content-Type: text/plain; charset=UTF-8

${explanation}

--${boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example
Final-Recipient: rfc822; ${failed}
Action: failed
Status: 5.1.1

--${boundary}
Content-Type: text/rfc822-headers

${originalHeaders}
--${boundary}--
`,
    );
  return [
    {
      provider: 'Gmail',
      raw: report(
        'gmail-dsn-01',
        'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'Delivery Status Notification (Failure)',
        `Address not found: your message wasn't delivered to ${failed}.`,
      ),
    },
    {
      provider: 'Outlook',
      raw: report(
        'outlook-ndr-01',
        'Microsoft Outlook <postmaster@outlook.com>',
        'Undeliverable: your ticket',
        `Delivery has failed to these recipients or groups: ${failed}`,
      ),
    },
    {
      provider: 'Naver (plain text, MAILER-DAEMON)',
      raw: mail(
        {
          From: 'MAILER-DAEMON <MAILER-DAEMON@naver.com>',
          To: 'help@exchange.test',
          Subject: encodedWord('메일 발송 실패 안내'),
          'Message-ID': '<naver-bounce-01@naver.com>',
          'Content-Type': 'text/plain; charset=UTF-8',
        },
        `${failed} 주소로 메일을 보내지 못했습니다.\n\n${originalHeaders}\n`,
      ),
    },
    {
      provider: 'QQ (PostMaster 退信)',
      raw: mail(
        {
          From: '"PostMaster" <PostMaster@qq.com>',
          To: 'help@exchange.test',
          Subject: encodedWord('系统退信'),
          'Message-ID': '<qq-bounce-01@qq.com>',
          'X-Failed-Recipients': failed,
          'Content-Type': 'text/plain; charset=UTF-8',
        },
        `很抱歉您发送的邮件被退回。\n\n${originalHeaders}\n`,
      ),
    },
  ];
}

/**
 * A mail whose subject and text are in `charset` (euc-kr, gbk, gb2312, big5), as old Korean and Chinese
 * clients send it: the subject as an RFC 2047 encoded word, the body 8-bit or base64.
 */
export function legacyCharsetMail(options: {
  charset: 'euc-kr' | 'gbk' | 'gb2312' | 'big5';
  from: string;
  subject: string;
  text: string;
  messageId: string;
  transferEncoding: '8bit' | 'base64';
}): Buffer {
  const subject = `=?${options.charset}?B?${iconv.encode(options.subject, options.charset).toString('base64')}?=`;
  const body = iconv.encode(options.text, options.charset);
  const head = crlf(
    [
      `From: ${options.from}`,
      'To: help@exchange.test',
      `Subject: ${subject}`,
      `Message-ID: ${options.messageId}`,
      'MIME-Version: 1.0',
      `Content-Type: text/plain; charset="${options.charset}"`,
      `Content-Transfer-Encoding: ${options.transferEncoding}`,
      '',
      '',
    ].join('\n'),
  );
  const encodedBody =
    options.transferEncoding === 'base64'
      ? Buffer.from(`${body.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`)
      : Buffer.concat([body, Buffer.from('\r\n')]);
  return Buffer.concat([Buffer.from(head, 'latin1'), encodedBody]);
}
