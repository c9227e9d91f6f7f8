import { describe, expect, it } from 'vitest';
import { exchangeConceptsOf } from '../../../shared/multilingual/exchange-concepts';
import { stripKoreanParticle } from '../../../shared/multilingual/korean-particles';
import { segmentWords } from '../../../shared/multilingual/segment';
import { triageFeatures } from '../../../shared/triage/tokenize';

describe('Korean particles', () => {
  it('strips the particle so 출금이, 출금을, 출금은 and 출금도 meet at 출금', () => {
    expect(['출금이', '출금을', '출금은', '출금도', '출금에서'].map(stripKoreanParticle)).toEqual([
      '출금',
      '출금',
      '출금',
      '출금',
      '출금',
    ]);
  });

  it('keeps a two-syllable stem whole and leaves other scripts alone', () => {
    expect(stripKoreanParticle('추가')).toBe('추가');
    expect(stripKoreanParticle('속도')).toBe('속도');
    expect(stripKoreanParticle('USDT')).toBe('USDT');
  });
});

describe('word segmentation', () => {
  it('finds Chinese words by ICU dictionary and Korean words by spaces', () => {
    expect(segmentWords('提币一直在审核', 'zh')).toContain('审核');
    expect(segmentWords('출금이 안 돼요', 'ko')).toEqual(['출금이', '안', '돼요']);
  });
});

describe('exchange concepts', () => {
  it('maps the same thing in Korean, Chinese and English to one concept', () => {
    expect(exchangeConceptsOf('출금이 안 돼요')).toContain('withdraw');
    expect(exchangeConceptsOf('提币一直没到')).toContain('withdraw');
    expect(exchangeConceptsOf('提现失败')).toContain('withdraw');
    expect(exchangeConceptsOf('my withdrawals are late')).toContain('withdraw');
    expect(exchangeConceptsOf('합약')).toEqual([]);
    for (const text of ['청산 당했어요', '被强平了', '爆仓了', 'got liquidated']) {
      expect(exchangeConceptsOf(text)).toContain('liquidation');
    }
    for (const text of ['구글 otp 분실', '谷歌验证器丢了', 'lost my authenticator']) {
      expect(exchangeConceptsOf(text)).toContain('twoFactor');
    }
    for (const text of ['데스티네이션 태그 누락', '忘了填标签', 'forgot the destination tag', 'no memo']) {
      expect(exchangeConceptsOf(text)).toContain('memo');
    }
  });

  it('matches short English forms only as whole words', () => {
    expect(exchangeConceptsOf('please apply the discount')).not.toContain('app');
    expect(exchangeConceptsOf('the app crashes')).toContain('app');
  });
});

describe('triage features', () => {
  it('gives a Korean ticket its particle-free words and the concepts its English twin has', () => {
    const korean = triageFeatures('출금이 안 돼요');
    expect(korean).toContain('s:출금');
    expect(korean).toContain('k:withdraw');
    expect(triageFeatures('my withdrawal failed')).toContain('k:withdraw');
    expect(triageFeatures('合约被强平了')).toContain('k:liquidation');
    expect(triageFeatures('got liquidated on my futures position')).toContain('k:liquidation');
  });
});
