import { describe, expect, it } from 'vitest';
import { findAttemptedSolutions } from '../../../shared/checklist/extract/attempted-solutions';
import { findErrorMessage } from '../../../shared/checklist/extract/error-message';
import { findOccurredAt } from '../../../shared/checklist/extract/occurred-at';
import { findOrderId } from '../../../shared/checklist/extract/order-id';
import { findSteps } from '../../../shared/checklist/extract/steps';
import { findTimePhrases } from '../../../shared/checklist/extract/time-phrases';
import { developmentChecklist } from '../../fixtures/evaluation/development/checklist-dev';
import { scoreTickets } from './scoring';

/**
 * Issue 18's third pass (docs/checklist.md): wider sequence, attempt, error and order-id wording and
 * spelled-out clock minutes. The texts here are written for this test, not taken from an evaluation set.
 */
describe('steps told as a sequence', () => {
  it.each([
    '입금 주소 복사해서 지갑 앱에 붙여넣고 보냈는데 안 들어왔어요',
    '호가창 열어서 시장가 고르고 금액 넣었더니 멈췄어요',
    '划转之后一直显示余额为0',
    'I copy the memo and I paste it into the form but it is rejected',
  ])('finds steps in %s', (text) => {
    expect(findSteps(text)).not.toBeNull();
  });

  it.each([
    '너무 느려서 답답한데 언제 되나요',
    '한 시간 기다렸더니 취소됐어요',
    '상담원한테 물어봤더니 기다리래요',
    '充值时提示网络异常',
    'It crashes when I open the wallet',
    'when I sign up, do I need an ID card?',
  ])('finds none in %s (one action with its outcome, waiting, asking, a question)', (text) => {
    expect(findSteps(text)).toBeNull();
  });
});

describe('attempts in casual Korean and Chinese', () => {
  it.each([
    '챗봇이랑 채팅했는데 소용없어요',
    '상담원한테 전화도 했는데 안 받아요',
    '급해서 즉시 비밀번호 바꿨어요',
    '재인증 두 번 했어요',
    '帮助中心我也查过了',
    '重新绑定了两次',
    '提交了好几次都不行',
  ])('finds an attempt in %s', (text) => {
    expect(findAttemptedSolutions(text)).not.toBeNull();
  });

  it.each([
    '弹出「操作频繁，请稍后再试」',
    'It said "Please try again later"',
    '客服在哪里？',
    '재인증 해야 하나요?',
  ])('finds none in %s (the app’s words or a question)', (text) => {
    expect(findAttemptedSolutions(text)).toBeNull();
  });
});

describe('error messages without quotes, and error constants', () => {
  it.each([
    ['NET::ERR_CERT_DATE_INVALID 라서 접속이 안 돼요', 'NET::ERR_CERT_DATE_INVALID'],
    ['ORDER_REJECTED comes back from the API', 'ORDER_REJECTED'],
    ['인증번호가 만료됐다고 나와요', '만료됐다고 나와'],
    ['잔고가 부족하대요', '부족하대요'],
    ['提交时显示身份证号码不正确', '显示身份证号码不正确'],
    ['a toast says "Transfers paused"', '"Transfers paused"'],
    ['got "Price too low" on a sell order', '"Price too low"'],
  ])('finds the error in %s', (text, evidence) => {
    expect(findErrorMessage(text)?.evidence).toBe(evidence);
  });

  it.each([
    '오류라고 뜨지는 않아요',
    '没有提示任何错误',
    'USDT_TRC20 deposit is late',
    'I pressed "Confirm" twice',
  ])('finds none in %s', (text) => {
    expect(findErrorMessage(text)).toBeNull();
  });
});

describe('order ids after the name of an order kind', () => {
  it.each([
    ['计划单号 7788123409 没触发', '计划单号 7788123409'],
    ['the order (no. 44120938) vanished', 'order (no. 44120938'],
    ['체결 번호 88120394 확인 부탁해요', '체결 번호 88120394'],
  ])('finds %s', (text, evidence) => {
    expect(findOrderId(text)?.evidence).toBe(evidence);
  });
});

describe('spelled-out clock minutes', () => {
  it.each([
    ['晚上七点二十五分', 19, 25],
    ['下午两点一刻', 14, 15],
    ['at half past eight in the evening', 20, 30],
    ['a quarter to 6 pm', 17, 45],
  ])('reads %s', (text, hour, minute) => {
    expect(findTimePhrases(text).map((phrase) => [phrase.hour, phrase.minute])).toEqual([[hour, minute]]);
  });

  it.each(['five to ten minutes', '下午三点二十个人来了'])('reads no minutes in %s', (text) => {
    expect(findTimePhrases(text).every((phrase) => phrase.minute === 0)).toBe(true);
  });
});

describe('English day and time together', () => {
  const evening = new Date('2025-03-06T20:00:00Z');
  it.each([
    ['Monday, 3 March at 6pm', '2025-03-03T18:00:00+00:00'],
    ['paid at 7.15 this morning', '2025-03-06T07:15:00+00:00'],
    ['Wednesday night around 11', '2025-03-05T23:00:00+00:00'],
  ])('reads %s', (text, normalized) => {
    expect(findOccurredAt(text, evening, 'UTC')?.normalized).toBe(normalized);
  });

  it('does not read a price as a time', () => {
    expect(findOccurredAt('sold at 2.40 after the drop', evening, 'UTC')).toBeNull();
  });
});

describe('the development set (regression: the rules were tuned on it)', () => {
  it('scores every item with support at F1 1.000', () => {
    const rows = scoreTickets(developmentChecklist).rows.filter(
      (row) => row.support > 0 && row.key !== 'contact',
    );
    expect(rows.flatMap((row) => row.errors)).toEqual([]);
  });
});
