import { describe, expect, it } from 'vitest';
import { findAccountId } from '../../../shared/checklist/extract/account-id';
import { findAttemptedSolutions } from '../../../shared/checklist/extract/attempted-solutions';
import { findContact } from '../../../shared/checklist/extract/contact';
import { findDevice } from '../../../shared/checklist/extract/device';
import { findErrorMessage } from '../../../shared/checklist/extract/error-message';
import { findOccurredAt } from '../../../shared/checklist/extract/occurred-at';
import { findOrderId } from '../../../shared/checklist/extract/order-id';
import { findSteps } from '../../../shared/checklist/extract/steps';
import { findTransactionId } from '../../../shared/checklist/extract/transaction-id';

const hash = 'ab'.repeat(32);
const reference = new Date('2025-03-06T02:00:00Z');

describe('checklist extractors', () => {
  it('finds tx hashes but never wallet addresses', () => {
    expect(findTransactionId(`해시 0x${hash} 입니다`)?.evidence).toBe(`0x${hash}`);
    expect(findTransactionId(`TXID：${hash.toUpperCase()}`)?.evidence).toBe(hash.toUpperCase());
    expect(findTransactionId('to 0x82322f98143deec3b6f9f6b38da46989489c3f95')).toBeNull();
    expect(
      findTransactionId('地址 TJRabPrwbZy45sbavfcjinPJC18kjpRTv8 bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh'),
    ).toBeNull();
  });

  it('finds order and account ids with context', () => {
    expect(findOrderId('주문번호: 5532198870')?.evidence).toBe('주문번호: 5532198870');
    expect(findOrderId('订单号：1029384756')).not.toBeNull();
    expect(findOrderId('Order ID: 4f3a1c2e-...')).toBeNull();
    expect(findAccountId('Account: UID 88002211')?.evidence).toBe('UID 88002211');
    expect(findAccountId('账户ID：66001234')).not.toBeNull();
    expect(findAccountId('계좌번호는 맞게 입력했어요')).toBeNull();
  });

  it('normalizes times in the customer zone and ignores amounts and versions', () => {
    expect(findOccurredAt('어제 오후 3시에 출금', reference, 'Asia/Seoul')?.normalized).toBe(
      '2025-03-05T15:00:00+09:00',
    );
    expect(findOccurredAt('昨天下午3点提现', reference, '+08:00')?.normalized).toBe(
      '2025-03-05T15:00:00+08:00',
    );
    expect(findOccurredAt('last Tuesday around 10', reference, 'UTC')?.normalized).toBe(
      '2025-03-04T10:00:00+00:00',
    );
    expect(findOccurredAt('2024 USDT, app 1.45.2, 2025원', reference, 'UTC')).toBeNull();
  });

  it('finds devices, errors, steps, attempts and contacts, not their negations', () => {
    expect(findDevice('아이폰 13, iOS 17.3')).not.toBeNull();
    expect(findDevice('3.5 버전은 언제 나오나요? Python 3.10')).toBeNull();
    expect(findErrorMessage('"주문 가능 금액이 부족합니다"라고 오류가 떠요')).not.toBeNull();
    expect(findErrorMessage('没有任何错误提示')).toBeNull();
    expect(findErrorMessage('When I tap "Buy", nothing happens')).toBeNull();
    expect(findSteps('点击“开始认证”后，页面卡住')).not.toBeNull();
    expect(findSteps('I bought 1.25 BTC')).toBeNull();
    expect(findAttemptedSolutions('이미 재설치해봤어요')).not.toBeNull();
    expect(findAttemptedSolutions('I have not tried anything yet')).toBeNull();
    expect(findAttemptedSolutions('还没试过任何办法')).toBeNull();
    expect(findContact('연락은 010-9876-5432로', 'a@example.com')).not.toBeNull();
    expect(findContact('reply to a@example.com', 'a@example.com')).toBeNull();
  });
});
