import { describe, expect, it } from 'vitest';
import { guessLanguageFromScript } from '../../../shared/language/script-language';

describe('guessLanguageFromScript', () => {
  it('tells Korean, Chinese and English apart by script', () => {
    expect(guessLanguageFromScript('어제 XRP 출금했는데 아직 안 왔어요')).toBe('ko');
    expect(guessLanguageFromScript('昨天下午3点提交的提现还没有到账')).toBe('zh');
    expect(guessLanguageFromScript('My deposit has not arrived yet')).toBe('en');
  });

  it('keeps Korean when a Korean text quotes Hanja or English ids', () => {
    expect(guessLanguageFromScript('출금 신청 (出金) TXID 0xabc 확인 부탁드립니다')).toBe('ko');
  });

  it('falls back when there are no letters', () => {
    expect(guessLanguageFromScript('1234 5678 !', 'ko')).toBe('ko');
    expect(guessLanguageFromScript('!!!')).toBeNull();
  });
});
