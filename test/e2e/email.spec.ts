import type { Email } from 'postal-mime';
import { dovecotBinary, startTestDovecot, type TestDovecot } from '../mail/dovecot';
import { composeMail, startCaptureServer, type CaptureServer, type CapturedMail } from '../mail/smtp';
import { expect, logIn, queueRow, test } from './fixtures';
import { screenshotPath } from './screenshots';
import { startTestService, type TestService } from './service';

// The whole e-mail channel with real parts on every side: Debian's dovecot-imapd holds the team mailbox the
// service polls (IMAP_URL), an in-process smtp-server is the relay it sends through (SMTP_URL), the service
// is `server/cli.ts` as `npm run web` starts it, and the agent works in Chromium.

const team = 'help@exchange.test';
const customer = { name: 'Hana Lee', address: 'hana.lee@example.com' };

function header(mail: Email, key: string): string | undefined {
  return mail.headers.find((entry) => entry.key === key)?.value;
}

/** Waits (polling, up to `timeoutMs`) for the relay to have received a mail `matches` accepts. */
async function mailArriving(
  relay: CaptureServer,
  matches: (mail: CapturedMail) => boolean,
  timeoutMs = 60_000,
): Promise<CapturedMail> {
  await expect
    .poll(() => relay.mails.some(matches), { timeout: timeoutMs, message: 'a mail at the relay' })
    .toBe(true);
  const found = relay.mails.find(matches);
  if (!found) {
    throw new Error('the mail left the relay');
  }
  return found;
}

