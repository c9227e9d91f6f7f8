import { fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutboxEntry, type OutboxEntry } from '../../../shared/sync/outbox';
import { ConsoleContext, type ConsoleContextValue } from '../../../renderer/app/console-context';
import { CacheDatabase } from '../../../renderer/cache/cache-database';
import { ConnectionIndicator, syncStateOf } from '../../../renderer/features/layout/ConnectionIndicator';
import { createTicketStore } from '../../../renderer/features/queue/ticket-store';
import { createCacheNotices } from '../../../renderer/sync/cache-notices';
import { makeTicket } from '../fixtures';
import { freshIndexedDb } from '../cache/cache-test-database';

const databases: CacheDatabase[] = [];
afterEach(() => databases.splice(0).forEach((database) => database.close()));

const now = '2026-01-01T00:00:00.000Z';

function conflicted(): OutboxEntry {
  return {
    ...createOutboxEntry(
      {
        kind: 'update',
        ticket_id: 'ticket-4',
        base_version: 1,
        base: { priority: 'normal' },
        changes: { priority: 'urgent' },
      },
      'key-conflict',
      now,
    ),
    state: 'conflict',
    conflicts: [{ field: 'priority', base: 'normal', mine: 'urgent', theirs: 'low' }],
  };
}

async function renderIndicator(entries: OutboxEntry[], overrides: Partial<ConsoleContextValue> = {}) {
  const cache = new CacheDatabase(`indicator-${databases.length}`, freshIndexedDb());
  databases.push(cache);
  await cache.outbox.bulkPut(entries);
  const store = createTicketStore();
  store.upsert([makeTicket({ number: 4 })]);
  const outbox = {
    resolve: vi.fn(() => Promise.resolve()),
    discard: vi.fn(() => Promise.resolve()),
    retryNow: vi.fn(),
  };
  const value = {
    store,
    cache,
    outbox,
    cacheNotices: createCacheNotices(),
    load: { progress: null, error: null, isLoading: false, retry: () => undefined },
    ...overrides,
  } as unknown as ConsoleContextValue;
  render(
    <ConsoleContext.Provider value={value}>
      <ConnectionIndicator state={overrides.connection ?? 'live'} />
    </ConsoleContext.Provider>,
  );
  return { outbox, value };
}

describe('sync state indicator', () => {
  it('ranks conflict over failed over offline over syncing over online', () => {
    expect(syncStateOf({ connection: 'offline', isSyncing: true, conflicts: 1, failed: 1 })).toBe('conflict');
    expect(syncStateOf({ connection: 'offline', isSyncing: true, conflicts: 0, failed: 1 })).toBe('failed');
    expect(syncStateOf({ connection: 'live', isSyncing: false, conflicts: 0, failed: 2 })).toBe('failed');
    expect(syncStateOf({ connection: 'reconnecting', isSyncing: true, conflicts: 0 })).toBe('offline');
    expect(syncStateOf({ connection: 'live', isSyncing: true, conflicts: 0 })).toBe('syncing');
    expect(syncStateOf({ connection: 'live', isSyncing: false, conflicts: 0 })).toBe('online');
  });

  it('shows offline with the number of pending actions', async () => {
    const pending = createOutboxEntry(
      { kind: 'message', ticket_id: 'ticket-4', body: { kind: 'reply', body: 'Hi' } },
      'key-1',
      now,
    );
    await renderIndicator([pending], { connection: 'offline' });
    const indicator = await screen.findByTestId('sync-state');
    await vi.waitFor(() => expect(screen.getByTestId('sync-pending-count')).toHaveTextContent('1'));
    expect(indicator).toHaveAttribute('data-state', 'offline');
    expect(indicator).toHaveTextContent('Offline · 1 pending');
  });

  it('lists a conflict with both values and sends the agent’s choice', async () => {
    const { outbox } = await renderIndicator([conflicted()]);
    const indicator = await screen.findByTestId('sync-state');
    await vi.waitFor(() => expect(indicator).toHaveAttribute('data-state', 'conflict'));
    fireEvent.click(indicator);
    const item = await screen.findByTestId('conflict-item');
    expect(item).toHaveTextContent('#4');
    expect(within(item).getByTestId('conflict-choose-mine')).toHaveTextContent('urgent');
    expect(within(item).getByTestId('conflict-choose-theirs')).toHaveTextContent('low');
    fireEvent.click(within(item).getByTestId('conflict-choose-theirs'));
    expect(outbox.resolve).toHaveBeenCalledWith('key-conflict', { priority: 'theirs' });
  });

  it('keeps a failed action visible until the agent discards it', async () => {
    const failed: OutboxEntry = {
      ...createOutboxEntry(
        { kind: 'bulk', body: { ticket_ids: ['ticket-4'], changes: { status: 'open' } } },
        'key-failed',
        now,
      ),
      state: 'failed',
      error: { code: 'forbidden', message: 'Only leads may do this' },
    };
    const { outbox } = await renderIndicator([failed]);
    const indicator = await screen.findByTestId('sync-state');
    // Online with nothing pending, the indicator does not say "Synced" while a change was refused.
    await vi.waitFor(() => expect(indicator).toHaveAttribute('data-state', 'failed'));
    expect(indicator).toHaveTextContent('1 change not sent');
    expect(indicator).not.toHaveTextContent('Synced');
    expect(within(indicator).getByTestId('sync-failed-open')).toHaveTextContent('See why');
    fireEvent.click(indicator);
    const item = await screen.findByTestId('outbox-item');
    // The service's words, behind the console's lead-in.
    expect(item).toHaveTextContent('The service refused it: Only leads may do this');
    fireEvent.click(within(item).getByTestId('outbox-discard'));
    expect(outbox.discard).toHaveBeenCalledWith('key-failed');
  });

  it('counts every refused change and says so in Korean and Chinese too', async () => {
    const refused = (key: string): OutboxEntry => ({
      ...createOutboxEntry(
        { kind: 'message', ticket_id: 'ticket-4', body: { kind: 'reply', body: 'Hi' } },
        key,
        now,
      ),
      state: 'failed',
      error: { code: 'invalid_transition', message: 'closed tickets take no replies' },
    });
    await i18next.changeLanguage('ko');
    try {
      await renderIndicator([refused('key-a'), refused('key-b')]);
      const indicator = await screen.findByTestId('sync-state');
      await vi.waitFor(() => expect(indicator).toHaveTextContent('보내지 못한 변경 2건'));
      fireEvent.click(indicator);
      expect((await screen.findAllByTestId('outbox-item'))[0]).toHaveTextContent(
        '서비스가 거부했습니다: closed tickets take no replies',
      );
      await i18next.changeLanguage('zh');
      await vi.waitFor(() => expect(indicator).toHaveTextContent('2 项更改未发送'));
      expect(indicator).toHaveTextContent('查看原因');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('tells the agent when a full disk cost old threads', async () => {
    const notices = createCacheNotices();
    await renderIndicator([], { cacheNotices: notices });
    await screen.findByTestId('sync-state');
    expect(screen.queryByRole('alert')).toBeNull();
    notices.publish({ kind: 'evicted', count: 12 });
    expect(await screen.findByRole('alert')).toHaveTextContent('12 older closed tickets');
  });
});
