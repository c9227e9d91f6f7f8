import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import { FakeSocket } from './fake-socket';
import type { Change, ChangeList } from '../../../shared/domain/schemas';
import type { ApiClient } from '../../../renderer/api/api-client';
import {
  connectLive,
  type ConnectionState,
  type LiveConnectionHandlers,
} from '../../../renderer/live/live-connection';
import { createChangeApplier } from '../../../renderer/live/apply-changes';
import { createTicketStore } from '../../../renderer/features/queue/ticket-store';
import { makeTicket } from '../fixtures';

const change = (seq: number, ticketId = `ticket-${seq}`): Change => ({
  seq,
  type: 'ticket.updated',
  ticket_id: ticketId,
  at: '2025-03-05T05:22:00.000Z',
});

function setUp(
  changesSince: (since: number) => ChangeList,
  extraHandlers: Partial<LiveConnectionHandlers> = {},
) {
  const socket = new FakeSocket();
  const delivered: number[] = [];
  const states: ConnectionState[] = [];
  const onResync = vi.fn();
  const api = {
    changes: vi.fn((since: number) => Promise.resolve(changesSince(since))),
  } as unknown as ApiClient;
  const connection = connectLive({
    serviceUrl: 'http://127.0.0.1:9',
    token: 'secret',
    api,
    createSocket: () => socket as unknown as Socket,
    handlers: {
      onChanges: (changes) => delivered.push(...changes.map((entry) => entry.seq)),
      onResync,
      onState: (state) => states.push(state),
      ...extraHandlers,
    },
  });
  return { socket, delivered, states, onResync, api, connection };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('live connection', () => {
  it('delivers changes in order once each, dropping duplicates', async () => {
    const { socket, delivered, states, connection } = setUp(() => ({ changes: [], next: 0 }));
    socket.fire('connect');
    await connection.ready;
    socket.fire('change', change(1));
    socket.fire('change', change(2));
    socket.fire('change', change(2));
    socket.fire('change', { seq: 'bad' });
    await settle();
    expect(delivered).toEqual([1, 2]);
    expect(states).toEqual(['connecting', 'live']);
    expect(connection.lastSeq()).toBe(2);
  });

  it('catches up from the change log after a reconnect', async () => {
    const { socket, delivered, states, api } = setUp((since) => ({
      changes: [change(since + 1), change(since + 2)],
      next: since + 2,
    }));
    socket.fire('connect');
    socket.fire('change', change(5));
    await settle();
    socket.fire('disconnect', 'transport close');
    socket.fire('connect');
    socket.fire('change', change(8));
    await vi.waitFor(() => expect(delivered).toEqual([5, 6, 7, 8]));
    expect(api.changes).toHaveBeenCalledWith(5, 1000);
    expect(states).toEqual(['connecting', 'live', 'reconnecting', 'live']);
  });

  it('asks for a full reload when it reconnects before seeing any change', async () => {
    const { socket, onResync } = setUp(() => ({ changes: [], next: 0 }));
    socket.fire('connect');
    socket.fire('disconnect', 'transport close');
    socket.fire('connect');
    await vi.waitFor(() => expect(onResync).toHaveBeenCalledTimes(1));
  });

  it('shows offline when the service cannot be reached', () => {
    const { socket, states } = setUp(() => ({ changes: [], next: 0 }));
    socket.active = false;
    socket.fire('connect_error', new Error('xhr poll error'));
    expect(states.at(-1)).toBe('offline');
  });

  it('signs out with the reason when the service refuses the token of a session that ended', () => {
    const onSessionEnded = vi.fn();
    const { socket } = setUp(() => ({ changes: [], next: 0 }), { onSessionEnded });
    socket.active = false;
    socket.fire('connect_error', Object.assign(new Error('unauthorized'), { data: { reason: 'disabled' } }));
    expect(onSessionEnded).toHaveBeenCalledWith('disabled');
    // A token the service never issued: the console signs out as for an expired session, once.
    const unknown = setUp(() => ({ changes: [], next: 0 }), { onSessionEnded });
    unknown.socket.fire('connect_error', new Error('unauthorized'));
    unknown.socket.fire('connect_error', new Error('unauthorized'));
    expect(onSessionEnded.mock.calls).toEqual([['disabled'], ['expired']]);
  });
});

describe('change applier', () => {
  it('fetches each changed ticket into the store and reports new ones', async () => {
    const store = createTicketStore();
    const ticket = makeTicket({ number: 9, version: 2 });
    // Changed tickets are refreshed through the list form (`GET /api/tickets?ids=`, masked and not counted
    // against the read budget); the full detail only for tickets the console wants in detail.
    const api = {
      listTickets: vi.fn(() => Promise.resolve({ tickets: [ticket], total: 1, next_cursor: null })),
      getTicket: vi.fn(() => Promise.resolve({ ...ticket, messages: [], attachments: [] })),
    } as unknown as ApiClient;
    const onCreated = vi.fn();
    const onTicketDetail = vi.fn();
    const applier = createChangeApplier({
      api,
      store,
      onCreated,
      onTicketDetail,
      wantsDetail: () => true,
    });
    applier.apply([
      { seq: 1, type: 'ticket.created', ticket_id: ticket.id, at: ticket.created_at },
      change(2, ticket.id),
    ]);
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(ticket.id));
    await vi.waitFor(() => expect(api.listTickets).toHaveBeenCalled());
    await vi.waitFor(() => expect(onTicketDetail).toHaveBeenCalled());
    expect(store.get(ticket.id)?.number).toBe(9);
  });
});
