import { describe, expect, it } from 'vitest';
import { createDuplicateIndex } from '../../../shared/duplicates/duplicate-index';
import { describeTicket, type DuplicateInput } from '../../../shared/duplicates/features';
import { createLshIndex } from '../../../shared/duplicates/lsh-index';
import { createMinHasher, hashString } from '../../../shared/duplicates/minhash';
import { scoreDuplicate } from '../../../shared/duplicates/score';

const hourMs = 60 * 60 * 1000;

function ticket(overrides: Partial<DuplicateInput>): DuplicateInput {
  return {
    subject: 'BTC withdrawal pending',
    body: 'My withdrawal of 0.42 BTC has been pending for 3 hours.',
    category: 'deposit_withdrawal',
    createdAtMs: 0,
    customerKey: 'dana@example.com',
    ...overrides,
  };
}

describe('MinHash', () => {
  it('gives the same signature for the same features and seed, another for another seed', () => {
    const features = ['w:withdraw', 'w:pending', 'k:btc'].map(hashString);
    expect([...createMinHasher(8, 1).signature(features)]).toEqual([
      ...createMinHasher(8, 1).signature(features),
    ]);
    expect([...createMinHasher(8, 2).signature(features)]).not.toEqual([
      ...createMinHasher(8, 1).signature(features),
    ]);
  });

  it('agrees on about as many positions as the sets share', () => {
    const hasher = createMinHasher(256, 7);
    const shared = Array.from({ length: 50 }, (_, index) => hashString(`shared ${index}`));
    const left = [...shared, ...Array.from({ length: 50 }, (_, index) => hashString(`left ${index}`))];
    const right = [...shared, ...Array.from({ length: 50 }, (_, index) => hashString(`right ${index}`))];
    const leftSignature = hasher.signature(left);
    const rightSignature = hasher.signature(right);
    const agreeing = leftSignature.filter((value, index) => value === rightSignature[index]).length / 256;
    // Jaccard 50 / 150 = 0.33.
    expect(agreeing).toBeGreaterThan(0.2);
    expect(agreeing).toBeLessThan(0.47);
  });
});

describe('LSH index', () => {
  it('finds a near copy, not an unrelated signature, and forgets removed ids', () => {
    const hasher = createMinHasher(48, 3);
    const lsh = createLshIndex({ bands: 16, rows: 3 });
    const words = Array.from({ length: 40 }, (_, index) => hashString(`word ${index}`));
    const original = hasher.signature(words);
    const other = hasher.signature(Array.from({ length: 40 }, (_, index) => hashString(`other ${index}`)));
    lsh.add(1, original);
    lsh.add(2, other);
    expect([...lsh.candidates(hasher.signature([...words.slice(2), hashString('extra')]))]).toEqual([1]);
    lsh.remove(1, original);
    expect(lsh.candidates(original).size).toBe(0);
    expect(lsh.size).toBe(1);
  });

  it('shares a bucket through an extra key even without a common band', () => {
    const hasher = createMinHasher(48, 3);
    const lsh = createLshIndex({ bands: 16, rows: 3 });
    lsh.add(5, hasher.signature([hashString('a')]), [42]);
    expect([...lsh.candidates(hasher.signature([hashString('b')]), [42])]).toEqual([5]);
  });
});

describe('scoreDuplicate', () => {
  it('scores an exact copy 1 and a different problem of the same customer low', () => {
    const original = describeTicket(ticket({}));
    expect(scoreDuplicate(original, describeTicket(ticket({ createdAtMs: hourMs })))).toBe(1);
    const kyc = describeTicket(
      ticket({ subject: 'KYC', body: 'How long does identity verification take?', category: 'kyc' }),
    );
    expect(scoreDuplicate(original, kyc)).toBeLessThan(0.2);
  });

  it('scores a translation by its concepts and the same tx hash as near proof', () => {
    const hash = '9f3c2a7be41d0c8e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0';
    const english = describeTicket(ticket({ body: `My BTC withdrawal is pending, txid ${hash}` }));
    const korean = describeTicket(
      ticket({ subject: '비트코인 출금 지연', body: '비트코인 출금이 아직 안 왔어요' }),
    );
    const chineseWithHash = describeTicket(ticket({ subject: '提币', body: `比特币提币没到账 ${hash}` }));
    expect(scoreDuplicate(english, korean)).toBeGreaterThan(0.45);
    expect(scoreDuplicate(english, chineseWithHash)).toBeGreaterThan(0.9);
  });

  it('lowers the score for another coin, another category and a long gap', () => {
    const original = describeTicket(ticket({}));
    const otherCoin = describeTicket(
      ticket({
        subject: 'ETH withdrawal pending',
        body: 'My withdrawal of 2 ETH has been pending for 3 hours.',
      }),
    );
    const otherCategory = describeTicket(ticket({ category: 'general', createdAtMs: hourMs }));
    const months = describeTicket(
      ticket({ body: 'My BTC withdrawal is pending.', createdAtMs: 200 * 24 * hourMs }),
    );
    const near = describeTicket(ticket({ body: 'My BTC withdrawal is pending.', createdAtMs: hourMs }));
    expect(scoreDuplicate(original, otherCoin)).toBeLessThan(0.45);
    expect(scoreDuplicate(original, months)).toBeLessThan(scoreDuplicate(original, near));
    expect(scoreDuplicate(original, otherCategory)).toBeLessThan(1);
  });
});

