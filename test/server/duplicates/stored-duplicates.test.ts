import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketListSchema, type Ticket } from '../../../shared/domain/schemas';
import { startTestService, type TestService } from '../helpers/service';

/**
 * Issue 18: tickets that never went through intake (the demo, imported history) get their possible
 * duplicates and related tickets computed too. The demo holds resubmissions ("[재문의]", "(재접수)",
 * "还没解决：") that a new user should see flagged.
 */
async function allTickets(service: TestService): Promise<Ticket[]> {
  const tickets: Ticket[] = [];
  let cursor: string | null = null;
  do {
    const page = ticketListSchema.parse(
      (await service.request('GET', `/api/tickets?limit=500${cursor === null ? '' : `&cursor=${cursor}`}`))
        .body,
    );
    tickets.push(...page.tickets);
    cursor = page.next_cursor;
  } while (cursor !== null);
  return tickets;
}

describe('possible duplicates of stored tickets', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(null, { demo: true });
  });

  afterAll(async () => {
    await service.stop();
  });

  it('the demo shows its resubmissions with the earlier ticket: a possible duplicate, or history once solved', async () => {
    let flagged: Ticket[] = [];
    // The stored tickets are annotated in the background after start: poll as a user would reload.
    for (let attempt = 0; attempt < 60 && flagged.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      flagged = (await allTickets(service)).filter((ticket) => ticket.possible_duplicates.length > 0);
    }
    const all = await allTickets(service);
    const byId = new Map(all.map((ticket) => [ticket.id, ticket]));
    // The earlier ticket a resubmission lists: offered for a merge while open, else as related history
    // (a solved or closed ticket of the same customer; docs/duplicates.md "Status and merges").
    const earlierOf = (ticket: Ticket): { earlier: Ticket; isOffered: boolean } | null => {
      const offered = byId.get(ticket.possible_duplicates[0]?.id ?? '');
      if (offered !== undefined) {
        return { earlier: offered, isOffered: true };
      }
      const history = ticket.related
        .map((match) => byId.get(match.id))
        .find((related) => related?.requester.email === ticket.requester.email);
      return history === undefined ? null : { earlier: history, isOffered: false };
    };
    const resubmissions = all.filter(
      (ticket) =>
        /재문의|재접수|还没解决|再次咨询|重复提交/u.test(ticket.subject) && earlierOf(ticket) !== null,
    );
    console.log(
      `demo: ${flagged.length} tickets flagged, ${resubmissions.length} marked resubmissions list their earlier ticket`,
    );
    expect(resubmissions.length).toBeGreaterThan(5);
    for (const ticket of resubmissions.slice(0, 10)) {
      const found = earlierOf(ticket);
      // The earlier ticket is the same customer's, and older; offered only while a merge can take it.
      expect(found?.earlier.requester.email).toBe(ticket.requester.email);
      expect(Date.parse(found?.earlier.created_at ?? '')).toBeLessThanOrEqual(Date.parse(ticket.created_at));
      expect(['solved', 'closed'].includes(found?.earlier.status ?? '')).toBe(found?.isOffered === false);
    }
  }, 120_000);

  it('imported history gets its earlier solved ticket as related history when the import answers', async () => {
    const base = {
      requester: { email: 'history-customer@example.com' },
      category: 'deposit_withdrawal',
      status: 'solved',
      solved_at: '2025-02-02T09:00:00Z',
    };
    const imported = await service.request('POST', '/api/import', {
      body: [
        {
          ...base,
          external_id: 'dup-1',
          subject: 'ETH 입금 안됨',
          body: '어제 보낸 ETH 0.5개가 아직 입금이 안 됐어요. 확인 부탁드립니다.',
          created_at: '2025-02-01T09:00:00Z',
        },
        {
          ...base,
          external_id: 'dup-2',
          subject: '[재문의] ETH 입금 안됨',
          body: '어제 보낸 ETH 0.5개가 아직 입금이 안 됐어요. 확인 부탁드립니다.',
          created_at: '2025-02-01T15:00:00Z',
        },
      ],
    });
    expect(imported.status).toBe(200);
    const tickets = (await allTickets(service)).filter((ticket) => ticket.requester.email.startsWith('h'));
    const later = tickets.find((ticket) => ticket.subject.startsWith('[재문의]'));
    const earlier = tickets.find((ticket) => ticket.subject === 'ETH 입금 안됨');
    // Both solved: the earlier one is the later one's history (related), not a merge candidate.
    expect(later?.possible_duplicates).toEqual([]);
    expect(later?.related.map((match) => match.id)).toEqual([earlier?.id]);
    expect(earlier?.possible_duplicates).toEqual([]);
  }, 60_000);
});
