import {
  apiToken,
  demoAgent,
  demoLead,
  expect,
  fileTicket,
  logIn,
  preferLanguage,
  queueRow,
  test,
} from './fixtures';
import { screenshotPath } from './screenshots';

/** How each language writes a closed day on the calendar card. */
const closed = { en: 'Closed', ko: '휴무', zh: '休息' } as const;

/**
 * The demo as a new user finds it: the General team keeps Seoul office hours (weekdays 09:00–18:00, Korean
 * public holidays) from the start, so a General ticket's 24 h first-response clock counts business time
 * (days away in real time) while a Funds ticket filed at the same moment counts every minute. The lead sees
 * the calendar on the Routing page. In en, ko and zh.
 */
test('the demo’s General team counts its SLA clocks in Seoul business hours', async ({
  browser,
  service,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const general = await fileTicket(service.url, {
    email: 'demo.office.hours@example.com',
    subject: `Event reward not received (demo-hours ${stamp})`,
    body: 'I joined the trading event last week but the reward is not in my account.',
    category: 'general',
  });
  const funds = await fileTicket(service.url, {
    email: 'demo.office.hours@example.com',
    subject: `Deposit not credited (demo-hours ${stamp})`,
    body: 'My USDT deposit on Tron has not arrived.',
    category: 'deposit_withdrawal',
  });
  // The due moment is inside Seoul office hours (after 09:00, until 18:00, Monday to Friday); 24x7 it would
  // fall at any hour.
  const detail = await fetch(`${service.url}/api/tickets/${general.id}`, {
    headers: { authorization: `Bearer ${await apiToken(service.url, demoAgent())}` },
  });
  const dueAt = ((await detail.json()) as { sla: { first_response: { due_at: string } } }).sla.first_response
    .due_at;
  const seoul = new Date(Date.parse(dueAt) + 9 * 3_600_000);
  expect([1, 2, 3, 4, 5]).toContain(seoul.getUTCDay());
  const minute = seoul.getUTCHours() * 60 + seoul.getUTCMinutes();
  expect(minute > 9 * 60 && minute <= 18 * 60, `due ${dueAt} inside 09:00–18:00 in Seoul`).toBe(true);
  const year = new Date().getFullYear();
  for (const language of ['en', 'ko', 'zh'] as const) {
    let context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } });
    try {
      await preferLanguage(context, language);
      const page = await context.newPage();
      await logIn(page, service.url, demoAgent());
      await page.getByTestId('queue-search').fill(`demo-hours ${stamp}`);
      // 24 open hours of 9-hour weekdays: at least two days and six hours of real time away.
      const generalClock = queueRow(page, general.number).getByTestId('queue-sla');
      await expect(generalClock).toHaveText(/^([2-9]|\d{2,})\D+\d+\D+$/);
      await expect(queueRow(page, funds.number).getByTestId('queue-sla')).toHaveText(/^23\D+\d+\D+$/);
      await queueRow(page, general.number).click();
      const paneClock = page.getByTestId('ticket-sla-first-response');
      await expect(paneClock).toHaveText(/^([2-9]|\d{2,})\D+\d+\D+$/);
      await page.screenshot({ path: screenshotPath(`demo-business-time-ticket-${language}.png`) });

      await context.close();
      // The lead in a browser of their own: a new tab of the agent's would share the agent's session.
      context = await browser.newContext({ locale: language, viewport: { width: 1440, height: 900 } });
      await preferLanguage(context, language);
      const lead = await context.newPage();
      await logIn(lead, service.url, demoLead());
      await lead.getByTestId('nav-routing').click();
      const card = lead.getByTestId('routing-team-General');
      await expect(card.getByTestId('business-time-enabled')).toBeChecked();
      await expect(card.getByTestId('business-time-zone')).toHaveValue('Asia/Seoul');
      await expect(card.getByTestId('business-time-mon-0-start')).toHaveValue('09:00');
      await expect(card.getByTestId('business-time-day-sat')).toContainText(closed[language]);
      await expect(card.getByTestId(`business-time-holiday-${year}-12-25`)).toBeVisible();
      await expect(card.getByTestId(`business-time-holiday-${year + 1}-01-01`)).toBeVisible();
      await expect(
        lead.getByTestId('routing-team-Funds').getByTestId('business-time-enabled'),
      ).not.toBeChecked();
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: screenshotPath(`demo-business-time-calendar-${language}.png`) });
    } finally {
      await context.close();
    }
  }
});