describe('duplicate index', () => {
  it("reports only the same customer's earlier tickets as possible duplicates, best first, at most 5", () => {
    const index = createDuplicateIndex();
    for (let position = 0; position < 7; position += 1) {
      index.add(`copy-${position}`, describeTicket(ticket({ createdAtMs: position * hourMs })));
    }
    index.add(
      'other-problem',
      describeTicket(ticket({ subject: 'KYC', body: 'Passport upload fails', category: 'kyc' })),
    );
    index.add('later', describeTicket(ticket({ createdAtMs: 100 * hourMs })));
    const findings = index.find(describeTicket(ticket({ createdAtMs: 10 * hourMs })));
    expect(findings.possibleDuplicates).toHaveLength(5);
    expect(findings.possibleDuplicates.map((match) => match.id)).not.toContain('other-problem');
    expect(findings.possibleDuplicates.map((match) => match.id)).not.toContain('later');
    expect(findings.related).toEqual([]);
  });

  it("reports other customers' recent reports of the same problem as related, not old ones", () => {
    const index = createDuplicateIndex();
    index.add(
      'recent',
      describeTicket(ticket({ customerKey: 'erin@example.com', createdAtMs: 90 * hourMs })),
    );
    index.add('old', describeTicket(ticket({ customerKey: 'farid@example.com', createdAtMs: 0 })));
    const findings = index.find(describeTicket(ticket({ createdAtMs: 100 * hourMs })));
    expect(findings.related.map((match) => match.id)).toEqual(['recent']);
    expect(findings.possibleDuplicates).toEqual([]);
  });

  it('remembers how many related tickets each ticket lists', () => {
    const index = createDuplicateIndex();
    index.add('full', describeTicket(ticket({})), 20);
    index.add('empty', describeTicket(ticket({ customerKey: 'erin@example.com' })));
    expect(index.relatedCountOf('full')).toBe(20);
    expect(index.relatedCountOf('empty')).toBe(0);
    index.setRelatedCount('empty', 3);
    expect(index.relatedCountOf('empty')).toBe(3);
    expect(index.relatedCountOf('unknown')).toBeNull();
  });

  it('ignores a second add of the same id and forgets removed tickets', () => {
    const index = createDuplicateIndex();
    index.add('one', describeTicket(ticket({})));
    index.add('one', describeTicket(ticket({})));
    expect(index.size).toBe(1);
    index.remove('one');
    expect(index.find(describeTicket(ticket({ createdAtMs: hourMs }))).possibleDuplicates).toEqual([]);
  });
});

describe('duplicate score with exchange concepts (issue 18)', () => {
  const at = (body: string, createdAtMs: number) =>
    describeTicket({ subject: '문의', body, category: null, createdAtMs, customerKey: 'same@example.com' });

  it('penalises the same customer writing about a different problem of the same area', () => {
    const memo = at('리플 입금할 때 데스티네이션 태그를 안 넣었어요', 0);
    const limit = at('리플 입금했는데 한도가 부족하다고 나와요', 3_600_000);
    const again = at('XRP 보낼 때 태그 없이 보냈어요 입금 확인 부탁드려요', 3_600_000);
    expect(memo.intents).toContain('memo');
    expect(scoreDuplicate(limit, memo)).toBeLessThan(scoreDuplicate(again, memo));
    expect(scoreDuplicate(again, memo)).toBeGreaterThanOrEqual(0.45);
  });
});

describe('duplicate score with the finer exchange problems (issue 18)', () => {
  const from = (customerKey: string) => (body: string, createdAtMs: number) =>
    describeTicket({ subject: 'help', body, category: null, createdAtMs, customerKey });
  const same = from('same@example.com');

  it('offers a paraphrase of the same futures problem, not the same customer’s other futures problem', () => {
    const index = createDuplicateIndex();
    index.add('leverage', same('Cannot raise the leverage on my BTC perpetual above 10x', 0));
    const paraphrase = same('why is 20x leverage not allowed for me on futures?', 5 * hourMs);
    const closing = same('my futures short will not close position, button does nothing', 6 * hourMs);
    expect(paraphrase.details).toEqual(['leverage']);
    expect(closing.details).toEqual(['closePosition']);
    expect(index.find(paraphrase).possibleDuplicates.map((match) => match.id)).toEqual(['leverage']);
    expect(index.find(closing).possibleDuplicates).toEqual([]);
  });

  it('tells two KYC problems apart in Korean and Chinese: the face check and the source of funds', () => {
    const face = same('본인인증 할 때 얼굴 인식 단계에서 계속 실패합니다', 0);
    const funds = same('고객확인 하는데 직업이랑 자금 출처를 내라고 하네요', 2 * hourMs);
    const faceAgain = same('신분증 인증에서 셀카 촬영이 안 넘어가요', 3 * hourMs);
    expect(scoreDuplicate(funds, face)).toBeLessThan(0.45);
    expect(scoreDuplicate(faceAgain, face)).toBeGreaterThanOrEqual(0.45);
    const zhFace = same('实名认证人脸识别一直失败', 0);
    const zhFunds = same('实名认证要我填写职业和资金来源', 2 * hourMs);
    expect(scoreDuplicate(zhFunds, zhFace)).toBeLessThan(0.45);
  });

  it('still lists another customer’s report when only one of the two names the finer problem', () => {
    const index = createDuplicateIndex();
    index.add('first', from('first@example.com')('API key requests fail since this morning', 0));
    const later = from('later@example.com')('my API key requests fail with a signature error', hourMs);
    expect(later.details).toEqual(['signature']);
    expect(index.find(later).related.map((match) => match.id)).toEqual(['first']);
  });
});
