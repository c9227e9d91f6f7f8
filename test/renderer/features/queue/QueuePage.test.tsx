import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Agent, Ticket } from '../../../../shared/domain/schemas';
import type {
  AgentPreferences,
  AgentPreferencesPatch,
  BulkUpdate,
  SavedView,
} from '../../../../shared/domain/workflow-schemas';
import type { ApiClient } from '../../../../renderer/api/api-client';
import { createAgentPreferencesStore } from '../../../../renderer/app/agent-preferences';
import { ConsoleContext, type ConsoleContextValue } from '../../../../renderer/app/console-context';
import { createArrivals } from '../../../../renderer/features/queue/arrivals';
import type { QueueLookups } from '../../../../renderer/features/queue/queue-model';
import { QueuePage } from '../../../../renderer/features/queue/QueuePage';
import { createTicketStore } from '../../../../renderer/features/queue/ticket-store';
import { createPresenceStore } from '../../../../renderer/live/presence';
import { createSettingsEvents } from '../../../../renderer/live/settings-events';
import { createTicketEvents } from '../../../../renderer/live/ticket-events';
import { makeTicket } from '../../fixtures';

const me: Agent = { id: 'me-id', name: 'Minji Kim', email: 'minji@demo.exchange', role: 'agent' };
const lookups: QueueLookups = {
  agentName: (id) => (id === me.id ? me.name : null),
  categoryName: (key) => key,
};

function setup(tickets: Ticket[], options: { isLoaded?: boolean; remote?: Ticket[]; path?: string } = {}) {
  // Browser mode reads the view from the address: these tests start on "All tickets" unless told.
  window.history.replaceState(null, '', options.path ?? '/views/all');
  const store = createTicketStore();
  store.upsert(tickets);
  if (options.isLoaded !== false) {
    store.markLoaded();
  }
  let saved: AgentPreferences = {};
  const api = {
    preferences: vi.fn(() => Promise.resolve<AgentPreferences>({})),
    patchPreferences: vi.fn((patch: AgentPreferencesPatch) => {
      saved = { ...saved, ...patch } as AgentPreferences;
      return Promise.resolve(saved);
    }),
    // Without an outbox (no cache in these tests) saved views go to the service one by one.
    saveView: vi.fn((view: SavedView) => Promise.resolve<AgentPreferences>({ saved_views: [view] })),
    deleteView: vi.fn(() => Promise.resolve<AgentPreferences>({})),
    updateTicket: vi.fn((id: string, update: Partial<Ticket>) =>
      Promise.resolve({ ...(store.get(id) as Ticket), ...update, version: 2 }),
    ),
    bulkUpdate: vi.fn((bulk: BulkUpdate) =>
      Promise.resolve({
        updated: bulk.ticket_ids.map((id) => ({ ...(store.get(id) as Ticket), ...bulk.changes, version: 3 })),
        failed: [],
      }),
    ),
    // The pane's own loading is not what these tests look at: it stays "loading".
    getTicket: vi.fn(() => new Promise(() => undefined)),
    routing: vi.fn(() =>
      Promise.resolve({ teams: [], profiles: [], rules: [], skill_wait_minutes: 30, online_agent_ids: [] }),
    ),
    listTickets: vi.fn(() =>
      Promise.resolve({
        tickets: options.remote ?? [],
        next_cursor: null,
        total: options.remote?.length ?? 0,
      }),
    ),
  };
  const value = {
    session: { serviceUrl: 'http://service', token: 't', agent: me, mode: 'browser' },
    api: api as unknown as ApiClient,
    store,
    arrivals: createArrivals(),
    ticketEvents: createTicketEvents(),
    presence: createPresenceStore(),
    settingsEvents: createSettingsEvents(),
    agentPreferences: createAgentPreferencesStore({ api, agentId: me.id, storage: null }),
    agents: [me],
    categories: [],
    lookups,
    connection: 'live',
    load: { progress: null, error: null, isLoading: false, retry: () => undefined },
    signOut: () => undefined,
  } as unknown as ConsoleContextValue;
  render(
    <ConsoleContext value={value}>
      <div style={{ height: 800 }}>
        <QueuePage isActive />
      </div>
    </ConsoleContext>,
  );
  return { api, store, saved: () => saved };
}

const viewItem = (id: string): HTMLElement =>
  screen.getAllByTestId('view-item').find((item) => item.getAttribute('data-view-id') === id) as HTMLElement;

const tickets = [
  makeTicket({ number: 1, assignee_id: 'me-id', status: 'open', subject: '출금 지연' }),
  makeTicket({ number: 2, status: 'new', subject: 'Deposit missing' }),
  makeTicket({ number: 3, status: 'awaiting_customer', assignee_id: 'other' }),
];