test.describe('the e-mail channel, end to end', () => {
  test.skip(dovecotBinary === null, 'dovecot-imapd is not installed here (.ci/run installs it for CI)');
  test.describe.configure({ timeout: 300_000 });

  let dovecot: TestDovecot;
  let relay: CaptureServer;
  let service: TestService;

  test.beforeAll(async () => {
    // Generous: on a shared 2-core machine under load, starting the service with its demo data took 80 s.
    test.setTimeout(240_000);
    dovecot = await startTestDovecot();
    relay = await startCaptureServer();
    service = await startTestService({
      env: {
        IMAP_URL: dovecot.url,
        SMTP_URL: relay.url,
        MAIL_FROM: `Support <${team}>`,
        MAIL_SIGNING_SECRET: 'e2e-mail-signing-secret',
      },
    });
  });

  test.afterAll(async () => {
    await service?.stop();
    dovecot?.stop();
    await relay?.close();
  });

  test("a mail in the team mailbox becomes a queue row with the e-mail icon; the agent's reply leaves by mail and the customer's answer threads back", async ({
    page,
  }) => {
    const stamp = Date.now();
    const subject = `Withdrawal not received ${stamp}`;
    const firstId = `<e2e-first-${stamp}@example.com>`;
    await dovecot.append(
      await composeMail({
        from: `${customer.name} <${customer.address}>`,
        to: team,
        subject,
        text: 'I withdrew 120 USDT to my wallet yesterday at 15:00 and it has not arrived.\nThe app says completed.',
        messageId: firstId,
      }),
    );

    // The service fetched it from the mailbox, opened a ticket and acknowledged it with its number.
    const acknowledgement = await mailArriving(
      relay,
      (mail) =>
        mail.recipients.includes(customer.address) && header(mail.parsed, 'auto-submitted') !== undefined,
    );
    const number = Number(/\[#(\d+)\]/.exec(acknowledgement.parsed.subject ?? '')?.[1]);
    expect(number).toBeGreaterThan(0);
    expect(acknowledgement.parsed.inReplyTo).toBe(firstId);
    await expect.poll(() => dovecot.count('Processed'), { timeout: 30_000 }).toBe(1);

    // The agent sees it in the queue, marked as e-mail for sighted and screen-reader users alike.
    await logIn(page, service.url);
    const row = queueRow(page, number);
    await expect(row).toContainText(subject);
    const icon = row.getByTestId('queue-channel-email');
    await expect(icon).toBeVisible();
    await expect(icon).toHaveAttribute('title', 'Came by e-mail');
    await expect(icon).toHaveAccessibleName(/Came by e-mail/);
    await page.screenshot({ path: screenshotPath('email-queue-en.png') });

    // The agent replies in the console.
    await row.click();
    // The ticket's detail (the thread) loads before the agent writes; slow on a loaded machine.
    await expect(page.locator('[data-testid="thread-message"][data-kind="customer"]').first()).toContainText(
      'I withdrew 120 USDT',
      { timeout: 60_000 },
    );
    // The ticket's header names its channel (the first message carries the same icon once its mail details load).
    await expect(page.getByTestId('ticket-pane').getByTestId('channel-icon').first()).toHaveAttribute(
      'data-channel',
      'email',
    );
    const replyText = `Thank you, we are checking the withdrawal now (${stamp}). Could you send the transaction hash?`;
    await page.getByTestId('composer-body').fill(replyText);
    await page.getByTestId('composer-send').click();
    const replyEntry = page
      .locator('[data-testid="thread-message"][data-kind="reply"]')
      .filter({ hasText: String(stamp) });
    // The outbox's copy ("Waiting to send") gives way to the service's: one entry in the end, not waiting.
    await expect(replyEntry.and(page.locator('[data-pending="true"]'))).toHaveCount(0, { timeout: 60_000 });
    await expect(replyEntry).toHaveCount(1);

    // The reply leaves by mail: to the customer, threaded on their mail, with our signed Message-ID, and as a
    // person's mail (no Auto-Submitted, so the customer's auto-responder may answer it).
    const reply = await mailArriving(
      relay,
      (mail) =>
        mail.recipients.includes(customer.address) && (mail.parsed.text ?? '').includes(String(stamp)),
    );
    expect(reply.parsed.subject).toContain(`[#${number}]`);
    expect(reply.parsed.messageId).toMatch(/^<sc\.[0-9a-f-]{36}\./);
    expect(reply.parsed.inReplyTo).toBe(firstId);
    expect(header(reply.parsed, 'auto-submitted')).toBeUndefined();
    await expect(replyEntry.getByTestId('mail-delivery')).toHaveAttribute('data-state', 'sent', {
      timeout: 30_000,
    });

    // The customer answers by mail, quoting the reply, without the number in the subject: our signed
    // Message-ID alone threads it, and only the new text joins the ticket, live in the open pane.
    const hash = `0x${'4a'.repeat(32)}`;
    const quoted = (reply.parsed.text ?? '')
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    await dovecot.append(
      await composeMail({
        from: `${customer.name} <${customer.address}>`,
        to: team,
        subject: `Re: ${subject}`,
        text: `Here it is: ${hash}\n\nOn ${new Date().toUTCString()} Support <${team}> wrote:\n${quoted}`,
        messageId: `<e2e-answer-${stamp}@example.com>`,
        inReplyTo: reply.parsed.messageId,
        references: [firstId, reply.parsed.messageId ?? ''],
      }),
    );
    const answer = page
      .locator('[data-testid="thread-message"][data-kind="customer"]')
      .filter({ hasText: hash });
    await expect(answer).toBeVisible({ timeout: 60_000 });
    await expect(answer).not.toContainText('we are checking the withdrawal');
    await expect(answer.getByTestId('mail-inbound')).toBeVisible();
    await expect.poll(() => dovecot.count('Processed'), { timeout: 30_000 }).toBe(2);
    // Still one ticket: the answer opened none.
    await expect(page.locator('[data-testid="queue-row"]').filter({ hasText: subject })).toHaveCount(1);
    await page.screenshot({ path: screenshotPath('email-thread-en.png') });

    // The same thread in Korean and Chinese: the envelope's label, the sender's authentication, "Mailed".
    for (const language of ['ko', 'zh'] as const) {
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('settings-language').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.getByTestId('nav-queue').click();
      await expect(answer).toBeVisible();
      await page.screenshot({ path: screenshotPath(`email-thread-${language}.png`) });
    }
  });
});
