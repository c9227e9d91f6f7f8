import { describe, expect, it } from 'vitest';
import { loadTriageModel, trainTriageModel, type TriageExample } from '../../../shared/triage/model';
import { startTriageTraining } from '../../../shared/triage/training';

/** A small desk history in the three languages the desk supports. */
const history: TriageExample[] = [
  ...[
    'My withdrawal to my wallet has not arrived',
    'Withdrawal pending for hours, where is my BTC',
    'I withdrew USDT yesterday and it is still not in my wallet',
    'How long does a withdrawal take?',
    '출금 신청했는데 아직 지갑에 안 들어왔어요',
    '어제 출금한 비트코인이 도착하지 않았습니다',
    '출금이 계속 대기 중이에요',
    '提现已经两个小时了还没有到账',
    '昨天提现的USDT一直没有到钱包',
    '提现一直显示处理中',
  ].map((text) => ({ text, category: 'withdrawal' })),
  ...[
    'I forgot my password and cannot log in',
    'Someone logged into my account, please lock it',
    'My two-factor code is not accepted when I log in',
    'Reset my 2FA, I lost my phone',
    '비밀번호를 잊어버려서 로그인이 안 돼요',
    '제 계정에 누가 로그인했어요 계정을 잠가주세요',
    '인증 코드가 맞지 않아서 로그인이 안 됩니다',
    '我忘记密码了无法登录',
    '有人登录了我的账户请帮我冻结',
    '两步验证码一直提示错误无法登录',
  ].map((text) => ({ text, category: 'account_security' })),
  ...[
    'My limit order was filled at the wrong price',
    'I cannot cancel my open order',
    'The market order executed with huge slippage',
    'Why was my order partially filled?',
    '지정가 주문이 이상한 가격에 체결됐어요',
    '미체결 주문이 취소가 안 돼요',
    '시장가 주문 체결 가격이 너무 달라요',
    '我的限价单成交价格不对',
    '挂单一直无法撤销',
    '市价单成交滑点太大了',
  ].map((text) => ({ text, category: 'trade_execution' })),
];

describe('trainTriageModel and loadTriageModel', () => {
  const model = loadTriageModel(trainTriageModel(history));

  it('suggests the category of requests it never saw, in English, Korean and Chinese', () => {
    expect(model.suggest('my withdrawal still has not arrived in my wallet')?.category).toBe('withdrawal');
    expect(model.suggest('비밀번호를 잊어버렸어요 로그인 도와주세요')?.category).toBe('account_security');
    expect(model.suggest('限价单成交的价格不对')?.category).toBe('trade_execution');
    expect(model.suggest('출금 신청한 지 세 시간이 지났어요')?.category).toBe('withdrawal');
    expect(model.suggest('I cannot cancel the order I placed')?.category).toBe('trade_execution');
  });

  it('gives a probability per category, summing to one, the suggestion first', () => {
    const probabilities = model.probabilities('I forgot my password');
    expect(probabilities.map((entry) => entry.category).sort()).toEqual([
      'account_security',
      'trade_execution',
      'withdrawal',
    ]);
    expect(probabilities.reduce((sum, entry) => sum + entry.confidence, 0)).toBeCloseTo(1, 6);
    expect(probabilities[0]).toEqual(model.suggest('I forgot my password'));
    expect(probabilities[0]?.confidence).toBeGreaterThan(probabilities[1]?.confidence ?? 1);
  });

  it('is more confident about a clear request than about a vague one', () => {
    const clear = model.suggest('출금이 아직 지갑에 도착하지 않았어요')?.confidence ?? 0;
    const vague = model.suggest('hello, a question')?.confidence ?? 0;
    expect(clear).toBeGreaterThan(vague);
  });

  it('suggests nothing for text with no word it knows', () => {
    expect(model.suggest('zzzz qqqq')).toBeNull();
    expect(model.suggest('')).toBeNull();
  });

  it('survives a JSON round trip unchanged (the service stores it)', () => {
    const data = trainTriageModel(history);
    const reloaded = loadTriageModel(JSON.parse(JSON.stringify(data)) as typeof data);
    const texts = ['where is my withdrawal', '로그인이 안 돼요', '挂单无法撤销'];
    expect(texts.map((text) => reloaded.suggest(text))).toEqual(texts.map((text) => model.suggest(text)));
  });

  it('trains the same model from the same examples and seed, a different one from another seed', () => {
    expect(trainTriageModel(history, { seed: 3 })).toEqual(trainTriageModel(history, { seed: 3 }));
    expect(trainTriageModel(history, { seed: 3 }).weights).not.toEqual(
      trainTriageModel(history, { seed: 4 }).weights,
    );
  });

  it('trains in slices to the same model as in one go', () => {
    const run = startTriageTraining(history);
    let slices = 1;
    while (!run.advance(25)) {
      slices += 1;
    }
    expect(slices).toBeGreaterThan(10);
    expect(run.result()).toEqual(trainTriageModel(history));
  });

  it('refuses to train on a single category', () => {
    expect(() => trainTriageModel(history.filter((example) => example.category === 'withdrawal'))).toThrow(
      /at least two categories/u,
    );
  });
});
