import { describe, expect, it } from 'vitest';
import { rankFaqForTicket } from '../../../shared/faq/ranking';
import { demoReplies, titleOf } from './library-fixture';

const replies = demoReplies();
const topThree = (ticket: Parameters<typeof rankFaqForTicket>[1]): string[] =>
  rankFaqForTicket(replies, ticket, { limit: 3 }).map((ranked) => titleOf(ranked.reply));

describe('rankFaqForTicket', () => {
  it('puts the withdrawal-pending reply in the top three for a Korean withdrawal ticket', () => {
    expect(
      topThree({
        subject: 'USDT 출금이 3시간째 대기 중입니다',
        body: '어제 오후에 USDT 출금 신청을 했는데 아직도 처리 중으로 나옵니다. 언제 출금되나요? 급합니다.',
        category: 'deposit_withdrawal',
        language: 'ko',
      }),
    ).toContain('Withdrawal pending - still processing');
  });

  it('ranks for English and Chinese tickets too', () => {
    expect(
      topThree({
        subject: 'API returns 401 invalid signature',
        body: 'Every signed request to the order endpoint fails with 401 invalid signature since this morning. HMAC looks right.',
        category: 'api',
        language: 'en',
      })[0],
    ).toBe('API 401 - invalid signature');
    expect(
      topThree({
        subject: '我的仓位被强平了',
        body: '昨晚BTC合约仓位突然被强制平仓，但是K线价格并没有到强平价格，为什么？',
        category: 'derivatives',
        language: 'zh',
      })[0],
    ).toBe('Why a position was liquidated');
  });

  it('lets what agents chose for the category order replies that fit about equally', () => {
    const ticket = {
      subject: 'KYC rejected',
      body: 'My verification was rejected.',
      category: 'kyc',
      language: 'en',
    };
    const before = rankFaqForTicket(replies, ticket, { limit: 5 });
    const third = before[2];
    if (!third) {
      throw new Error('expected five KYC suggestions');
    }
    const favoured = replies.map((reply) =>
      reply.id === third.reply.id ? { ...reply, usage_count: 40, usage_by_category: { kyc: 40 } } : reply,
    );
    expect(rankFaqForTicket(favoured, ticket, { limit: 1 })[0]?.reply.id).toBe(third.reply.id);
  });

  it('prefers replies scoped to the ticket category and skips retired ones', () => {
    const ticket = {
      subject: 'fee',
      body: 'What fee do you charge?',
      category: 'trade_execution',
      language: 'en',
    };
    expect(topThree(ticket)[0]).toBe('Trading fees (maker / taker)');
    const retired = replies.map((reply) =>
      titleOf(reply) === 'Trading fees (maker / taker)' ? { ...reply, retired: true } : reply,
    );
    expect(rankFaqForTicket(retired, ticket).map((ranked) => titleOf(ranked.reply))).not.toContain(
      'Trading fees (maker / taker)',
    );
  });
});
