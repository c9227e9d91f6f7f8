import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketDetail } from '../../../shared/domain/schemas';
import type { DesktopApi, DesktopNotification } from '../../../shared/ipc';
import { connectDesktopShell } from '../../../renderer/desktop/desktop-shell';
import { createTicketStore } from '../../../renderer/features/queue/ticket-store';
import { createTicketEvents } from '../../../renderer/live/ticket-events';
import { makeTicket } from '../fixtures';

const me = 'agent-kim';
const now = Date.parse('2025-03-05T10:00:00.000Z');

/** A `window.desktop` that records what the console tells the shell. */
function fakeDesktop() {
  const calls = {
    notifications: [] as DesktopNotification[],
    badges: [] as number[],
    drafts: [] as boolean[],
    languages: [] as (string | null)[],
  };
  const desktop: DesktopApi = {
    getConnection: () => Promise.reject(new Error('unused')),
    getAppInfo: () => Promise.resolve({ platform: 'win32', version: '1.0.0' }),
    onOpenTicket: () => () => undefined,
    getPreferences: () => Promise.reject(new Error('unused')),
    updatePreferences: () => Promise.reject(new Error('unused')),
    relaunch: () => Promise.resolve(),
    setLanguage: () => Promise.resolve(),
    showNotification: (notification) => {
      calls.notifications.push(notification);
      return Promise.resolve({ shown: true });
    },
    setBadgeCount: (count) => {
      calls.badges.push(count);
      return Promise.resolve();
    },
    setDraftState: (hasUnsentDraft) => {
      calls.drafts.push(hasUnsentDraft);
      return Promise.resolve();
    },
    setSpellCheckLanguage: (language) => {
      calls.languages.push(language);
      return Promise.resolve({ languages: [] });
    },
    getToken: () => Promise.resolve(null),
    setToken: () => Promise.resolve(true),
    clearToken: () => Promise.resolve(),
    onAssignmentsPaused: () => () => undefined,
  };
  return { desktop, calls };
}

/** Bridges still connected (each has timers and document listeners), stopped after each test. */
const running: (() => void)[] = [];

function setUp() {
  const store = createTicketStore();
  const ticketEvents = createTicketEvents();
  const { desktop, calls } = fakeDesktop();
  const stop = connectDesktopShell({
    desktop,
    store,
    ticketEvents,
    agentId: me,
    now: () => now,
    texts: (event) => ({ title: `${event.kind} #${event.ticketNumber}`, body: event.subject }),
  });
  running.push(stop);
  return { store, ticketEvents, calls, stop };
}

describe('desktop shell bridge', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => {
    running.splice(0).forEach((stop) => stop());
  });

  it('sets the badge to my open tickets needing a reply once the queue has loaded, and on changes', () => {
    const { store, calls, stop } = setUp();
    store.upsert([makeTicket({ number: 1, assignee_id: me, status: 'open' })]);
    expect(calls.badges).toEqual([]); // still loading
    store.markLoaded();
    expect(calls.badges).toEqual([1]);
    store.upsert([makeTicket({ number: 2, assignee_id: me, status: 'new' })]);
    store.upsert([makeTicket({ number: 1, assignee_id: me, status: 'awaiting_customer', version: 2 })]);
    expect(calls.badges).toEqual([1, 2, 1]);
    stop();
    expect(calls.badges.at(-1)).toBe(0);
  });

  it('announces a ticket assigned to me after the first load, but not the tickets I had already', () => {
    const { store, calls } = setUp();
    store.upsert([
      makeTicket({ number: 1, assignee_id: me, status: 'open' }),
      makeTicket({ number: 2, assignee_id: null, subject: 'Deposit missing' }),
    ]);
    store.markLoaded();
    expect(calls.notifications).toEqual([]);

    store.upsert([makeTicket({ number: 2, assignee_id: me, subject: 'Deposit missing', version: 2 })]);
    expect(calls.notifications).toEqual([
      {
        kind: 'assignment',
        ticketNumber: 2,
        key: 'assignment:ticket-2:2',
        title: 'assignment #2',
        body: 'Deposit missing',
      },
    ]);
  });

  it('announces an SLA turning at risk on my ticket, once, but not those already at risk at start', () => {
    const { store, calls } = setUp();
    const clock = (dueAt: string) => ({
      target_ms: 4 * 60 * 60 * 1000,
      due_at: dueAt,
      remaining_ms: 0,
      state: 'running' as const,
      is_running: true,
    });
    // 30 minutes left of 4 hours at `now`: at risk.
    const atRisk = {
      first_response: clock('2025-03-05T10:30:00.000Z'),
      resolution: clock('2025-03-07T00:00:00.000Z'),
    };
    const comfortable = {
      first_response: clock('2025-03-05T14:00:00.000Z'),
      resolution: clock('2025-03-07T00:00:00.000Z'),
    };
    store.upsert([
      makeTicket({ number: 5, assignee_id: me, status: 'open', sla: atRisk }),
      makeTicket({ number: 6, assignee_id: me, status: 'open', sla: comfortable }),
    ]);
    store.markLoaded();
    expect(calls.notifications).toEqual([]);

    store.upsert([makeTicket({ number: 6, assignee_id: me, status: 'open', sla: atRisk, version: 2 })]);
    store.upsert([makeTicket({ number: 6, assignee_id: me, status: 'open', sla: atRisk, version: 3 })]);
    expect(calls.notifications.map(({ kind, ticketNumber }) => ({ kind, ticketNumber }))).toEqual([
      { kind: 'slaAtRisk', ticketNumber: 6 },
    ]);
  });

  it('announces a customer reply on my ticket from the live ticket details', () => {
    const { store, ticketEvents, calls } = setUp();
    store.markLoaded();
    const detail: TicketDetail = {
      ...makeTicket({ number: 3, assignee_id: me, status: 'open' }),
      messages: [
        {
          id: 'message-9',
          ticket_id: 'ticket-3',
          kind: 'customer',
          author_agent_id: null,
          author_name: null,
          body: 'Still waiting',
          created_at: '2025-03-05T10:00:00.000Z',
        },
      ],
      attachments: [],
    };
    ticketEvents.publish(detail);
    expect(calls.notifications.map(({ kind, key }) => ({ kind, key }))).toEqual([
      { kind: 'customerReply', key: 'customerReply:message-9' },
    ]);
  });

  it('tells the shell while a reply is being written, and when it is not any more', () => {
    const { calls } = setUp();
    document.body.innerHTML = '<textarea data-testid="composer-body"></textarea>';
    const area = document.querySelector('textarea');
    if (!area) {
      throw new Error('no composer');
    }
    area.value = 'Dear customer';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    area.value = '';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    expect(calls.drafts).toEqual([true, false]);
  });

  it('switches spell check to the open ticket’s language when the composer gets focus', () => {
    const { store, calls } = setUp();
    store.upsert([makeTicket({ number: 4, language: 'ko' })]);
    document.body.innerHTML = `
      <div data-testid="queue-row" aria-selected="true" data-ticket-id="ticket-4"></div>
      <textarea data-testid="composer-body"></textarea>`;
    document.querySelector('textarea')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(calls.languages).toEqual(['ko']);
  });
});
