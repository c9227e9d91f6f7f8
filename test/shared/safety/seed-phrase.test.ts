import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as korean } from '@scure/bip39/wordlists/korean.js';
import { wordlist as simplifiedChinese } from '@scure/bip39/wordlists/simplified-chinese.js';
import { describe, expect, it } from 'vitest';
import { findSecrets, maskSecrets } from '../../../shared/safety/secrets';

const phrase = (list: string[], byte: number, words = 12): string =>
  entropyToMnemonic(new Uint8Array((words / 3) * 4).fill(byte), list);
const englishPhrase = phrase(english, 0x7f); // legal winner thank year wave sausage worth useful legal winner thank yellow

const seedSpans = (text: string): string[] =>
  findSecrets(text)
    .filter((finding) => finding.kind === 'seed_phrase')
    .map((finding) => text.slice(finding.start, finding.end));

describe('seed phrases', () => {
  it('masks a spaced English phrase and calls it critical when the checksum passes', () => {
    const text = `please check my wallet: ${englishPhrase} thanks`;
    const [finding] = findSecrets(text);
    expect(finding).toMatchObject({ kind: 'seed_phrase', severity: 'critical' });
    expect(text.slice(finding!.start, finding!.end)).toBe(englishPhrase);
    expect(maskSecrets(text, 'en').text).toBe('please check my wallet: [seed phrase removed] thanks');
  });

  it('masks a phrase whose checksum fails, as high', () => {
    const broken = englishPhrase.replace(/yellow$/u, 'wrong');
    expect(findSecrets(`words: ${broken}`)).toEqual([expect.objectContaining({ severity: 'high' })]);
  });

  it('masks numbered, per-line, comma-separated and upper-case lists, with their numbers', () => {
    const words = englishPhrase.split(' ');
    const lists = [
      words.map((word, index) => `${index + 1}. ${word}`).join('\n'),
      words.map((word, index) => `${index + 1}) ${word}`).join(' '),
      words.map((word, index) => `${String.fromCodePoint(0x2460 + index)}${word}`).join(' '),
      words.join('\n'),
      words.join(', '),
      words.join(' ').toUpperCase(),
    ];
    for (const list of lists) {
      expect(seedSpans(`my phrase:\n${list}\nhelp`), list).toEqual([list]);
    }
  });

  it('masks one typo in twelve words, not two', () => {
    const words = englishPhrase.split(' ');
    const oneTypo = [...words.slice(0, 4), 'wavv', ...words.slice(5)].join(' ');
    const twoTypos = [...words.slice(0, 4), 'wavv', 'sausag', ...words.slice(6)].join(' ');
    expect(seedSpans(oneTypo)).toEqual([oneTypo]);
    expect(seedSpans(twoTypos)).toEqual([]);
  });

  it('finds Korean phrases typed precomposed (NFC) or copied decomposed (NFKD), with offsets on the original', () => {
    const nfkd = phrase(korean, 0x11);
    const nfc = nfkd.normalize('NFC');
    for (const written of [nfc, nfkd]) {
      const text = `시드 문구는 ${written} 입니다`;
      expect(seedSpans(text)).toEqual([written]);
      expect(maskSecrets(text, 'ko').text).toBe('시드 문구는 [시드 문구 삭제됨] 입니다');
    }
  });

  it('finds Chinese phrases spaced, and unspaced right after a seed word', () => {
    const spaced = phrase(simplifiedChinese, 0x42);
    const unspaced = spaced.replace(/ /gu, '');
    expect(seedSpans(`你好 ${spaced} 谢谢`)).toEqual([spaced]);
    expect(seedSpans(`助记词：${unspaced}`)).toEqual([unspaced]);
    expect(seedSpans(`我的助记词是${unspaced}。`)).toEqual([unspaced]);
    expect(maskSecrets(`助记词：${unspaced}`, 'zh').text).toBe('助记词：[助记词已移除]');
  });

  it('leaves English prose full of BIP-39 words alone', () => {
    const prose = [
      'I want to check the balance of my account because the deposit from last week has not arrived and I need the cash for a trip.',
      'Please help, my wallet shows zero after the update, I tried again this morning but the app keeps asking me to verify my phone number.',
      'Can you explain what happened to the transfer, I sent it on Monday and it still says pending, which is strange because it never took this long.',
      // Headline style: list words, no stopwords, but a full stop after every few.
      'Urgent. Account frozen. Cannot withdraw. Funds stuck. Need help today. Support never answers. Really angry now.',
    ];
    for (const text of prose) {
      expect(findSecrets(text), text).toEqual([]);
    }
  });

  it('leaves a list of twelve coin names alone', () => {
    const coins =
      'bitcoin ethereum solana cardano polkadot dogecoin litecoin chainlink avalanche polygon stellar cosmos';
    expect(findSecrets(`I hold: ${coins}`)).toEqual([]);
    expect(findSecrets(coins.split(' ').join('\n'))).toEqual([]);
  });

  it('leaves ordinary Chinese alone, even clauses made only of list characters', () => {
    const texts = [
      '从小狐狸钱包往APP里显示的充值地址转了个币，网络选的是以太坊，可是充值记录里什么都没有。',
      '我已经点了撤单，结果过了一会儿显示成交了。明明是先撤单的，为什么还会成交？',
      '可用余额不对\n资金被冻结了',
      '有人冒充客服问我要助记词，我没有给。我们只会通过本客服渠道与您联系。',
    ];
    for (const text of texts) {
      expect(findSecrets(text), text).toEqual([]);
    }
  });

  it('leaves ordinary Korean alone', () => {
    const texts = [
      '가격 가끔 가난 가능 같은 단어가 화면에 보이는데 이게 뭔가요?',
      '어제 오후에 USDT 출금 신청을 했는데 아직도 처리 중으로 나옵니다. 언제 출금되나요?',
      '시드 문구를 물어보는 사람이 있었는데 사기 맞죠? 저는 안 알려줬어요.',
    ];
    for (const text of texts) {
      expect(findSecrets(text), text).toEqual([]);
    }
  });
});
