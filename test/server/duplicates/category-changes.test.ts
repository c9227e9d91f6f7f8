import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketDetailSchema, type TicketDetail } from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { fileTicket } from '../helpers/file-ticket';
import { signedInAgent, startTestService, type TestService } from '../helpers/service';

// The first report and a short resubmission of it: alike enough to be a possible duplicate when both are
// filed under the same category (×1.05 in score.ts), not when the first is misfiled under another (×0.75).
const first = {
  subject: 'BTC withdrawal pending for 3 hours',
  body: 'I requested a withdrawal of 0.42 BTC to my Ledger this morning and it is still pending.',
};
const resubmission = {
  subject: 'Bitcoin transfer',
  body: 'Where is my bitcoin? I withdrew some to my wallet.',
  category: 'deposit_withdrawal',
};

// Issue 21: an agent's category correction reaches the running duplicate index at once, not at the next
// start: the customer's next ticket is compared with the ticket as it is filed now.
describe.each(testEngines())('duplicate lookups after a category change on $name', (engine) => {
  let service: TestService;
  let agentToken = '';

  beforeAll(async () => {
    service = await startTestService(engine);
    agentToken = await signedInAgent(service, 'triage-fixer@example.com');
  });

  afterAll(async () => {
    await service.stop();
  });

  const file = (email: string, ticket: Record<string, unknown>): Promise<string> =>
    fileTicket(service, email, ticket);

  async function duplicatesOf(id: string): Promise<string[]> {
    const detail: TicketDetail = ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${id}`)).body,
    );
    return detail.possible_duplicates.map((match) => match.id);
  }

  it('finds the earlier ticket once an agent corrects its category, and not while it is misfiled', async () => {
    await file('uncorrected@example.com', { ...first, category: 'kyc' });
    expect(await duplicatesOf(await file('uncorrected@example.com', resubmission))).toEqual([]);

    const corrected = await file('corrected@example.com', { ...first, category: 'kyc' });
    const patch = await service.request('PATCH', `/api/tickets/${corrected}`, {
      token: agentToken,
      body: { category: 'deposit_withdrawal' },
    });
    expect(patch.status).toBe(200);
    expect(await duplicatesOf(await file('corrected@example.com', resubmission))).toEqual([corrected]);
  });

  it('stops offering the earlier ticket once a bulk change files it under another category', async () => {
    const kept = await file('kept@example.com', { ...first, category: 'deposit_withdrawal' });
    expect(await duplicatesOf(await file('kept@example.com', resubmission))).toEqual([kept]);

    const moved = await file('moved@example.com', { ...first, category: 'deposit_withdrawal' });
    const bulk = await service.request('POST', '/api/tickets/bulk', {
      token: agentToken,
      body: { ticket_ids: [moved], changes: { category: 'kyc' } },
    });
    expect(bulk.status).toBe(200);
    expect(await duplicatesOf(await file('moved@example.com', resubmission))).toEqual([]);
  });
});
