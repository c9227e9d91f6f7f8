import { describe, expect, it } from 'vitest';
import type { SlaClock, Ticket } from '../../../shared/domain/schemas';
import { normalizeSearchText, parseSearchWords } from '../../../shared/queue/search-text';
import {
  builtInViews,
  combineViewFilters,
  countViews,
  createViewCounter,
  matchesView,
  savedViewDefinition,
  type ViewContext,
} from '../../../shared/queue/views';

const now = Date.parse('2026-03-02T12:00:00.000Z');
const hour = 3_600_000;
const context: ViewContext = { agentId: 'agent-me', now };

function clock(overrides: Partial<SlaClock>): SlaClock {
  return {
    target_ms: 10 * hour,
    due_at: new Date(now + 5 * hour).toISOString(),
    remaining_ms: 5 * hour,
    state: 'running',
    is_running: true,
    ...overrides,
  };
}

function ticket(number: number, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: `ticket-${number}`,
    number,
    subject: `Subject ${number}`,
    body: `Body ${number}`,
    status: 'open',
    priority: 'normal',
    category: null,
    requester: { email: `customer${number}@example.com`, name: null, locale: null },
    customer_id: `customer-${number}`,
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
    created_at: new Date(now - 48 * hour).toISOString(),
    updated_at: new Date(now - 48 * hour).toISOString(),
    first_response_at: null,
    solved_at: null,
    version: 1,
    ...overrides,
  };
}

const views = builtInViews(['kyc', 'api']);
const filtersOf = (id: string) => views.find((view) => view.id === id)?.filters ?? {};

describe('matchesView', () => {
  it('keeps the agent’s own active tickets in Mine, not solved ones or a colleague’s', () => {
    expect(matchesView(ticket(1, { assignee_id: 'agent-me' }), filtersOf('mine'), context)).toBe(true);
    expect(
      matchesView(ticket(2, { assignee_id: 'agent-me', status: 'solved' }), filtersOf('mine'), context),
    ).toBe(false);
    expect(matchesView(ticket(3, { assignee_id: 'agent-other' }), filtersOf('mine'), context)).toBe(false);
  });

  it('keeps unassigned active tickets in Unassigned', () => {
    expect(matchesView(ticket(1), filtersOf('unassigned'), context)).toBe(true);
    expect(matchesView(ticket(2, { assignee_id: 'agent-me' }), filtersOf('unassigned'), context)).toBe(false);
    expect(matchesView(ticket(3, { status: 'closed' }), filtersOf('unassigned'), context)).toBe(false);
  });

  it('puts tickets whose running clock is at risk or past due in SLA at risk, as the clock ticks', () => {
    const soon = ticket(1, {
      sla: {
        first_response: clock({ due_at: new Date(now + hour).toISOString() }),
        resolution: clock({}),
      },
    });
    // One hour of a ten-hour target left is under 20%: at risk now, but not three hours earlier.
    expect(matchesView(soon, filtersOf('sla_at_risk'), context)).toBe(true);
    expect(matchesView(soon, filtersOf('sla_at_risk'), { ...context, now: now - 3 * hour })).toBe(false);
    expect(matchesView(soon, { sla: 'breached' }, context)).toBe(false);
    expect(matchesView(soon, { sla: 'breached' }, { ...context, now: now + 2 * hour })).toBe(true);
    const solvedLate = ticket(2, {
      status: 'solved',
      sla: {
        first_response: clock({ state: 'breached', is_running: false, remaining_ms: -hour }),
        resolution: clock({ state: 'met', is_running: false }),
      },
    });
    expect(matchesView(solvedLate, filtersOf('sla_at_risk'), context)).toBe(false);
    expect(matchesView(ticket(3), filtersOf('sla_at_risk'), context)).toBe(false);
  });

  it('separates Breached from At risk: a breached ticket is in one, an at-risk one in the other', () => {
    const atRisk = ticket(1, {
      sla: { first_response: clock({ due_at: new Date(now + hour).toISOString() }), resolution: clock({}) },
    });
    const breached = ticket(2, {
      sla: {
        first_response: clock({ due_at: new Date(now - hour).toISOString() }),
        resolution: clock({ due_at: new Date(now + 30 * 60_000).toISOString() }),
      },
    });
    expect(matchesView(atRisk, filtersOf('sla_at_risk'), context)).toBe(true);
    expect(matchesView(atRisk, filtersOf('sla_breached'), context)).toBe(false);
    expect(matchesView(breached, filtersOf('sla_at_risk'), context)).toBe(false);
    expect(matchesView(breached, filtersOf('sla_breached'), context)).toBe(true);
  });

  it('holds my workable tickets and the unassigned ones of my teams’ categories in My work', () => {
    const mine = builtInViews(['kyc', 'api'], ['kyc']).find((view) => view.id === 'next')?.filters ?? {};
    expect(matchesView(ticket(1, { assignee_id: 'agent-me', category: 'api' }), mine, context)).toBe(true);
    expect(matchesView(ticket(2, { category: 'kyc' }), mine, context)).toBe(true);
    expect(matchesView(ticket(3, { category: 'api' }), mine, context)).toBe(false);
    expect(matchesView(ticket(4, { category: 'kyc', assignee_id: 'agent-other' }), mine, context)).toBe(
      false,
    );
    // Waiting on the customer or solved: not work to do now.
    const waiting = ticket(5, { assignee_id: 'agent-me', status: 'awaiting_customer' });
    expect(matchesView(waiting, mine, context)).toBe(false);
    // Without a team, every unassigned ticket is the agent's to pick up.
    expect(matchesView(ticket(6, { category: 'api' }), filtersOf('next'), context)).toBe(true);
  });

  it('keeps tickets updated in the last 24 hours in Recently updated', () => {
    const fresh = ticket(1, { updated_at: new Date(now - 23 * hour).toISOString() });
    const stale = ticket(2, { updated_at: new Date(now - 25 * hour).toISOString() });
    expect(matchesView(fresh, filtersOf('recently_updated'), context)).toBe(true);
    expect(matchesView(stale, filtersOf('recently_updated'), context)).toBe(false);
    // Timestamps in another ISO form (no milliseconds, an offset) are compared by time, not as text.
    const offset = ticket(3, { updated_at: '2026-03-02T20:00:00+09:00' });
    const noMilliseconds = ticket(4, { updated_at: '2026-03-01T11:00:00Z' });
    expect(matchesView(offset, filtersOf('recently_updated'), context)).toBe(true);
    expect(matchesView(noMilliseconds, filtersOf('recently_updated'), context)).toBe(false);
  });

  it('matches categories (none: uncategorized), priorities, languages and tags', () => {
    expect(matchesView(ticket(1, { category: 'kyc' }), filtersOf('category:kyc'), context)).toBe(true);
    expect(matchesView(ticket(2, { category: 'api' }), filtersOf('category:kyc'), context)).toBe(false);
    expect(matchesView(ticket(3), { categories: ['none'] }, context)).toBe(true);
    expect(matchesView(ticket(4, { priority: 'urgent' }), { priorities: ['high', 'urgent'] }, context)).toBe(
      true,
    );
    expect(matchesView(ticket(5, { language: 'ko' }), { languages: ['zh'] }, context)).toBe(false);
    expect(matchesView(ticket(6, { tags: ['vip', 'btc'] }), { tags: ['btc'] }, context)).toBe(true);
    expect(matchesView(ticket(7), { statuses: [] }, context)).toBe(false);
  });

  it('requires every filter (AND) and any value of one (OR)', () => {
    const filters = { statuses: ['new' as const, 'open' as const], priorities: ['urgent' as const] };
    expect(matchesView(ticket(1, { status: 'new', priority: 'urgent' }), filters, context)).toBe(true);
    expect(matchesView(ticket(2, { status: 'new', priority: 'low' }), filters, context)).toBe(false);
  });

  it('finds Korean and Chinese words inside longer words, and decomposed Hangul', () => {
    const korean = ticket(1, { subject: '출금이 지연되고 있습니다' });
    const chinese = ticket(2, { body: '我的提现失败了' });
    expect(matchesView(korean, { text: '출금' }, context)).toBe(true);
    expect(matchesView(korean, { text: '출금'.normalize('NFD') }, context)).toBe(true);
    expect(matchesView(chinese, { text: '提现　失败' }, context)).toBe(true);
    expect(matchesView(chinese, { text: '充值' }, context)).toBe(false);
  });
});

