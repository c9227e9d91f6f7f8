import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../shared/domain/schemas';
import { ticketPriorities, ticketStatuses } from '../../../../shared/domain/vocabulary';
import {
  filterTickets,
  parseSearch,
  sortTickets,
  uncategorized,
  type QueueColumnId,
  type QueueLookups,
  type QueueSort,
} from '../../../../renderer/features/queue/queue-model';
import { createQueueView } from '../../../../renderer/features/queue/queue-view';
import { buildSearchIndex, markMatches } from '../../../../renderer/features/queue/search-index';
import { slaSortKey } from '../../../../renderer/features/sla/sla-display';
import { generateTickets, syntheticAgents } from '../../../../renderer/bench/synthetic-tickets';
import { makeTicket } from '../../fixtures';

const agents = new Map(syntheticAgents.map((agent) => [agent.id, agent.name]));
const lookups: QueueLookups = {
  agentName: (id) => agents.get(id) ?? null,
  categoryName: (key) => key.replace('_', ' '),
};

const criteria = (
  text: string,
  extra: Partial<{ status: Ticket['status'] | null; category: string | null }> = {},
) => ({
  text,
  status: extra.status ?? null,
  category: extra.category ?? null,
});

/** The obvious comparator the fast sort must agree with. */
function referenceCompare(left: Ticket, right: Ticket, sorting: readonly QueueSort[]): number {
  const value = (ticket: Ticket, id: QueueColumnId): number | string => {
    switch (id) {
      case 'number':
        return ticket.number;
      case 'subject':
        return ticket.subject.toLowerCase();
      case 'requester':
        return (ticket.requester.name ?? ticket.requester.email).toLowerCase();
      case 'category':
        return ticket.category === null ? '\uffff' : lookups.categoryName(ticket.category).toLowerCase();
      case 'status':
        return ticketStatuses.indexOf(ticket.status);
      case 'priority':
        return ticketPriorities.indexOf(ticket.priority);
      case 'assignee':
        return ticket.assignee_id === null
          ? '\uffff'
          : (lookups.agentName(ticket.assignee_id) ?? '').toLowerCase();
      case 'language':
        return ticket.language ?? '\uffff';
      case 'updated':
        return Math.floor(Date.parse(ticket.updated_at) / 1000);
      case 'sla':
        return slaSortKey(ticket.sla);
    }
  };
  for (const key of [...sorting, { id: 'number' as const, desc: true }]) {
    const a = value(left, key.id);
    const b = value(right, key.id);
    const order = a < b ? -1 : a > b ? 1 : 0;
    if (order !== 0) {
      return key.desc ? -order : order;
    }
  }
  return 0;
}

describe('parseSearch', () => {
  it('lower-cases and splits on whitespace', () => {
    expect(parseSearch('  Pending   DEPOSIT ')).toEqual(['pending', 'deposit']);
    expect(parseSearch('')).toEqual([]);
  });
});

describe('filterTickets', () => {
  const tickets = [
    makeTicket({
      number: 1042,
      subject: 'Withdrawal pending',
      body: 'USDT stuck',
      status: 'open',
      category: 'deposit_withdrawal',
    }),
    makeTicket({
      number: 1043,
      subject: '출금 지연',
      body: '출금이 안 됩니다',
      requester: { email: 'kim@example.com', name: 'Kim Minjun', locale: 'ko' },
    }),
    makeTicket({
      number: 1044,
      subject: '提现未到账',
      body: 'TxID 0xabc',
      status: 'solved',
      category: 'api',
    }),
  ];

  it('matches subject, body, requester and number, case-insensitively', () => {
    expect(filterTickets(tickets, criteria('WITHDRAWAL')).map((ticket) => ticket.number)).toEqual([1042]);
    expect(filterTickets(tickets, criteria('stuck')).map((ticket) => ticket.number)).toEqual([1042]);
    expect(filterTickets(tickets, criteria('kim')).map((ticket) => ticket.number)).toEqual([1043]);
    expect(filterTickets(tickets, criteria('#1044')).map((ticket) => ticket.number)).toEqual([1044]);
    expect(filterTickets(tickets, criteria('1043')).map((ticket) => ticket.number)).toEqual([1043]);
    expect(filterTickets(tickets, criteria('출금')).map((ticket) => ticket.number)).toEqual([1043]);
    expect(filterTickets(tickets, criteria('提现')).map((ticket) => ticket.number)).toEqual([1044]);
  });

  it('requires every word', () => {
    expect(filterTickets(tickets, criteria('pending usdt')).map((ticket) => ticket.number)).toEqual([1042]);
    expect(filterTickets(tickets, criteria('pending 提现'))).toEqual([]);
  });

  it('applies the status and category filters', () => {
    expect(filterTickets(tickets, criteria('', { status: 'solved' })).map((ticket) => ticket.number)).toEqual(
      [1044],
    );
    expect(filterTickets(tickets, criteria('', { category: 'api' })).map((ticket) => ticket.number)).toEqual([
      1044,
    ]);
    expect(
      filterTickets(tickets, criteria('', { category: uncategorized })).map((ticket) => ticket.number),
    ).toEqual([1043]);
  });

  it('keeps everything for empty criteria, in the given order', () => {
    expect(filterTickets(tickets, criteria(''))).toEqual(tickets);
  });
});

