import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, TicketListParameters } from '../../../renderer/api/api-client';
import { createTicketStore } from '../../../renderer/features/queue/ticket-store';
import { createChangeApplier } from '../../../renderer/live/apply-changes';
import type { Change, TicketDetail, TicketList } from '../../../shared/domain/schemas';
import { makeTicket } from '../fixtures';

function change(ticketId: string, seq: number, type: Change['type'] = 'ticket.updated'): Change {
  return { seq, type, ticket_id: ticketId, at: '2025-03-05T05:22:00.000Z' };
}

describe('the change applier', () => {
  it('refreshes changed tickets from their masked list form and reads the detail only of watched ones', async () => {
    const tickets = [1, 2, 3].map((number) => makeTicket({ number, version: 2 }));
    const listCalls: TicketListParameters[] = [];
    const detailCalls: string[] = [];
    const api = {
      listTickets: vi.fn((parameters: TicketListParameters): Promise<TicketList> => {
        listCalls.push(parameters);
        const ids = (parameters.ids ?? '').split(',');
        return Promise.resolve({
          // The service masks lists; the store masks whatever it is given anyway.
          tickets: tickets.filter((ticket) => ids.includes(ticket.id)),
          total: ids.length,
          next_cursor: null,
        });
      }),
      getTicket: vi.fn((id: string): Promise<TicketDetail> => {
        detailCalls.push(id);
        const ticket = tickets.find((entry) => entry.id === id);
        if (!ticket) {
          return Promise.reject(new Error('unknown'));
        }
        return Promise.resolve({ ...ticket, messages: [], attachments: [] });
      }),
    } as unknown as ApiClient;
    const store = createTicketStore();
    const details: TicketDetail[] = [];
    const created: string[] = [];
    const applier = createChangeApplier({
      api,
      store,
      onTicketDetail: (detail) => details.push(detail),
      onCreated: (ticketId) => created.push(ticketId),
      wantsDetail: (ticketId) => ticketId === 'ticket-2',
    });
    applier.apply([
      change('ticket-1', 1, 'ticket.created'),
      change('ticket-2', 2),
      change('ticket-1', 3),
      change('ticket-3', 4),
    ]);
    await vi.waitFor(() => expect(details).toHaveLength(1));
    expect(listCalls).toEqual([{ ids: 'ticket-1,ticket-2,ticket-3', limit: 3 }]);
    expect(detailCalls).toEqual(['ticket-2']);
    expect(details[0]?.requester.email).toBe('customer2@example.com');
    expect(created).toEqual(['ticket-1']);
    expect(store.getSnapshot().tickets.map((ticket) => ticket.requester.email)).toEqual([
      'c***@example.com',
      'c***@example.com',
      'c***@example.com',
    ]);
    applier.dispose();
  });

  it('drops a changed ticket the service no longer lists for the agent (it left their team scope)', async () => {
    const staying = makeTicket({ number: 1, version: 2 });
    const leaving = makeTicket({ number: 2, version: 2 });
    let listed = [staying, leaving];
    const api = {
      listTickets: vi.fn((parameters: TicketListParameters): Promise<TicketList> => {
        const ids = (parameters.ids ?? '').split(',');
        const tickets = listed.filter((ticket) => ids.includes(ticket.id));
        return Promise.resolve({ tickets, total: tickets.length, next_cursor: null });
      }),
    } as unknown as ApiClient;
    const store = createTicketStore();
    store.upsert([staying, leaving]);
    const applier = createChangeApplier({ api, store });
    // The lead moves ticket 2 to another team's category: the list no longer names it for this agent.
    listed = [{ ...staying, version: 3 }];
    applier.apply([change(staying.id, 5), change(leaving.id, 6)]);
    await vi.waitFor(() => expect(store.get(leaving.id)).toBeUndefined());
    expect(store.get(staying.id)?.version).toBe(3);
    applier.dispose();
  });

  it('keeps the queue as it was when the refresh itself fails', async () => {
    const ticket = makeTicket({ number: 1, version: 2 });
    const listTickets = vi.fn(() => Promise.reject(new Error('offline')));
    const store = createTicketStore();
    store.upsert([ticket]);
    const applier = createChangeApplier({ api: { listTickets } as unknown as ApiClient, store });
    applier.apply([change(ticket.id, 7)]);
    await vi.waitFor(() => expect(listTickets).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.get(ticket.id)).toBeDefined();
    applier.dispose();
  });
});