describe('countViews', () => {
  it('counts every view in one pass, saved views included', () => {
    const tickets = [
      ticket(1, { assignee_id: 'agent-me', category: 'kyc' }),
      ticket(2, { category: 'kyc', updated_at: new Date(now - hour).toISOString() }),
      ticket(3, { status: 'awaiting_customer', assignee_id: 'agent-other' }),
      ticket(4, { status: 'closed' }),
    ];
    const saved = savedViewDefinition({ id: 'v1', name: 'KYC mine', filters: { categories: ['kyc'] } });
    const counts = countViews(tickets, [...views, saved], context);
    // Counting in slices gives the same answer.
    const counter = createViewCounter([...views, saved], context);
    counter.add(tickets, 0, 2);
    counter.add(tickets, 2, tickets.length);
    expect(counter.result()).toEqual(counts);
    expect(Object.fromEntries(counts)).toEqual({
      next: 2,
      mine: 1,
      unassigned: 1,
      sla_breached: 0,
      sla_at_risk: 0,
      awaiting_customer: 1,
      recently_updated: 1,
      all: 4,
      'category:kyc': 2,
      'category:api': 0,
      'saved:v1': 2,
    });
  });
});

describe('combineViewFilters', () => {
  it('narrows a view by the toolbar: lists intersect, the stricter SLA and window win', () => {
    expect(
      combineViewFilters(
        { statuses: ['new', 'open'], sla: 'at_risk', updated_within_hours: 24 },
        { statuses: ['open', 'solved'], priorities: ['high'], sla: 'breached', updated_within_hours: 4 },
      ),
    ).toEqual({ statuses: ['open'], priorities: ['high'], sla: 'breached', updated_within_hours: 4 });
    expect(combineViewFilters({}, {})).toEqual({});
  });
});

describe('search text', () => {
  it('folds full-width letters and decomposed Hangul into one form', () => {
    expect(normalizeSearchText('ＢＴＣ １２３')).toBe('btc 123');
    expect(normalizeSearchText('출금'.normalize('NFD'))).toBe('출금');
    expect(parseSearchWords('  提现\u3000Kim ')).toEqual(['提现', 'kim']);
  });
});
