import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../shared/domain/schemas';
import type { ApiClient } from '../../../renderer/api/api-client';
import { useConsoleSync } from '../../../renderer/app/use-console-sync';
import type { Session } from '../../../renderer/app/session';
import type { CacheDatabase } from '../../../renderer/cache/cache-database';
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
// The page-by-page load, held open by a test that needs it running.
const pages = vi.hoisted(() => ({ finish: null as (() => void) | null, hold: false }));
vi.mock('../../../renderer/features/queue/load-tickets', () => ({
  loadAllTickets: vi.fn(
    () =>
      new Promise<void>((resolve) => {
        pages.finish = resolve;
        if (!pages.hold) {
          resolve();
        }
      }),
  ),
}));
// The offline cache's side of the sync: a first start (no cursor), no Worker stream (the page fallback).
const cacheSync = vi.hoisted(() => ({
  persistCursor: vi.fn((_database: unknown, cursor: number) => Promise.resolve(cursor + 1)),
  writeCursor: vi.fn(() => Promise.resolve()),
}));
vi.mock('../../../renderer/sync/cache-sync', () => ({
  changeLogHead: () => Promise.resolve(40),
  hydrateStoreFromCache: () => Promise.resolve(null),
  persistCursor: cacheSync.persistCursor,
  writeStoreThrough: () => ({ flush: () => Promise.resolve(), dispose: vi.fn() }),
}));
vi.mock('../../../renderer/cache/ticket-cache', () => ({
  readCursor: () => Promise.resolve(null),
  writeCursor: cacheSync.writeCursor,
}));
vi.mock('../../../renderer/sync/first-sync/streamed-first-sync', () => ({
  runStreamedFirstSync: () => Promise.resolve(false),
}));
vi.mock('../../../renderer/live/apply-changes', () => ({
  createChangeApplier: () => ({ apply: vi.fn(), dispose: vi.fn() }),
}));

const change = (seq: number, type: Change['type']): Change => ({
  seq,
  type,
  ticket_id: type === 'settings.updated' || type === 'preferences.updated' ? null : `ticket-${seq}`,
  at: '2025-03-05T05:22:00.000Z',
});

function renderSync(cache?: Promise<CacheDatabase | null>, onPreferencesChanged?: () => void) {
  const settingsEvents = createSettingsEvents();
  const heard = vi.fn();
  settingsEvents.subscribe(heard);
  const session = {
    serviceUrl: 'http://service.test',
    token: 'token-sora',
    agent: { id: 'agent-sora', name: 'Sora Park', email: 'sora.lead@demo.exchange', role: 'lead' },
    mode: 'browser',
  } as Session;
  // Made once: the hook restarts its sync whenever one of these changes identity.
  const options = {
    session,
    api: {} as ApiClient,
    store: {} as TicketStore,
    arrivals: {} as Arrivals,
    ticketEvents: createTicketEvents(),
    presence: createPresenceStore(),
    settingsEvents,
    onUnauthorized: vi.fn(),
    ...(cache ? { cache } : {}),
    ...(onPreferencesChanged ? { onPreferencesChanged } : {}),
  };
  renderHook(() => useConsoleSync(options));
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

describe('the console sync and the agent’s own preferences', () => {
  it('reads the preferences again once per batch holding preferences.updated, and after a resync', async () => {
    const onPreferencesChanged = vi.fn();
    renderSync(undefined, onPreferencesChanged);
    await waitFor(() => expect(live.handlers).not.toBeNull());
    const handlers = live.handlers!;
    handlers.onChanges([change(1, 'settings.updated'), change(2, 'ticket.created')]);
    expect(onPreferencesChanged).not.toHaveBeenCalled();
    handlers.onChanges([change(3, 'preferences.updated'), change(4, 'preferences.updated')]);
    expect(onPreferencesChanged).toHaveBeenCalledTimes(1);
    handlers.onResync();
    expect(onPreferencesChanged).toHaveBeenCalledTimes(2);
  });
});

describe('the page-by-page first sync and the stored cursor', () => {
  it('stores no cursor from live changes until every page is written, then the load’s head', async () => {
    pages.hold = true;
    live.handlers = null;
    renderSync(Promise.resolve({} as CacheDatabase));
    await waitFor(() => expect(pages.finish).not.toBeNull());
    await waitFor(() => expect(live.handlers).not.toBeNull());
    // Changes heard while pages are still loading: a console closed now must sync again at its next start,
    // so the cursor must not say these tickets are cached.
    live.handlers!.onChanges([change(41, 'ticket.updated'), change(42, 'ticket.created')]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cacheSync.persistCursor).not.toHaveBeenCalled();
    expect(cacheSync.writeCursor).not.toHaveBeenCalled();
    pages.finish!();
    await waitFor(() => expect(cacheSync.writeCursor).toHaveBeenCalledWith(expect.anything(), 40));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Once loaded, live changes move the cursor again.
    live.handlers!.onChanges([change(43, 'ticket.updated')]);
    await waitFor(() => expect(cacheSync.persistCursor).toHaveBeenCalledTimes(1));
    pages.hold = false;
  });
});
