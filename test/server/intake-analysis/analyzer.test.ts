import { afterEach, describe, expect, it } from 'vitest';
import { loadTriageModel, trainTriageModel } from '../../../shared/triage/model';
import { analyzeIntake, analyzedText, roundSuggestion } from '../../../server/intake-analysis/analysis';
import { createIntakeAnalyzer, type IntakeAnalyzer } from '../../../server/intake-analysis/analyzer';
import { createLanedAnalyzer, largeJobLength } from '../../../server/intake-analysis/laned-analyzer';
import { maskIncoming } from '../../../server/safety/mask-incoming';
import { intakeAnalysisInput } from '../../../server/tickets/intake';

/** A small history: enough for the model to tell deposits from API trouble. */
const history = [
  ...[
    'deposit not credited',
    'my deposit is missing',
    'USDT deposit pending',
    '입금이 안 들어왔어요',
    '充值没有到账',
  ].map((text) => ({ text, category: 'deposit_withdrawal' })),
  ...[
    'API key invalid signature',
    'api returns 401',
    'websocket API disconnects',
    'API 키 오류',
    'API 签名错误',
  ].map((text) => ({ text, category: 'api' })),
];
const modelData = trainTriageModel(history);
const model = loadTriageModel(modelData);

const requests = [
  {
    requester: { email: 'Kim@Example.com', locale: 'ko-KR' },
    category: 'api',
    subject: '입금 문의',
    body: '어제 오후 3시쯤 USDT 입금했는데 아직 안 들어왔어요. TXID 0x4a55e8c1d6f0b2a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b',
  },
  {
    requester: { email: 'lee@example.com' },
    category: 'deposit_withdrawal',
    subject: 'API 401',
    body: 'API returns 401 invalid signature since this morning. I regenerated the key already.',
    device: 'iPhone 14, iOS 17.2',
  },
  {
    requester: { email: 'wang@example.com', locale: 'zh-CN' },
    subject: '充值',
    body: '昨天下午3点充值的USDT没有到账，订单号 4f1c2e9a-7b3d-4e5f-9a1b-2c3d4e5f6a7b',
  },
];
const receivedAt = new Date('2026-11-20T09:00:00Z');
const inputs = requests.map((request) => intakeAnalysisInput(request, [], receivedAt));
const analyzedHere = inputs.map((input) =>
  analyzeIntake(input, (text) => roundSuggestion(model.suggest(text))),
);

describe('intake analysis on a worker thread', () => {
  let analyzer: IntakeAnalyzer | null = null;
  afterEach(async () => {
    await analyzer?.close();
    analyzer = null;
  });

  it('gives the same triage suggestion, language, checklist and duplicate description as the service thread', async () => {
    const logged: string[] = [];
    const onWorker = createIntakeAnalyzer({
      useWorker: true,
      suggest: () => null,
      log: (line) => logged.push(line),
    });
    analyzer = onWorker;
    onWorker.setModel(modelData);
    const analyses = await Promise.all(inputs.map((input) => onWorker.analyze(input)));
    // The log says why when the worker stopped.
    expect(logged).toEqual([]);
    expect(onWorker.mode()).toBe('worker');
    expect(analyses).toEqual(analyzedHere);
    // The first ticket was filed under API but reads as a deposit: the worker's model says so.
    expect(analyses[0]?.suggestion?.category).toBe('deposit_withdrawal');
    expect(analyses[0]?.language).toBe('ko');
    expect(analyses[2]?.language).toBe('zh');
  });

  it('triages with the model sent last, and without one suggests nothing', async () => {
    analyzer = createIntakeAnalyzer({ useWorker: true, suggest: () => null, log: () => undefined });
    const [input] = inputs;
    if (input === undefined) {
      throw new Error('no input');
    }
    expect((await analyzer.analyze(input)).suggestion).toBeNull();
    analyzer.setModel(modelData);
    expect((await analyzer.analyze(input)).suggestion?.category).toBe('deposit_withdrawal');
  });

  it('analyzes on the service thread, losing nothing, when the worker cannot run', async () => {
    const logged: string[] = [];
    const withoutWorker = createIntakeAnalyzer({
      useWorker: true,
      workerEntry: new URL('./no-such-worker.ts', import.meta.url),
      suggest: (text) => roundSuggestion(model.suggest(text)),
      log: (line) => logged.push(line),
    });
    analyzer = withoutWorker;
    const analyses = await Promise.all(inputs.map((input) => withoutWorker.analyze(input)));
    expect(analyses).toEqual(analyzedHere);
    expect(withoutWorker.mode()).toBe('inline');
    expect(logged.join('\n')).toContain("analyzing on the service's thread");
  });

  it('masks secrets on the worker exactly as on the service thread', async () => {
    analyzer = createIntakeAnalyzer({ useWorker: true, suggest: () => null, log: () => undefined });
    const seed = 'abandon ability able about above absent absorb abstract absurd abuse access accident';
    const job = {
      incoming: {
        subject: 'Lost funds',
        body: `${'Log line: withdrawal failed with error 502. '.repeat(2000)}My seed is ${seed} please help`,
        attachmentNames: ['screenshot.png'],
        labels: ['Mina Kim', ''],
      },
      hint: { locale: 'en' },
    };
    const masked = await analyzer.mask(job);
    expect(analyzer.mode()).toBe('worker');
    expect(masked).toEqual(maskIncoming(job.incoming, job.hint));
    expect(masked.kinds).toEqual(['seed_phrase']);
    expect(masked.body).not.toContain('abandon ability');
    expect(masked.body).toContain('[seed phrase removed]');
  });

  it('gives large texts their own worker, so a small analysis never waits behind a large one', async () => {
    const laned = createLanedAnalyzer({ useWorker: true, suggest: () => null, log: () => undefined });
    analyzer = laned;
    laned.setModel(modelData);
    const [small] = inputs;
    if (small === undefined) {
      throw new Error('no input');
    }
    // What intake analyzes of a 1 MB body: its first 50,000 characters (more than `largeJobLength`).
    const large = { ...small, body: analyzedText(`${small.body} ${'x'.repeat(1_000_000)}`) };
    expect(large.body.length).toBeGreaterThan(largeJobLength);
    // Both workers start with the analyzer; once both have answered, neither is still starting.
    await Promise.all([laned.analyze(large), laned.analyze(small)]);
    const order: string[] = [];
    // The large job is sent first; the small one, in its own lane, is answered first anyway.
    const largeDone = laned.analyze(large).then((analysis) => {
      order.push('large');
      return analysis;
    });
    const smallDone = laned.analyze(small).then((analysis) => {
      order.push('small');
      return analysis;
    });
    const [largeAnalysis, smallAnalysis] = await Promise.all([largeDone, smallDone]);
    expect(order).toEqual(['small', 'large']);
    expect(smallAnalysis).toEqual(analyzedHere[0]);
    // The large lane's worker (started with the analyzer) got the model too.
    expect(largeAnalysis.suggestion?.category).toBe('deposit_withdrawal');
  });
});
