import { describe, expect, it } from 'vitest';
import { checklistKeys, type ChecklistKey } from '../../../shared/checklist/items';
import { composeMissingInfoRequest, missingInfoHint } from '../../../shared/checklist/missing-info-request';
import { supportedLanguages } from '../../../shared/domain/vocabulary';

const hangul = /[\uac00-\ud7a3]/u;
const han = /\p{Script=Han}/u;

function compose(missing: readonly ChecklistKey[], language: (typeof supportedLanguages)[number]) {
  return composeMissingInfoRequest({
    missing,
    language,
    customerName: 'Jisoo Lee',
    agentName: 'Minji Kim',
    ticketNumber: 1042,
  });
}

describe('composeMissingInfoRequest', () => {
  it.each(supportedLanguages)('has a distinct hint for every checklist key in %s', (language) => {
    const hints = checklistKeys.map((key) => missingInfoHint(key, language));
    for (const hint of hints) {
      expect(hint.trim().length).toBeGreaterThan(10);
    }
    expect(new Set(hints).size).toBe(checklistKeys.length);
  });

  it.each(supportedLanguages)('asks for exactly the missing items, in checklist order, in %s', (language) => {
    const text = compose(['occurred_at', 'transaction_id'], language);
    const bullets = text.split('\n').filter((line) => line.startsWith('- '));
    expect(bullets).toEqual([
      `- ${missingInfoHint('transaction_id', language)}`,
      `- ${missingInfoHint('occurred_at', language)}`,
    ]);
    for (const key of checklistKeys.filter(
      (other) => other !== 'transaction_id' && other !== 'occurred_at',
    )) {
      expect(text).not.toContain(missingInfoHint(key, language));
    }
  });

  it.each(supportedLanguages)(
    'greets by name, signs with the agent and fills every placeholder in %s',
    (language) => {
      const text = compose(checklistKeys, language);
      expect(text).toContain('Jisoo Lee');
      expect(text).toContain('Minji Kim');
      expect(text).toContain('1042');
      expect(text).not.toMatch(/\{\{|\}\}|\$\{|undefined|null/u);
      expect(text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(checklistKeys.length);
    },
  );

  it('writes Korean in Hangul with honorifics and Chinese in Han with 您', () => {
    const korean = compose(['order_id'], 'ko');
    expect(korean).toMatch(hangul);
    expect(korean).toContain('고객님');
    expect(korean).toContain('주문 내역');
    const chinese = compose(['order_id'], 'zh');
    expect(chinese).toMatch(han);
    expect(chinese).not.toMatch(hangul);
    expect(chinese).toContain('您');
    expect(chinese).toContain('订单');
    expect(compose(['order_id'], 'en')).not.toMatch(han);
  });

  it('gives concrete hints: where the tx hash is, the UID but never the password, the time zone', () => {
    expect(missingInfoHint('transaction_id', 'en')).toMatch(/withdrawal.*history/iu);
    expect(missingInfoHint('account_id', 'en')).toMatch(/UID/u);
    expect(missingInfoHint('account_id', 'en')).toMatch(/never send us your password/iu);
    expect(missingInfoHint('account_id', 'ko')).toContain('비밀번호');
    expect(missingInfoHint('account_id', 'zh')).toContain('密码');
    expect(missingInfoHint('occurred_at', 'en')).toMatch(/time zone/iu);
    expect(missingInfoHint('device', 'en')).toMatch(/Settings > About/u);
  });

  it('greets without a name when the customer’s name is unknown or blank', () => {
    for (const customerName of [null, '  ']) {
      const text = composeMissingInfoRequest({
        missing: ['device'],
        language: 'ko',
        customerName,
        agentName: 'Minji Kim',
        ticketNumber: 7,
      });
      expect(text.split('\n')[0]).toBe('안녕하세요, 고객님.');
    }
  });

  it('refuses an empty list: there is nothing to ask for', () => {
    expect(() => compose([], 'en')).toThrow(/at least one/u);
  });
});
