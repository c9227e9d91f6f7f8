import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../shared/domain/schemas';
import type { ApiClient } from '../../../renderer/api/api-client';
import { useConsoleSync } from '../../../renderer/app/use-console-sync';
import type { Session } from '../../../renderer/app/session';
import type { Arrivals } from '../../../renderer/features/queue/arrivals';
import type { TicketStore } from '../../../renderer/features/queue/ticket-store';
import type { LiveConnectionHandlers } from '../../../renderer/live/live-connection';
import { createPresenceStore } from '../../../renderer/live/presence';
import { createSettingsEvents } from '../../../renderer/live/settings-events';
import { createTicketEvents } from '../../../renderer/live/ticket-events';

// The socket and the ticket load are stood in for: this file checks what the sync tells the settings views.
const live = vi.hoisted(() => ({ handlers: null as LiveConnectionHandlers | null }));
vi.mock('../../../renderer/live/live-connection', () => ({
  connectLive: (options: { handlers: LiveConnectionHandlers }) => {
    live.handlers = options.handlers;
    return {
      ready: Promise.resolve(),
      lastSeq: () => null,
      advanceTo: vi.fn(),
      reportPresence: vi.fn(),
      close: vi.fn(),
    };
  },
}));
vi.mock('../../../renderer/features/queue/load-tickets', () => ({
  loadAllTickets: vi.fn(() => Promise.resolve()),
}));
vi.mock('../../../renderer/live/apply-changes', () => ({
  createChangeApplier: () => ({ apply: vi.fn(), dispose: vi.fn() }),
}));

const change = (seq: number, type: Change['type']): Change => ({
  seq,
  type,
  ticket_id: type === 'settings.updated' ? null : `ticket-${seq}`,
  at: '2025-03-05T05:22:00.000Z',
});

function renderSync() {
  const settingsEvents = createSettingsEvents();
  const heard = vi.fn();
  settingsEvents.subscribe(heard);
  const session = {
    serviceUrl: 'http://service.test',
    token: 'token-sora',
    agent: { id: 'agent-sora', name: 'Sora Park', email: 'sora.lead@demo.exchange', role: 'lead' },
    mode: 'browser',
  } as Session;
  renderHook(() =>
    useConsoleSync({
      session,
      api: {} as ApiClient,
      store: {} as TicketStore,
      arrivals: {} as Arrivals,
      ticketEvents: createTicketEvents(),
      presence: createPresenceStore(),
      settingsEvents,
      onUnauthorized: vi.fn(),
    }),
  );
  return heard;
}

describe('the console sync and settings changes', () => {
  it('tells the settings views once per batch holding settings.updated, and after a resync', async () => {
    const heard = renderSync();
    await waitFor(() => expect(live.handlers).not.toBeNull());
    const handlers = live.handlers!;
    handlers.onChanges([change(1, 'ticket.updated')]);
    expect(heard).not.toHaveBeenCalled();
    handlers.onChanges([change(2, 'settings.updated'), change(3, 'settings.updated')]);
    expect(heard).toHaveBeenCalledTimes(1);
    handlers.onResync();
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
