import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeViewFilters } from '../../../../renderer/features/queue/view-filters-summary';
import { resources } from '../../../../renderer/i18n/i18n';

const lookups = {
  agentName: (id: string) => (id === 'agent-ana' ? 'Ana' : null),
  categoryName: (key: string) => ({ deposit_withdrawal: 'Deposits & withdrawals' })[key] ?? key,
};

async function translator(language: 'en' | 'ko') {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return instance.t;
}

describe('a saved view’s filters in words', () => {
  it('names every filter the view applies, with the names the queue uses', async () => {
    const parts = describeViewFilters(
      {
        text: ' TxID ',
        statuses: ['open', 'awaiting_customer'],
        categories: ['deposit_withdrawal', 'none'],
        priorities: ['urgent'],
        assignees: ['me', 'none', 'agent-ana', 'agent-gone'],
        languages: ['ko'],
        tags: ['vip'],
        sla: 'breached',
        updated_within_hours: 24,
      },
      await translator('en'),
      lookups,
      'en',
    );
    expect(parts.map((part) => `${part.label}: ${part.values}`)).toEqual([
      'Search: “TxID”',
      'Status: Open, Awaiting customer',
      'Category: Deposits & withdrawals, Uncategorized',
      'Priority: Urgent',
      'Assignee: Me, Unassigned, Ana, Unknown agent',
      'Language: Korean',
      'Tags: vip',
      'SLA: Breached',
      'Updated: within the last 24 hours',
    ]);
  });

  it('says nothing for a view without filters, and speaks Korean in a Korean console', async () => {
    const korean = await translator('ko');
    expect(describeViewFilters({}, korean, lookups, 'ko')).toEqual([]);
    expect(describeViewFilters({ statuses: ['open'], sla: 'at_risk_only' }, korean, lookups, 'ko')).toEqual([
      { label: '상태', values: korean('status.open') },
      { label: 'SLA', values: '위험(아직 위반 전)' },
    ]);
  });
});
