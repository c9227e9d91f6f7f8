import type { Ticket } from '../../shared/domain/schemas';

/** A valid ticket for tests; override what the test is about. */
export function makeTicket(overrides: Partial<Ticket> & { number: number }): Ticket {
  return {
    id: `ticket-${overrides.number}`,
    subject: `Subject ${overrides.number}`,
    body: `Body of ticket ${overrides.number}`,
    status: 'new',
    priority: 'normal',
    category: null,
    requester: { email: `customer${overrides.number}@example.com`, name: null, locale: null },
    customer_id: `customer-${overrides.number}`,
    assignee_id: null,
    language: 'en',
    tags: [],
    source: 'web',
    occurred_at: null,
    device: null,
    suggested_category: null,
    possible_duplicates: [],
    related: [],
    checklist: { analyzed: false, items: [] },
    redactions: [],
    message_count: 0,
    created_at: '2025-03-05T05:22:00.000Z',
    updated_at: '2025-03-05T05:22:00.000Z',
    first_response_at: null,
    solved_at: null,
    version: 1,
    ...overrides,
  };
}
