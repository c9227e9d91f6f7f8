import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { wordlist as traditionalChinese } from '@scure/bip39/wordlists/traditional-chinese.js';
import { describe, expect, it } from 'vitest';
import { findSecrets, maskSecrets, secretMarker } from '../../../shared/safety/secrets';
import { seededRandom } from '../../../shared/triage/random';
import {
  bech32Address,
  bitcoinAddress,
  ethereumAddress,
  hex64,
  orderId,
  pick,
  solanaAddress,
  solanaSignature,
  tronAddress,
  wif,
} from '../../fixtures/safety/shapes';

/**
 * Properties over random inputs. Mnemonics come from `generateMnemonic` (the platform's secure random);
 * a failure prints the phrase, so it can be replayed as a unit test.
 */

const lists = { english, korean, simplifiedChinese, traditionalChinese };
const strengths = [128, 160, 192, 224, 256];
const circled = (index: number): string =>
  String.fromCodePoint(index < 20 ? 0x2460 + index : 0x3251 + index - 20);
const formats: Record<string, (words: string[]) => string> = {
  spaced: (words) => words.join(' '),
  numbered: (words) => words.map((word, index) => `${index + 1}. ${word}`).join('\n'),
  parenthesised: (words) => words.map((word, index) => `${index + 1}) ${word}`).join(' '),
  circled: (words) => words.map((word, index) => `${circled(index)}${word}`).join(' '),
  lines: (words) => words.join('\n'),
  commas: (words) => words.join(', '),
  upper: (words) => words.join(' ').toUpperCase(),
  precomposed: (words) => words.join(' ').normalize('NFC'),
};
const chineseFormats: Record<string, (words: string[]) => string> = {
  ideographicCommas: (words) => words.join('，'),
  unspaced: (words) => words.join(''),
};
const surroundings: Record<'en' | 'ko' | 'zh', [string, string][]> = {
  en: [
    ['my seed: ', ' please help'],
    ['', ''],
    ['Here are my words\n', '\nThanks'],
  ],
  ko: [
    ['시드 문구는 ', ' 입니다'],
    ['제 지갑 단어예요\n', '\n확인 부탁드려요'],
  ],
  zh: [
    ['助记词：', '\n请帮忙'],
    ['我的助记词是 ', '，谢谢'],
  ],
};

describe('properties', () => {
  it('finds every random valid mnemonic in every list and format, and the masked text never holds it', () => {
    const random = seededRandom(20_250_305);
    for (const [name, list] of Object.entries(lists)) {
      const chinese = name.endsWith('Chinese');
      const usable = { ...formats, ...(chinese ? chineseFormats : {}) };
      for (const [formatName, format] of Object.entries(usable)) {
        for (let round = 0; round < 6; round += 1) {
          const mnemonic = generateMnemonic(list, pick(random, strengths));
          const written = format(mnemonic.split(' '));
          const [before, after] = pick(
            random,
            surroundings[chinese ? 'zh' : pick(random, ['en', 'ko'] as const)],
          );
          const text = `${before}${written}${after}`;
          const masked = maskSecrets(text, 'en');
          const label = `${name}/${formatName}: ${text}`;
          expect(masked.kinds, label).toEqual(['seed_phrase']);
          expect(masked.findings[0]?.severity, label).toBe('critical');
          expect(masked.text, label).not.toContain(written);
          // No word of the phrase survives, except as a word of the sentence around it.
          const left = masked.text
            .replaceAll(secretMarker('seed_phrase', 'en'), '')
            .toLowerCase()
            .split(/[^\p{L}]+/u);
          const around = `${before} ${after}`.split(/[^\p{L}]+/u);
          for (const word of mnemonic.normalize('NFC').split(' ')) {
            if (!chinese && !around.includes(word)) {
              expect(left, label).not.toContain(word);
            }
          }
        }
      }
    }
  });

  it('never masks tx hashes, addresses, signatures or order ids in random sentences', () => {
    const random = seededRandom(7);
    const identifiers = [
      hex64,
      (r: () => number) => `0x${hex64(r)}`,
      ethereumAddress,
      bitcoinAddress,
      bech32Address,
      tronAddress,
      solanaAddress,
      solanaSignature,
      orderId,
    ];
    const sentences = [
      'TxID: {x}',
      'tx hash {x} still pending',
      'I sent it to {x} yesterday',
      'order {x} was filled twice',
      '트랜잭션 해시 {x} 입니다',
      '주소 {x} 로 보냈어요',
      '交易哈希：{x}',
      '充值地址 {x}，订单号 {x}',
      'My password was reset. TxID {x}',
      'OTP not arriving, withdrawal {x}',
      'never shared my private key; hash {x}',
    ];
    for (let round = 0; round < 400; round += 1) {
      const text = pick(random, sentences).replace(/\{x\}/gu, () => pick(random, identifiers)(random));
      expect(findSecrets(text), text).toEqual([]);
    }
  });

  it('masks WIF keys in any sentence and is idempotent on whatever it masked', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 200; round += 1) {
      const key = wif(random, { compressed: random() < 0.5, testnet: random() < 0.2 });
      const text = `${pick(random, ['key', '키', '私钥', 'here'])} ${key} ${pick(random, ['thanks', '감사합니다', '谢谢'])}`;
      const once = maskSecrets(text, pick(random, ['en', 'ko', 'zh'] as const));
      expect(once.text, text).not.toContain(key);
      expect(maskSecrets(once.text, 'en').text).toBe(once.text);
    }
  });
});
