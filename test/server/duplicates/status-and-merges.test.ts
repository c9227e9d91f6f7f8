import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketDetailSchema, type TicketDetail } from '../../../shared/domain/schemas';
import { testEngines } from '../helpers/engines';
import { fileTicket } from '../helpers/file-ticket';
import { signedInAgent, startTestService, type TestService } from '../helpers/service';

// A report and a resubmission of it: a possible duplicate of each other (test/server/duplicates/
// category-changes.test.ts uses the same pair).
const report = {
  subject: 'BTC withdrawal pending for 3 hours',
  body: 'I requested a withdrawal of 0.42 BTC to my Ledger this morning and it is still pending.',
  category: 'deposit_withdrawal',
};
const resubmission = {
  subject: 'Where is my bitcoin??',
  body: 'Any update? I withdrew 0.42 bitcoin to my hardware wallet this morning and it still has not arrived.',
  category: 'deposit_withdrawal',
};
// The same customer's ticket about something else: no duplicate of either.
const unrelated = {
  subject: 'Change my phone number',
  body: 'I have a new phone and need to update the mobile number on my account for SMS codes.',
  category: 'account',
};

// Issue 21 (point 1): the duplicate banner offers only tickets a merge can take. A solved or closed earlier
// ticket of the customer is history (listed as related); a ticket merged away is never offered, its
// merge target is, while open.
describe.each(testEngines())('possible duplicates follow status changes and merges on $name', (engine) => {
  let service: TestService;
  let agentToken = '';

  beforeAll(async () => {
    service = await startTestService(engine);
    agentToken = await signedInAgent(service, 'status-keeper@example.com');
  });

  afterAll(async () => {
    await service.stop();
  });

  const file = (email: string, ticket: Record<string, unknown>): Promise<string> =>
    fileTicket(service, email, ticket);

  /** The ticket's possible duplicates, and of its related tickets those among `own` (other customers' report the same). */
  async function lists(
    id: string,
    own: readonly string[],
  ): Promise<{ duplicates: string[]; related: string[] }> {
    const detail: TicketDetail = ticketDetailSchema.parse(
      (await service.request('GET', `/api/tickets/${id}`)).body,
    );
    return {
      duplicates: detail.possible_duplicates.map((match) => match.id),
      related: detail.related.map((match) => match.id).filter((related) => own.includes(related)),
    };
  }

  async function setStatus(id: string, ...statuses: string[]): Promise<void> {
    // Closed is reached through solved (shared/domain/workflow.ts).
    for (const status of statuses) {
      const patch = await service.request('PATCH', `/api/tickets/${id}`, {
        token: agentToken,
        body: { status },
      });
      expect(patch.status, patch.text).toBe(200);
    }
  }

  async function merge(targetId: string, sourceId: string): Promise<void> {
    const merged = await service.request('POST', `/api/tickets/${targetId}/merge`, {
      body: { source_ids: [sourceId] },
    });
    expect(merged.status, merged.text).toBe(201);
  }

  it('offers an open earlier ticket for a merge', async () => {
    const open = await file('open@example.com', report);
    expect(await lists(await file('open@example.com', resubmission), [open])).toEqual({
      duplicates: [open],
      related: [],
    });
  });

  it('lists a closed or solved earlier ticket as related history, not as a possible duplicate', async () => {
    const closed = await file('closed@example.com', report);
    await setStatus(closed, 'solved', 'closed');
    expect(await lists(await file('closed@example.com', resubmission), [closed])).toEqual({
      duplicates: [],
      related: [closed],
    });

    const solved = await file('solved@example.com', report);
    await setStatus(solved, 'solved');
    expect(await lists(await file('solved@example.com', resubmission), [solved])).toEqual({
      duplicates: [],
      related: [solved],
    });
    // Reopened, it is a merge candidate again.
    await setStatus(solved, 'open');
    expect((await lists(await file('solved@example.com', resubmission), [solved])).duplicates).toContain(
      solved,
    );
  });

  it('offers the open merge target instead of a ticket merged away', async () => {
    const target = await file('merged@example.com', unrelated);
    const source = await file('merged@example.com', report);
    await merge(target, source);
    expect(await lists(await file('merged@example.com', resubmission), [target, source])).toEqual({
      duplicates: [target],
      related: [],
    });
  });

  it('offers nothing for a ticket merged into a solved target, and the source again after an undo', async () => {
    const target = await file('gone@example.com', unrelated);
    const source = await file('gone@example.com', report);
    const merged = await service.request('POST', `/api/tickets/${target}/merge`, {
      body: { source_ids: [source] },
    });
    expect(merged.status, merged.text).toBe(201);
    await setStatus(target, 'solved');
    expect(await lists(await file('gone@example.com', resubmission), [target, source])).toEqual({
      duplicates: [],
      related: [],
    });

    const mergeId = (merged.body as { merge: { id: string } }).merge.id;
    const undone = await service.request('POST', `/api/merges/${mergeId}/undo`, { body: {} });
    expect(undone.status, undone.text).toBe(200);
    expect((await lists(await file('gone@example.com', resubmission), [source])).duplicates).toContain(
      source,
    );
  });
});
