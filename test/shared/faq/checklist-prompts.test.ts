import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../../shared/checklist/evaluate';
import { promptValuesFromChecklist } from '../../../shared/faq/checklist-prompts';
import { renderFaqBody } from '../../../shared/faq/placeholders';

/** FAQ reply placeholders filled from the checklist's evidence (issue 17). */
describe('prompt values from the checklist', () => {
  const hash = `0x${'5c'.repeat(32)}`;
  const checklist = evaluateChecklist({
    category: 'deposit_withdrawal',
    texts: [`입금한 300 USDT가 반영이 안 됐어요. TRC20으로 보냈고 해시는 ${hash} 입니다. 주문번호: 77120045`],
    attachments: [],
    requester: { email: 'customer@example.com', locale: 'ko' },
    referenceTime: new Date('2025-03-06T02:00:00Z'),
  });

  it('takes the TxID, coin, network, amount and order id the customer wrote', () => {
    expect(promptValuesFromChecklist(checklist)).toMatchObject({
      tx_hash: hash,
      asset: 'USDT',
      network: 'TRC20',
      amount: '300 USDT',
      order_id: '77120045',
    });
  });

  it('fills a reply body with them, leaving unknown prompts unfilled', () => {
    const rendered = renderFaqBody('TXID {{prompt.tx_hash}} ({{prompt.network}}), memo {{prompt.memo}}', {
      customer: { name: null, email: 'customer@example.com' },
      ticket: { number: 1, subject: 's', category: 'deposit_withdrawal' },
      agent: { name: 'Mina' },
      prompts: promptValuesFromChecklist(checklist),
    });
    expect(rendered.text).toBe(`TXID ${hash} (TRC20), memo {{prompt.memo}}`);
    expect(rendered.unfilled).toEqual(['prompt.memo']);
  });

  it('gives no value for items not found, or for a memo the customer left out', () => {
    const leftOut = evaluateChecklist({
      category: 'deposit_withdrawal',
      texts: ['sent XRP but forgot the destination tag'],
      attachments: [],
      requester: { email: 'customer@example.com', locale: 'en' },
      referenceTime: new Date('2025-03-06T02:00:00Z'),
    });
    const values = promptValuesFromChecklist(leftOut);
    expect(values.memo).toBeUndefined();
    expect(values.tx_hash).toBeUndefined();
    expect(values.asset).toBe('XRP');
  });
});
