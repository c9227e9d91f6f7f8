import { describe, expect, it } from 'vitest';
import { conceptsOf } from '../../../shared/duplicates/concepts';
import { describeTicket, textFeatures } from '../../../shared/duplicates/features';
import { identifiersOf, normalizeText } from '../../../shared/duplicates/normalize';

const hash = 'a'.repeat(20) + '0123456789abcdef0123456789abcdef0123456789ab';

describe('normalizeText and identifiersOf', () => {
  it('folds full-width characters, case and spacing', () => {
    expect(normalizeText('  ＢＴＣ　出金   １２３ ')).toBe('btc 出金 123');
  });

  it('keeps tx hashes with or without 0x as one identifier, and long order numbers', () => {
    const text = normalizeText(`tx 0x${hash.toUpperCase()} again ${hash}, order 2024031598765432, 3 hours`);
    expect(identifiersOf(text)).toEqual([
      { kind: 'hash', value: hash },
      { kind: 'number', value: '2024031598765432' },
    ]);
  });

  it('finds no identifier in short numbers and amounts', () => {
    expect(identifiersOf(normalizeText('0.42 BTC, 3 hours, 1,000 USDT, 142.50'))).toEqual([]);
  });
});

describe('conceptsOf', () => {
  it('maps exchange vocabulary in Korean, Chinese and English to the same concepts', () => {
    expect(conceptsOf(normalizeText('My BTC withdrawal is still pending'))).toEqual([
      'btc',
      'pending',
      'withdrawal',
    ]);
    expect(conceptsOf(normalizeText('비트코인 출금이 아직 안 왔어요'))).toEqual([
      'btc',
      'pending',
      'withdrawal',
    ]);
    expect(conceptsOf(normalizeText('比特币提币一直没到账'))).toEqual(['btc', 'pending', 'withdrawal']);
    expect(conceptsOf(normalizeText('我的比特币提现延迟了'))).toEqual(['btc', 'pending', 'withdrawal']);
  });

  it('tells 2FA codes from identity verification', () => {
    expect(conceptsOf(normalizeText('구글 OTP 인증번호가 안 와요'))).toContain('two_factor');
    expect(conceptsOf(normalizeText('구글 OTP 인증번호가 안 와요'))).not.toContain('kyc');
    expect(conceptsOf(normalizeText('谷歌验证丢了'))).toEqual(['two_factor']);
    expect(conceptsOf(normalizeText('实名认证失败'))).toEqual(['failure', 'kyc']);
  });

  it('matches short Latin words only as whole words', () => {
    expect(conceptsOf(normalizeText('I will apply for a solution'))).toEqual([]);
    expect(conceptsOf(normalizeText('the app crashed, sol is gone'))).toEqual(['app', 'sol']);
  });
});

describe('describeTicket', () => {
  it('uses character bigrams for Hangul and Han, and drops filler words', () => {
    expect(textFeatures(normalizeText('출금지연'))).toEqual(['h:출금', 'h:금지', 'h:지연']);
    expect(textFeatures(normalizeText('Hi team, please help: withdrawals'))).toEqual(['w:withdrawal']);
  });

  it('is deterministic and independent of width and case', () => {
    const first = describeTicket({
      subject: 'ＢＴＣ Withdrawal',
      body: 'Pending since 0900',
      category: null,
      createdAtMs: 0,
      customerKey: 'a',
    });
    const second = describeTicket({
      subject: 'btc withdrawal',
      body: 'pending since 0900',
      category: null,
      createdAtMs: 0,
      customerKey: 'a',
    });
    expect([...first.features]).toEqual([...second.features]);
    expect(first.topics).toEqual(['withdrawal']);
    expect(first.assets).toEqual(['btc']);
  });
});
