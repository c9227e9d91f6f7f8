import { describe, expect, it } from 'vitest';
import { compileViewFilters } from '../../../../shared/queue/views';
import {
  emptyQueueCriteria,
  filterTickets,
  parseSearch,
  type QueueLookups,
} from '../../../../renderer/features/queue/queue-model';
import { createQueueView } from '../../../../renderer/features/queue/queue-view';
import { buildSearchIndex, markMatches } from '../../../../renderer/features/queue/search-index';
import { makeTicket } from '../../fixtures';

const lookups: QueueLookups = { agentName: () => null, categoryName: (key) => key };
const tickets = [
  makeTicket({
    number: 1,
    subject: '출금이 지연되고 있습니다',
    requester: { email: 'a@b.kr', name: '김민지', locale: 'ko' },
  }),
  makeTicket({ number: 2, subject: '我的提现失败了', body: 'USDT 提现 一直 处理中' }),
  makeTicket({ number: 3, subject: 'Withdrawal of ＢＴＣ stuck', body: 'TXID abc' }),
  makeTicket({ number: 4, subject: '입금 확인 부탁드립니다', body: '충전' }),
  // Stored decomposed (NFD), as text pasted from some macOS apps arrives.
  makeTicket({ number: 5, subject: '출금 한도 문의'.normalize('NFD') }),
];

const found = (text: string): number[] => {
  const words = parseSearch(text);
  const index = buildSearchIndex(tickets);
  const marks = markMatches(index, words);
  return tickets.filter((_, position) => marks[position] === words.length).map((ticket) => ticket.number);
};

describe('search index (Korean, Chinese, full-width)', () => {
  it('finds Korean words inside longer words, whatever the Hangul normalization', () => {
    expect(found('출금')).toEqual([1, 5]);
    expect(found('출금'.normalize('NFD'))).toEqual([1, 5]);
    expect(found('지연')).toEqual([1]);
    expect(found('김민')).toEqual([1]);
  });

  it('finds Chinese substrings without word breaks, and full-width spaces separate words', () => {
    expect(found('提现')).toEqual([2]);
    expect(found('提现　处理中')).toEqual([2]);
    expect(found('充值')).toEqual([]);
  });

  it('matches full-width Latin letters with ASCII and back', () => {
    expect(found('btc')).toEqual([3]);
    expect(found('ＴＸＩＤ')).toEqual([3]);
  });

  it('gives the fast view the same answer as the plain filter', () => {
    const view = createQueueView();
    for (const text of ['출금', '提现', 'btc', '출금 한도', '']) {
      const criteria = { ...emptyQueueCriteria, text };
      expect(
        view(tickets, criteria, [], lookups)
          .map((ticket) => ticket.number)
          .sort(),
      ).toEqual(
        filterTickets(tickets, criteria)
          .map((ticket) => ticket.number)
          .sort(),
      );
    }
  });

  it('applies the selected view together with the search', () => {
    const view = createQueueView();
    const match = compileViewFilters({ statuses: ['new'], priorities: ['urgent'] }, { agentId: 'x', now: 0 });
    const urgent = [...tickets, makeTicket({ number: 6, subject: '출금 급함', priority: 'urgent' })];
    expect(
      view(urgent, { ...emptyQueueCriteria, text: '출금', match }, [], lookups).map(
        (ticket) => ticket.number,
      ),
    ).toEqual([6]);
  });
});