describe('sortTickets', () => {
  const tickets = generateTickets(3000, Date.parse('2025-06-01T00:00:00Z'), 7);
  const sortings: QueueSort[][] = [
    [],
    [{ id: 'number', desc: false }],
    [{ id: 'subject', desc: false }],
    [{ id: 'subject', desc: true }],
    [{ id: 'requester', desc: false }],
    [{ id: 'category', desc: false }],
    [{ id: 'status', desc: true }],
    [{ id: 'priority', desc: true }],
    [{ id: 'assignee', desc: false }],
    [{ id: 'language', desc: false }],
    [{ id: 'updated', desc: true }],
    [{ id: 'sla', desc: false }],
    [
      { id: 'priority', desc: true },
      { id: 'sla', desc: false },
    ],
    [
      { id: 'status', desc: false },
      { id: 'priority', desc: true },
    ],
    [
      { id: 'category', desc: true },
      { id: 'assignee', desc: false },
      { id: 'updated', desc: false },
    ],
  ];

  it.each(sortings.map((sorting) => [JSON.stringify(sorting), sorting] as const))(
    'agrees with a plain comparator for %s',
    (_, sorting) => {
      const expected = [...tickets]
        .sort((left, right) => referenceCompare(left, right, sorting))
        .map((ticket) => ticket.id);
      expect(sortTickets(tickets, sorting, lookups).map((ticket) => ticket.id)).toEqual(expected);
    },
  );

  it('puts the newest ticket first by default and breaks ties newest first', () => {
    const small = [
      makeTicket({ number: 1, priority: 'high' }),
      makeTicket({ number: 3, priority: 'high' }),
      makeTicket({ number: 2, priority: 'low' }),
    ];
    expect(sortTickets(small, [], lookups).map((ticket) => ticket.number)).toEqual([3, 2, 1]);
    expect(
      sortTickets(small, [{ id: 'priority', desc: true }], lookups).map((ticket) => ticket.number),
    ).toEqual([3, 1, 2]);
  });

  it('does not change its input', () => {
    const copy = [...tickets];
    sortTickets(tickets, [{ id: 'subject', desc: false }], lookups);
    expect(tickets).toEqual(copy);
  });
});

describe('createQueueView', () => {
  const tickets = generateTickets(2000, Date.parse('2025-06-01T00:00:00Z'), 11);

  it('returns the same tickets as sorting then filtering', () => {
    const view = createQueueView();
    const cases = [
      { text: 'withdraw', sorting: [{ id: 'subject', desc: false }] },
      { text: 'withdrawa', sorting: [{ id: 'subject', desc: false }] },
      { text: 'withdrawal pending', sorting: [{ id: 'updated', desc: true }] },
      { text: '출금', sorting: [] },
      { text: 'tx', sorting: [{ id: 'priority', desc: true }] },
      { text: '', sorting: [{ id: 'status', desc: false }] },
    ] as const;
    for (const testCase of cases) {
      for (const status of [null, 'open'] as const) {
        const wanted = criteria(testCase.text, { status });
        const expected = filterTickets(sortTickets(tickets, testCase.sorting, lookups), wanted).map(
          (ticket) => ticket.id,
        );
        expect(view(tickets, wanted, testCase.sorting, lookups).map((ticket) => ticket.id)).toEqual(expected);
      }
    }
  });

  it('narrows a search as the agent types on, and widens it again', () => {
    const view = createQueueView();
    const sorting: QueueSort[] = [];
    for (const text of [
      'w',
      'wi',
      'wit',
      'with',
      'withdrawal',
      'withdrawal p',
      'withdrawal pe',
      'withdrawal',
      'w',
      '',
    ]) {
      const expected = filterTickets(sortTickets(tickets, sorting, lookups), criteria(text)).map(
        (ticket) => ticket.id,
      );
      expect(view(tickets, criteria(text), sorting, lookups).map((ticket) => ticket.id)).toEqual(expected);
    }
  });
});

describe('search index', () => {
  it('marks tickets containing every word, never across two tickets', () => {
    const tickets = [
      makeTicket({ number: 1, subject: 'abc', body: 'def' }),
      makeTicket({ number: 2, subject: 'xyz', body: 'abc' }),
      makeTicket({ number: 3, subject: 'DEF ghi', body: 'nothing' }),
    ];
    const index = buildSearchIndex(tickets);
    expect(Array.from(markMatches(index, ['abc']))).toEqual([1, 1, 0]);
    expect(Array.from(markMatches(index, ['abc', 'def']))).toEqual([2, 1, 0]);
    // "def" ends ticket 1's text and "xyz" starts ticket 2's: the joined text must not match across them.
    expect(Array.from(markMatches(index, ['defxyz']))).toEqual([0, 0, 0]);
  });

  it('reuses the text of unchanged tickets when rebuilt', () => {
    const first = [makeTicket({ number: 1, subject: 'alpha' }), makeTicket({ number: 2, subject: 'beta' })];
    const second = [
      first[0] as Ticket,
      makeTicket({ number: 2, subject: 'gamma' }),
      makeTicket({ number: 3, subject: 'delta' }),
    ];
    const rebuilt = buildSearchIndex(second, buildSearchIndex(first));
    expect(buildSearchIndex(second).text).toBe(rebuilt.text);
    expect(Array.from(markMatches(rebuilt, ['gamma']))).toEqual([0, 1, 0]);
    expect(Array.from(markMatches(rebuilt, ['beta']))).toEqual([0, 0, 0]);
  });
});
