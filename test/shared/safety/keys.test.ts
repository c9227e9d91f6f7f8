import { describe, expect, it } from 'vitest';
import { findSecrets, maskSecrets, type SecretFinding } from '../../../shared/safety/secrets';
import {
  bech32Address,
  bitcoinAddress,
  ethereumAddress,
  extendedKey,
  hex64,
  solanaSignature,
  tronAddress,
  upbitJwt,
  wif,
} from '../../fixtures/safety/shapes';
import { seededRandom } from '../../../shared/triage/random';

const random = seededRandom(1501);
const spans = (text: string): [SecretFinding['kind'], SecretFinding['severity'], string][] =>
  findSecrets(text).map((finding) => [
    finding.kind,
    finding.severity,
    text.slice(finding.start, finding.end),
  ]);

describe('private keys', () => {
  it('masks WIF keys anywhere when bs58check passes, as critical', () => {
    for (const key of [wif(random), wif(random, { compressed: false }), wif(random, { testnet: true })]) {
      expect(spans(`imported ${key} into electrum`)).toEqual([['private_key', 'critical', key]]);
    }
  });

  it('leaves a WIF-shaped string whose checksum fails alone unless a key word names it', () => {
    const key = wif(random);
    const broken = `${key.slice(0, -1)}${key.endsWith('a') ? 'b' : 'a'}`;
    expect(findSecrets(`reference ${broken}`)).toEqual([]);
    expect(spans(`private key: ${broken}`)).toEqual([['private_key', 'high', broken]]);
  });

  it('masks xprv, yprv, zprv and tprv keys; an xpub stays', () => {
    for (const prefix of ['xprv', 'yprv', 'zprv', 'tprv'] as const) {
      const key = extendedKey(random, prefix);
      expect(spans(`exported: ${key}`)).toEqual([['private_key', 'critical', key]]);
    }
    expect(findSecrets(`watch-only xpub ${extendedKey(random, 'xpub')}`)).toEqual([]);
  });

  it('masks 64 hex characters next to a private-key word in en, ko, zh and ja', () => {
    for (const label of [
      'private key:',
      'My private key is',
      'privkey',
      '개인키는',
      '프라이빗 키:',
      '비밀키',
      '私钥：',
      '我的私钥是',
      '秘密鍵',
    ]) {
      const key = `0x${hex64(random)}`;
      const text = `${label} ${key} thanks`;
      expect(spans(text), text).toEqual([['private_key', 'high', key]]);
    }
  });

  it('never masks a tx hash named as one, even with "private key" earlier in the sentence', () => {
    for (const label of [
      'TxID',
      'TxID:',
      'tx hash',
      'Transaction hash:',
      '해시',
      '트랜잭션 해시:',
      '交易哈希：',
      '交易ID是',
    ]) {
      const hash = hex64(random);
      expect(findSecrets(`${label} ${hash}`), label).toEqual([]);
      expect(findSecrets(`I never shared my private key. ${label} ${hash}`), label).toEqual([]);
    }
  });

  it('masks the key and keeps the hash when both are pasted together', () => {
    const key = hex64(random);
    const hash = hex64(random);
    for (const text of [
      `private key: ${key}\nTxID: ${hash}`,
      `TxID ${hash}\nPrivate key: ${key}`,
      `私钥：${key} 交易哈希：${hash}`,
    ]) {
      const masked = maskSecrets(text, 'en').text;
      expect(masked, text).toContain(hash);
      expect(masked, text).not.toContain(key);
    }
  });

  it('leaves wallet addresses, signatures and bare hashes alone', () => {
    const identifiers = [
      ethereumAddress(random),
      bitcoinAddress(random),
      bech32Address(random),
      tronAddress(random),
      solanaSignature(random),
      hex64(random),
      `0x${hex64(random)}`,
    ];
    for (const identifier of identifiers) {
      expect(findSecrets(`sent to ${identifier} yesterday`), identifier).toEqual([]);
    }
  });
});

describe('API secrets', () => {
  const key = (): string =>
    'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7dEf0h'
      .split('')
      .sort(() => random() - 0.5)
      .join('');

  it('masks access and secret keys given with their names, in en, ko and zh', () => {
    for (const template of [
      'Access key: {a}\nSecret key: {b}',
      'API Key: {a} API Secret: {b}',
      '엑세스 키: {a}\n시크릿 키: {b}',
      'API 키 {a} 비밀 키 {b}',
      'API密钥：{a}，秘钥 {b}',
      'access {a}, secret {b}',
    ]) {
      const a = key();
      const b = key();
      const text = template.replace('{a}', a).replace('{b}', b);
      expect(spans(text), text).toEqual([
        ['api_secret', 'high', a],
        ['api_secret', 'high', b],
      ]);
    }
  });

  it('masks a pasted bearer JWT after decoding it, and leaves a lookalike alone', () => {
    const token = upbitJwt(random);
    expect(spans(`Authorization: Bearer ${token}`)).toEqual([['api_secret', 'critical', token]]);
    expect(findSecrets('eyJhbGciOiJIUzI1NiJ9x.eyJzdWIiOiIxMjM0NTY3ODkwIn0x.abc')).toEqual([]);
  });

  it('leaves order ids, addresses and talk about keys alone', () => {
    const texts = [
      `API key permissions: order ORD-20250305-123456 rejected at 14:22`,
      `my API key stopped working, the deposit address is ${ethereumAddress(random)}`,
      `API 키 재발급 후에도 주문 7734509912345678 이 안 들어가요`,
      `API密钥过期了，订单号 ${hex64(random).slice(0, 20)}`,
    ];
    for (const text of texts) {
      expect(findSecrets(text), text).toEqual([]);
    }
  });
});
