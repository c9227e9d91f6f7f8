import { describe, expect, it } from 'vitest';
import { loadTriageModel, trainTriageModel, type TriageExample } from '../../../shared/triage/model';
import { complementNaiveBayesWeights } from '../../../shared/triage/naive-bayes';

/**
 * The parts of auto-triage meant for a small desk history (docs/triage.md, "Small histories"): complement
 * naive Bayes weights beside the regression, and a neighbours' share that follows their agreement. Both
 * fade out as the history grows.
 */

const withdrawals = [
  '출금 신청했는데 아직 지갑에 안 들어왔어요',
  '어제 출금한 비트코인이 도착하지 않았습니다',
  '출금이 계속 대기 중이에요',
  '提现已经两个小时了还没有到账',
  '昨天提现的USDT一直没有到钱包',
];
const security = [
  '비밀번호를 잊어버려서 로그인이 안 돼요',
  '제 계정에 누가 로그인했어요 계정을 잠가주세요',
  '인증 코드가 맞지 않아서 로그인이 안 됩니다',
  '我忘记密码了无法登录',
  '有人登录了我的账户请帮我冻结',
];
const history: TriageExample[] = [
  ...withdrawals.map((text) => ({ text, category: 'withdrawal' })),
  ...security.map((text) => ({ text, category: 'account_security' })),
];

describe('complementNaiveBayesWeights', () => {
  it('weighs a feature towards the category whose complement lacks it, centred across categories', () => {
    // Feature 0 occurs only in category 0's examples, feature 1 only in category 1's, feature 2 in both.
    const weights = complementNaiveBayesWeights(
      [
        { indices: [0, 2], values: [0.8, 0.6] },
        { indices: [1, 2], values: [0.8, 0.6] },
      ],
      [0, 1],
      3,
      2,
      0.5,
    );
    expect(weights[0]).toBeGreaterThan(0);
    expect(weights[1]).toBeLessThan(0);
    expect(weights[3]).toBeGreaterThan(0);
    expect(weights[2]).toBeLessThan(0);
    expect((weights[4] ?? 0) + (weights[5] ?? 0)).toBeCloseTo(0, 6);
    expect(weights[4]).toBeCloseTo(0, 6);
  });
});

describe('auto-triage on a small history', () => {
  it('suggests the right category from the naive Bayes weights alone (no gradient step)', () => {
    const model = loadTriageModel(
      trainTriageModel(history, { epochs: 0, neighbourWeight: 0, naiveBayesWeight: 1 }),
    );
    expect(model.suggest('출금한 코인이 아직 도착을 안 했어요')?.category).toBe('withdrawal');
    expect(model.suggest('密码忘了登录不了')?.category).toBe('account_security');
  });

  it('stores an agreement power for a small history and none once it reaches the limit per category', () => {
    const small = trainTriageModel(history, { neighbourAgreementPower: 8, smallHistoryLimit: 500 });
    expect(small.neighbourAgreementPower).toBeCloseTo(8 * (1 - 5 / 500), 6);
    const large = trainTriageModel(history, { neighbourAgreementPower: 8, smallHistoryLimit: 5 });
    expect(large.neighbourAgreementPower).toBeUndefined();
  });

  it('trains the same model as without naive Bayes once the history reaches the limit per category', () => {
    const faded = trainTriageModel(history, { naiveBayesWeight: 3, smallHistoryLimit: 5 });
    const without = trainTriageModel(history, { naiveBayesWeight: 0, neighbourAgreementPower: 0 });
    expect(faded.weights).toEqual(without.weights);
    const added = trainTriageModel(history, { naiveBayesWeight: 3, smallHistoryLimit: 500 });
    expect(added.weights).not.toEqual(without.weights);
  });
});
