import { describe, expect, it } from 'vitest';
import { findAttemptedSolutions } from '../../../shared/checklist/extract/attempted-solutions';
import { findDevice } from '../../../shared/checklist/extract/device';
import { findErrorMessage } from '../../../shared/checklist/extract/error-message';
import { findOccurredAt } from '../../../shared/checklist/extract/occurred-at';
import { findSteps } from '../../../shared/checklist/extract/steps';

/** The extractor families issue 18 widened: steps, attempts, quoted errors, times and durations. */
const reference = new Date('2025-03-06T20:00:00Z');

describe('steps in Korean, Chinese and English connective styles', () => {
  it.each([
    '설정 메뉴 → 보안 → OTP 재등록 순서로 갔는데 멈춰요',
    '비밀번호 바꾸고 나서 로그인하니까 튕겨요',
    '사진 올리면 업로드 실패가 떠요',
    '我先登录网页版，然后进入资产页面',
    '点了确认之后页面就白了',
    '选了币种，接着输入地址，然后提交',
    'Settings > Security > API Management, nothing loads',
    'When I tried to withdraw it froze',
    'I opened the app, chose Futures and tapped Close',
  ])('finds steps in %s', (text) => {
    expect(findSteps(text)).not.toBeNull();
  });

  it.each(['출금 신청했는데 아직이에요', '提币一直没到', 'my deposit is late'])(
    'finds none in %s',
    (text) => {
      expect(findSteps(text)).toBeNull();
    },
  );
});

describe('attempted solutions in casual Korean and Chinese', () => {
  it.each([
    '앱 지웠다가 다시 깔았는데 안돼요',
    '캐시 삭제도 해보고 다른 브라우저로도 들어가봤어요',
    '로그아웃 후 재로그인 했는데 똑같아요',
    '자주 묻는 질문 읽어봤는데 없네요',
    '챗봇한테 물어봤는데 모른대요',
    '清了缓存也没用',
    '换了浏览器还是不行',
    '看了常见问题也没找到',
    '问了智能客服，没有答案',
    'I checked the help center first',
    'asked your chatbot, no luck',
  ])('finds an attempt in %s', (text) => {
    expect(findAttemptedSolutions(text)).not.toBeNull();
  });

  it.each([
    '캐시 삭제는 어떻게 해야 하나요?',
    '要不要重新安装？',
    'should I reinstall the app?',
    '아직 아무것도 안 해봤어요',
  ])('finds none in the question or denial %s', (text) => {
    expect(findAttemptedSolutions(text)).toBeNull();
  });
});

describe('error messages', () => {
  it.each([
    '「잔액이 부족합니다」라고 나와요',
    '『网络异常，请稍后再试』',
    '“Withdrawal address not valid”',
    "it shows 'Order does not exist'",
    '[출금 실패] 라고 떠요',
    '웹소켓이 1006 코드로 끊겨요',
    'crashes with code 0xC0000005',
  ])('finds an error in %s', (text) => {
    expect(findErrorMessage(text)).not.toBeNull();
  });
});

describe('occurred_at: dates, times of day and weekdays, not durations', () => {
  it.each([
    ['on March 2nd at 4:15 pm', '2025-03-02T16:15:00+00:00'],
    ['Tuesday at 8 in the morning was when it began', null],
    ['yesterday at 9:30 in the evening', '2025-03-05T21:30:00+00:00'],
  ])('reads %s', (text, expected) => {
    const found = findOccurredAt(text, reference, 'UTC');
    expect(found).not.toBeNull();
    if (expected !== null) {
      expect(Date.parse(found?.normalized ?? '')).toBe(Date.parse(expected));
    }
  });

  it.each([
    'pending for three hours',
    'stuck for 2 days now',
    'since 2 days',
    '3시간째 안 와요',
    '已经两天了',
  ])('reads no time in the duration %s', (text) => {
    expect(findOccurredAt(text, reference, 'UTC')).toBeNull();
  });

  it('still reads instants: 2 hours ago, 2시간 전, 两小时前', () => {
    for (const text of ['2 hours ago', '2시간 전', '两小时前']) {
      expect(findOccurredAt(text, reference, 'UTC')?.normalized).toBe('2025-03-06T18:00:00+00:00');
    }
  });
});

describe('device', () => {
  it('knows browsers written in lower case', () => {
    expect(findDevice('tried firefox too')?.evidence).toBe('firefox');
  });
});