describe('QueuePage', () => {
  // happy-dom has no layout and no idle callbacks: give every element a size so the virtual list renders
  // rows, and run idle work as a plain task.
  const size = { offsetWidth: 1200, offsetHeight: 800 };
  const originals = Object.fromEntries(
    Object.keys(size).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]),
  );
  beforeAll(() => {
    for (const [key, value] of Object.entries(size)) {
      Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
    }
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
    vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
  });
  afterAll(() => {
    for (const [key, descriptor] of Object.entries(originals)) {
      if (descriptor) {
        Object.defineProperty(HTMLElement.prototype, key, descriptor);
      }
    }
    vi.unstubAllGlobals();
  });

  it('counts the views and filters the table by the selected one', async () => {
    const { api } = setup(tickets);
    await waitFor(() => expect(within(viewItem('mine')).getByTestId('view-count')).toHaveTextContent('1'));
    expect(within(viewItem('all')).getByTestId('view-count')).toHaveTextContent('3');
    fireEvent.click(viewItem('mine'));
    expect(screen.getByTestId('queue-count')).toHaveTextContent('1 of 3 tickets');
    fireEvent.click(viewItem('unassigned'));
    expect(screen.getByTestId('queue-count')).toHaveTextContent('1 of 3 tickets');
    // j focuses the first row of the view: the unassigned ticket, which a then assigns.
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'a' });
    expect(api.updateTicket).toHaveBeenCalledWith('ticket-2', { assignee_id: 'me-id' });
  });

  it('assigns the focused ticket to me with a', async () => {
    const { api, store } = setup(tickets);
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'a' });
    expect(api.updateTicket).toHaveBeenCalledWith('ticket-2', { assignee_id: 'me-id' });
    await waitFor(() => expect(store.get('ticket-2')?.assignee_id).toBe('me-id'));
  });

  it('checks rows with x and changes them in bulk, keeping the result visible', async () => {
    const { api, store } = setup(tickets);
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'x' });
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'x' });
    expect(screen.getByTestId('bulk-bar')).toHaveTextContent('2 selected');
    fireEvent.change(screen.getByTestId('bulk-priority'), { target: { value: 'urgent' } });
    await waitFor(() => expect(screen.getByTestId('bulk-result')).toHaveTextContent('2 updated, 0 failed'));
    expect(api.bulkUpdate).toHaveBeenCalledWith({
      ticket_ids: ['ticket-3', 'ticket-2'],
      changes: { priority: 'urgent' },
    });
    expect(store.get('ticket-2')?.priority).toBe('urgent');
  });

  it('saves the current filters and search as a named view, remembered in the preferences', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { api, saved } = setup(tickets);
      fireEvent.change(screen.getByTestId('queue-search'), { target: { value: '출금' } });
      expect(screen.getByTestId('queue-count')).toHaveTextContent('1 of 3 tickets');
      fireEvent.click(screen.getByTestId('view-save'));
      fireEvent.change(screen.getByTestId('view-name'), { target: { value: '출금 문의' } });
      fireEvent.submit(screen.getByTestId('view-name'));
      expect(screen.getByTestId('queue-search')).toHaveValue('');
      expect(screen.getByTestId('queue-count')).toHaveTextContent('1 of 3 tickets');
      // The toolbar is empty now: the view says what it filters on.
      expect(screen.getByTestId('view-summary')).toHaveTextContent('This view shows');
      expect(screen.getByTestId('view-summary')).toHaveTextContent('Search “출금”');
      fireEvent.click(screen.getByRole('button', { name: /All tickets/ }));
      expect(screen.queryByTestId('view-summary')).not.toBeInTheDocument();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(5000);
      });
      // The view goes on its own, never inside the whole preferences document.
      expect(api.saveView.mock.calls.map(([view]) => [view.name, view.filters])).toEqual([
        ['출금 문의', { text: '출금' }],
      ]);
      expect(saved().saved_views).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps a saved view's own sort, saved with the view after a pause, and deletes the view on its own", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { api } = setup(tickets);
      fireEvent.change(screen.getByTestId('queue-search'), { target: { value: 'e' } });
      fireEvent.click(screen.getByTestId('view-save'));
      fireEvent.change(screen.getByTestId('view-name'), { target: { value: 'Sorted' } });
      fireEvent.submit(screen.getByTestId('view-name'));
      const [[created]] = api.saveView.mock.calls as [[SavedView]];
      const status = screen.getByRole('columnheader', { name: /status/i });
      fireEvent.click(within(status).getByRole('button'));
      expect(status).toHaveAttribute('aria-sort', 'descending');
      // Not at once (a column drag is many changes): once the view stayed unchanged for a pause.
      expect(api.saveView).toHaveBeenCalledTimes(1);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1000);
      });
      expect(api.saveView).toHaveBeenLastCalledWith({ ...created, sort: [{ id: 'status', desc: true }] });
      // Other views keep their own sort.
      fireEvent.click(screen.getByRole('button', { name: /All tickets/ }));
      expect(screen.getByRole('columnheader', { name: /status/i })).toHaveAttribute('aria-sort', 'none');
      fireEvent.click(viewItem(`saved:${created.id}`));
      expect(screen.getByRole('columnheader', { name: /status/i })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
      fireEvent.click(screen.getByRole('button', { name: /Delete.*Sorted/ }));
      expect(api.deleteView).toHaveBeenCalledWith(created.id);
      expect(screen.queryByText('Sorted')).not.toBeInTheDocument();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(5000);
      });
      expect(api.patchPreferences.mock.calls.every(([patch]) => !('saved_views' in patch))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("sends a saved view's sort at once when the page goes away within the pause, and stashes it until then", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { api } = setup(tickets);
      fireEvent.change(screen.getByTestId('queue-search'), { target: { value: 'e' } });
      fireEvent.click(screen.getByTestId('view-save'));
      fireEvent.change(screen.getByTestId('view-name'), { target: { value: 'Reloaded' } });
      fireEvent.submit(screen.getByTestId('view-name'));
      const [[created]] = api.saveView.mock.calls as [[SavedView]];
      await act(async () => {
        await Promise.resolve();
      });
      const stashKey = `support-console.waiting-view-changes.${me.id}`;
      // The service took the new view: nothing left in the stash.
      expect(localStorage.getItem(stashKey)).toBeNull();
      fireEvent.click(within(screen.getByRole('columnheader', { name: /status/i })).getByRole('button'));
      const sorted = { ...created, sort: [{ id: 'status', desc: true }] };
      // Within the pause the sort is only in this page, and in the stash a reload's next start reads.
      expect(api.saveView).toHaveBeenCalledTimes(1);
      expect(JSON.parse(localStorage.getItem(stashKey) ?? '[]')).toEqual([
        { kind: 'save_view', view: sorted },
      ]);
      // A reload or close: the page sends it now, not after the pause.
      window.dispatchEvent(new Event('pagehide'));
      expect(api.saveView).toHaveBeenCalledTimes(2);
      expect(api.saveView).toHaveBeenLastCalledWith(sorted);
      await act(async () => {
        await Promise.resolve();
      });
      expect(localStorage.getItem(stashKey)).toBeNull();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(2000);
      });
      expect(api.saveView).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
      localStorage.clear();
    }
  });

  it('also asks the service while the queue is still loading, and merges what it finds', async () => {
    const older = makeTicket({ number: 9, subject: 'Old 출금 case' });
    const { api } = setup(tickets, { isLoaded: false, remote: [older] });
    fireEvent.change(screen.getByTestId('queue-search'), { target: { value: '출금' } });
    expect(screen.getByTestId('queue-count')).toHaveTextContent('1 of 3 tickets');
    await waitFor(() => expect(screen.getByTestId('queue-count')).toHaveTextContent('2 of 4 tickets'));
    expect(api.listTickets).toHaveBeenCalledWith({ q: '출금', limit: 200 });
    expect(screen.getByTestId('service-search-state')).toHaveTextContent('1 found and merged');
  });

  it('asks the service only on request once every ticket is loaded', async () => {
    const { api } = setup(tickets, { remote: [] });
    fireEvent.change(screen.getByTestId('queue-search'), { target: { value: 'withdrawal' } });
    expect(api.listTickets).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('service-search'));
    await waitFor(() => expect(api.listTickets).toHaveBeenCalledWith({ q: 'withdrawal', limit: 200 }));
  });

  it('lands on My work (mine and unassigned, by SLA due time) at /, and names it in the address', async () => {
    setup(tickets, { path: '/' });
    expect(viewItem('next')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByTestId('queue-count')).toHaveTextContent('2 of 3 tickets');
    await waitFor(() => expect(window.location.pathname).toBe('/views/next'));
  });

  it('opens the ticket the address names', async () => {
    setup(tickets, { path: '/tickets/2' });
    await waitFor(() => expect(screen.getByTestId('ticket-pane')).toBeInTheDocument());
    expect(window.location.pathname).toBe('/tickets/2');
  });

  it('shows every shortcut on ?', () => {
    setup(tickets);
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    expect(screen.getByTestId('shortcut-help')).toHaveTextContent('Change priority');
  });
});
