import { describe, expect, it } from 'vitest';
import { categoryKeyFor } from '../../../server/storage/categories';
import { languageOfLocale, prepareIntake } from '../../../server/tickets/intake';

describe('intake preparation', () => {
  it('maps locales to supported languages', () => {
    expect(languageOfLocale('ko-KR')).toBe('ko');
    expect(languageOfLocale('ZH_cn')).toBe('zh');
    expect(languageOfLocale('fr')).toBeNull();
    expect(languageOfLocale(undefined)).toBeNull();
  });

  it('normalizes a category choice into a key', () => {
    expect(categoryKeyFor('Deposit_Withdrawal')).toBe('deposit_withdrawal');
    expect(categoryKeyFor('  KYC / Verification ')).toBe('kyc_verification');
    expect(categoryKeyFor('2FA reset')).toBe('fa_reset');
    expect(categoryKeyFor('출금')).toBeNull();
  });

  it('keeps the text as sent and derives language and checklist', () => {
    const ticket = prepareIntake(
      {
        requester: { email: 'A@Example.com', locale: 'en' },
        category: 'trade_execution',
        subject: ' 주문 ',
        body: '  order stuck  ',
      },
      [],
    );
    expect(ticket).toMatchObject({
      subject: ' 주문 ',
      body: '  order stuck  ',
      categoryKey: 'trade_execution',
      requestedCategory: 'trade_execution',
      language: 'ko',
      requester: { email: 'A@Example.com', name: null, locale: 'en' },
    });
    expect(ticket.checklist.items.filter((item) => item.required).map((item) => item.key)).toEqual([
      'error_message',
      'order_id',
      'occurred_at',
    ]);
  });
});
