import { describe, expect, it } from 'vitest';
import { createFaqSearch } from '../../../shared/faq/search';
import { demoReplies, titleOf } from './library-fixture';

const replies = demoReplies();
const topTitles = (query: string, language?: string): string[] =>
  createFaqSearch(replies)
    .search(query, { limit: 3, ...(language ? { language } : {}) })
    .map((hit) => titleOf(hit.reply));

describe('createFaqSearch', () => {
  it('finds replies by English words, despite a typo and an unfinished word', () => {
    expect(topTitles('liquidaton')[0]).toBe('Why a position was liquidated');
    expect(topTitles('destination ta')[0]).toBe('Deposit without memo / destination tag');
  });

  it('finds replies by Korean words with particles attached', () => {
    expect(topTitles('출금이 지연되고 있어요')).toContain('Withdrawal pending - still processing');
    expect(topTitles('펀딩비가')[0]).toBe('Funding fees explained');
  });

  it('finds replies by Chinese text without spaces', () => {
    expect(topTitles('强平')[0]).toBe('Why a position was liquidated');
    expect(topTitles('验证器丢失')[0]).toBe('Lost OTP - resetting two-factor authentication');
  });

  it('never finds retired replies, and applies live edits and removals', () => {
    const [first] = replies;
    if (!first) {
      throw new Error('empty demo library');
    }
    const search = createFaqSearch([{ ...first, retired: true }, ...replies.slice(1)]);
    expect(search.search('memo destination tag XRP').map((hit) => hit.reply.id)).not.toContain(first.id);
    search.update({ ...first, retired: false, keywords: ['zyxwvut'] });
    expect(search.search('zyxwvut')[0]?.reply.id).toBe(first.id);
    search.remove(first.id);
    expect(search.search('zyxwvut')).toEqual([]);
  });

  it("lifts replies written in the customer's language", () => {
    const [first] = replies;
    if (!first) {
      throw new Error('empty demo library');
    }
    const only = (id: string, language: string) => ({
      ...first,
      id,
      keywords: ['quokka'],
      variants: [{ language, title: 'Same title', body: 'Same body' }],
    });
    const search = createFaqSearch([only('english', 'en'), only('korean', 'ko')]);
    expect(search.search('quokka', { language: 'ko-KR' })[0]?.reply.id).toBe('korean');
    expect(search.search('quokka', { language: 'en' })[0]?.reply.id).toBe('english');
  });

  it('answers nothing for an empty query and respects the limit', () => {
    const search = createFaqSearch(replies);
    expect(search.search('  ')).toEqual([]);
    expect(search.search('deposit', { limit: 2 })).toHaveLength(2);
  });
});
