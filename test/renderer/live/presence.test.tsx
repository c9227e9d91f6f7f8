import { EventEmitter } from 'node:events';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PresenceEntry, PresenceUpdate } from '../../../shared/domain/workflow-schemas';
import type { ApiClient } from '../../../renderer/api/api-client';
import { ConsoleContext, type ConsoleContextValue } from '../../../renderer/app/console-context';
import { connectLive } from '../../../renderer/live/live-connection';
import {
  createPresenceStore,
  useReportPresence,
  useTicketViewers,
  useTypingSignal,
  useViewersByTicket,
  type LivePresenceStore,
} from '../../../renderer/live/presence';

/** A socket.io client stand-in: records what the console emits and fires what the service would send. */
class FakeSocket extends EventEmitter {
  connected = false;
  active = true;
  readonly sent: unknown[][] = [];
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'presence:update') {
      this.sent.push(args);
      return true;
    }
    return super.emit(event, ...args);
  }
  connect(): this {
    return this;
  }
  disconnect(): this {
    this.connected = false;
    return this;
  }
  fire(event: string, ...args: unknown[]): void {
    this.connected = event === 'connect' ? true : event === 'disconnect' ? false : this.connected;
    super.emit(event, ...args);
  }
}

const selfId = 'agent-self';
const entry = (agentId: string, ticketId: string, typing = false): PresenceEntry => ({
  agent_id: agentId,
  agent_name: agentId === selfId ? 'Me' : `Agent ${agentId}`,
  ticket_id: ticketId,
  typing,
  since: '2025-03-05T05:22:00.000Z',
});

function connectWithPresence(presence: LivePresenceStore) {
  const socket = new FakeSocket();
  const live = connectLive({
    serviceUrl: 'http://127.0.0.1:9',
    token: 'secret',
    api: { changes: vi.fn() } as unknown as ApiClient,
    createSocket: () => socket as unknown as Socket,
    handlers: {
      onChanges: vi.fn(),
      onResync: vi.fn(),
      onState: vi.fn(),
      onPresence: (snapshot) => presence.receive(snapshot),
    },
  });
  presence.attach((update) => live.reportPresence(update));
  return { socket, live };
}

function wrapperFor(presence: LivePresenceStore) {
  const value = { presence, session: { agent: { id: selfId } } } as unknown as ConsoleContextValue;
  return function Wrapper({ children }: { children: ReactNode }): ReactElement {
    return <ConsoleContext.Provider value={value}>{children}</ConsoleContext.Provider>;
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('presence over the live connection', () => {
  it('sends where the agent is, again after a reconnect, and only real changes', () => {
    const presence = createPresenceStore();
    presence.report({ ticket_id: 'ticket-1', typing: false });
    const { socket } = connectWithPresence(presence);
    expect(socket.sent).toEqual([]);
    socket.fire('connect');
    presence.report({ ticket_id: 'ticket-1', typing: true });
    presence.report({ ticket_id: 'ticket-1', typing: true });
    const expected: PresenceUpdate[] = [
      { ticket_id: 'ticket-1', typing: false },
      { ticket_id: 'ticket-1', typing: true },
    ];
    expect(socket.sent.map(([update]) => update)).toEqual(expected);
    socket.fire('disconnect', 'transport close');
    presence.report({ ticket_id: 'ticket-2', typing: false });
    expect(socket.sent).toHaveLength(2);
    socket.fire('connect');
    expect(socket.sent.at(-1)).toEqual([{ ticket_id: 'ticket-2', typing: false }]);
  });

  it('keeps the service snapshots, ignores malformed ones and forgets everyone on disconnect', () => {
    const presence = createPresenceStore();
    const { socket } = connectWithPresence(presence);
    socket.fire('connect');
    socket.fire('presence', { viewers: [entry('a', 'ticket-1')] });
    socket.fire('presence', { viewers: 'everyone' });
    expect(presence.viewers()).toEqual([entry('a', 'ticket-1')]);
    socket.fire('disconnect', 'transport close');
    expect(presence.viewers()).toEqual([]);
  });
});

describe('presence hooks', () => {
  function Viewers({ ticketId }: { ticketId: string }): ReactElement {
    const viewers = useTicketViewers(ticketId);
    const byTicket = useViewersByTicket();
    return (
      <div>
        <p data-testid="viewers">
          {viewers.map((viewer) => `${viewer.agent_name}${viewer.typing ? '…' : ''}`).join(',')}
        </p>
        <p data-testid="tickets">{[...byTicket.keys()].sort().join(',')}</p>
      </div>
    );
  }

  it('shows the other agents on a ticket and per ticket, never the signed-in agent', () => {
    const presence = createPresenceStore();
    render(<Viewers ticketId="ticket-1" />, { wrapper: wrapperFor(presence) });
    expect(screen.getByTestId('viewers')).toHaveTextContent('');
    act(() =>
      presence.receive({
        viewers: [
          entry(selfId, 'ticket-1'),
          entry('b', 'ticket-1', true),
          entry('c', 'ticket-2'),
          entry(selfId, 'ticket-3'),
        ],
      }),
    );
    expect(screen.getByTestId('viewers')).toHaveTextContent('Agent b…');
    expect(screen.getByTestId('tickets')).toHaveTextContent('ticket-1,ticket-2');
  });

  function Pane({ ticketId }: { ticketId: string | null }): ReactElement {
    const [typing, onKeystroke] = useTypingSignal();
    useReportPresence(ticketId, typing);
    return <textarea aria-label="reply" onChange={onKeystroke} />;
  }

  it('reports the shown ticket, typing until four quiet seconds, and nowhere once closed', () => {
    vi.useFakeTimers();
    const presence = createPresenceStore();
    const sent: PresenceUpdate[] = [];
    presence.attach((update) => sent.push(update));
    const view = render(<Pane ticketId="ticket-1" />, { wrapper: wrapperFor(presence) });
    expect(sent).toEqual([{ ticket_id: 'ticket-1', typing: false }]);
    fireEvent.change(screen.getByLabelText('reply'), { target: { value: 'H' } });
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    fireEvent.change(screen.getByLabelText('reply'), { target: { value: 'Hi' } });
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(sent.at(-1)).toEqual({ ticket_id: 'ticket-1', typing: true });
    act(() => {
      vi.advanceTimersByTime(1100);
    });
    expect(sent.at(-1)).toEqual({ ticket_id: 'ticket-1', typing: false });
    view.rerender(<Pane ticketId="ticket-2" />);
    expect(sent.at(-1)).toEqual({ ticket_id: 'ticket-2', typing: false });
    view.unmount();
    expect(sent.at(-1)).toEqual({ ticket_id: null, typing: false });
    expect(sent).toHaveLength(5);
  });
});
