import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/language/detect-language';

describe('detectLanguage', () => {
  it('tells Korean and Chinese by their writing, whatever Latin identifiers they quote', () => {
    expect(detectLanguage('어제 XRP 출금했는데 TXID 3AC4911BC0F6D0B807BF 아직 안 왔어요')).toBe('ko');
    expect(detectLanguage('昨天下午3点提交的限价单无法撤销，订单号 4f1c2e9a-7b3d')).toBe('zh');
  });

  it('keeps English support requests English, hashes, coin tickers and typos included', () => {
    for (const text of [
      'My USDT deposit on TRC20 has not been credited after 2 hours. Tx hash 0x4a55e8c1d6f0b2a3c4d5e6f708192a3b',
      'API returns 401 invalid signature since this morning. I regenerated the key already.',
      'Does the auto top-up have any limits?',
      "What's the card you sent me's tracking number?",
      'KYC verification failed again',
      'order stuck',
    ]) {
      expect(detectLanguage(text, 'ko')).toBe('en');
    }
  });

  it("answers the requester's locale language, or nothing, for a language the desk does not serve", () => {
    expect(
      detectLanguage('Mi depósito de USDT no ha llegado después de dos horas, ¿pueden ayudarme?'),
    ).toBeNull();
    expect(detectLanguage('Tôi đã nạp USDT nhưng chưa nhận được sau hai giờ', 'en')).toBe('en');
    expect(detectLanguage('Ich habe Geld eingezahlt aber es ist nicht angekommen')).toBeNull();
    expect(detectLanguage('これは日本語です。出金が届きません')).toBeNull();
    expect(detectLanguage('Я не могу войти в аккаунт', 'ko')).toBe('ko');
  });

  it('falls back to the locale language when the text has no letters', () => {
    expect(detectLanguage('12345 !!!', 'zh')).toBe('zh');
    expect(detectLanguage('', null)).toBeNull();
  });
});
