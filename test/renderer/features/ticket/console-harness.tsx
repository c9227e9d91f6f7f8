import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { createAgentPreferencesStore } from '../../../../renderer/app/agent-preferences';
import { createTicketStore } from '../../../../renderer/features/queue/ticket-store';
import { checklistKeys, type ChecklistKey } from '../../../../shared/checklist/items';
import type { Message, TicketDetail } from '../../../../shared/domain/schemas';
import type { ApiClient } from '../../../../renderer/api/api-client';
import { ConsoleContext, type ConsoleContextValue } from '../../../../renderer/app/console-context';
import { createPresenceStore, type LivePresenceStore } from '../../../../renderer/live/presence';
import { createTicketEvents } from '../../../../renderer/live/ticket-events';
import { makeTicket } from '../../fixtures';

/** A ticket detail for tests: a ticket with its thread and attachments; override what the test is about. */
export function makeDetail(
  overrides: Partial<TicketDetail> & { number: number },
  extra: { messages?: Message[] } = {},
): TicketDetail {
  const messages = extra.messages ?? overrides.messages ?? [];
  return {
    ...makeTicket(overrides),
    messages,
    attachments: [],
    message_count: messages.length,
    ...overrides,
  };
}

/** A message of `ticketId`; override what the test is about. */
export function makeMessage(ticketId: string, overrides: Partial<Message> & { id: string }): Message {
  return {
    ticket_id: ticketId,
    kind: 'customer',
    author_agent_id: null,
    author_name: null,
    body: 'A message',
    created_at: '2025-03-05T06:00:00.000Z',
    ...overrides,
  };
}

/** A full checklist: every key, `required` and `present` as listed, evidence where given. */
export function makeChecklist(options: {
  required?: readonly ChecklistKey[];
  present?: Partial<Record<ChecklistKey, string>>;
  marked?: Partial<Record<ChecklistKey, boolean>>;
}): TicketDetail['checklist'] {
  return {
    analyzed: true,
    items: checklistKeys.map((key) => {
      const evidence = options.present?.[key] ?? null;
      const marked = options.marked?.[key];
      return {
        key,
        required: options.required?.includes(key) ?? false,
        present: marked ?? evidence !== null,
        evidence,
        ...(marked === undefined ? {} : { marked }),
      };
    }),
  };
}

/** What a test hands the console: API methods it needs (the rest throw), and the presence store. */
export interface HarnessOptions {
  api?: Partial<ApiClient>;
  presence?: LivePresenceStore;
  agent?: { id: string; name: string };
}

/** The console context around `ui`, with a fake service client whose unexpected calls fail loudly. */
export function renderWithConsole(
  ui: ReactElement,
  options: HarnessOptions = {},
): RenderResult & {
  value: ConsoleContextValue;
} {
  const agent = options.agent ?? { id: 'agent-minji', name: 'Minji Kim' };
  const unexpected = (name: string) =>
    vi.fn(() => Promise.reject(new Error(`unexpected call to api.${name}`)));
  const api = {
    baseUrl: 'http://service.test',
    getTicket: unexpected('getTicket'),
    updateTicket: unexpected('updateTicket'),
    postMessage: unexpected('postMessage'),
    listTickets: vi.fn(() => Promise.resolve({ tickets: [], total: 0, next_cursor: null })),
    ...options.api,
  } as unknown as ApiClient;
  const value = {
    session: {
      serviceUrl: 'http://service.test',
      token: 'token-minji',
      agent: { ...agent, email: 'minji@demo.exchange', role: 'agent' },
      mode: 'browser',
    },
    api,
    store: createTicketStore(),
    agentPreferences: createAgentPreferencesStore({
      api: { preferences: () => Promise.resolve({}), patchPreferences: () => Promise.resolve({}) },
      agentId: 'agent-minji',
      storage: null,
    }),
    ticketEvents: createTicketEvents(),
    presence: options.presence ?? createPresenceStore(),
    agents: [
      { id: 'agent-minji', name: 'Minji Kim', email: 'minji@demo.exchange', role: 'agent' },
      { id: 'agent-wei', name: 'Wei Zhang', email: 'wei@demo.exchange', role: 'agent' },
    ],
    categories: [],
    lookups: {
      agentName: (id: string) => ({ 'agent-minji': 'Minji Kim', 'agent-wei': 'Wei Zhang' })[id] ?? null,
      categoryName: (key: string) => key,
    },
  } as unknown as ConsoleContextValue;
  const result = render(<ConsoleContext.Provider value={value}>{ui}</ConsoleContext.Provider>);
  return { ...result, value };
}
