import { createDuplicateIndex, type DuplicateIndex } from '../../shared/duplicates/duplicate-index';
import {
  describeTicket,
  type DuplicateDocument,
  type DuplicateInput,
} from '../../shared/duplicates/features';
import { scoreDuplicate } from '../../shared/duplicates/score';
import { quantile, type BenchResult } from './table';

/** A small deterministic generator (mulberry32): the same tickets on every run. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const coins = ['BTC', 'ETH', 'USDT', 'XRP', 'SOL', 'DOGE', 'ADA', 'TRX', 'BNB', 'USDC'];
const templates: readonly ((coin: string, amount: number, hours: number) => string)[] = [
  (coin, amount, hours) => `My ${coin} withdrawal of ${amount} has been pending for ${hours} hours`,
  (coin, amount) => `I deposited ${amount} ${coin} but it is not credited to my balance`,
  (coin, amount) => `${coin} ${amount}개 출금했는데 아직 안 들어왔어요`,
  (coin, amount) => `${coin} 입금 ${amount} 반영이 안 됩니다`,
  (coin, amount) => `${coin} 提币 ${amount} 一直没到账`,
  (coin, amount) => `充值 ${amount} ${coin} 还没到账`,
  () => 'I lost my phone and cannot pass the 2FA code at login',
  () => '구글 OTP 분실로 로그인이 안 됩니다',
  () => '谷歌验证丢失 无法登录',
  () => 'My identity verification was rejected, the selfie does not match',
  () => '신분증 인증이 계속 실패합니다',
  () => '实名认证一直失败',
  (coin, amount) => `My limit order for ${amount} ${coin} was not filled`,
  (coin) => `${coin} 선물 포지션이 청산됐어요`,
  (coin) => `${coin} 合约被强平了`,
  () => 'The API returns an invalid signature error',
];
const latinLetters = 'abcdefghijklmnopqrstuvwxyz';
const hangul = '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초';
const han = '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对';

/** Words of the customers' own: a large pseudo-vocabulary so tickets differ as real ones do. */
function noise(random: () => number, script: number): string {
  const pool = script === 0 ? latinLetters : script === 1 ? hangul : han;
  const words: string[] = [];
  const count = 3 + Math.floor(random() * 8);
  for (let index = 0; index < count; index += 1) {
    const length = script === 0 ? 4 + Math.floor(random() * 5) : 2 + Math.floor(random() * 2);
    let word = '';
    for (let letter = 0; letter < length; letter += 1) {
      word += pool[Math.floor(random() * pool.length)] ?? '';
    }
    words.push(word);
  }
  return words.join(' ');
}

/** `count` synthetic tickets over a year, in time order, about three per customer. */
export function* syntheticTickets(count: number, seed = 42): Generator<DuplicateInput> {
  const random = randomSource(seed);
  const start = Date.UTC(2025, 0, 1);
  const step = (365 * 24 * 60 * 60 * 1000) / count;
  for (let index = 0; index < count; index += 1) {
    const template = Math.floor(random() * templates.length);
    const coin = coins[Math.floor(random() * coins.length)] ?? 'BTC';
    const text = templates[template]?.(coin, Math.round(random() * 1000) / 10, 1 + Math.floor(random() * 48));
    yield {
      subject: text?.slice(0, 30) ?? '',
      body: `${text ?? ''} ${noise(random, template % 3)}`,
      category: null,
      createdAtMs: start + index * step,
      customerKey: `customer-${Math.floor(random() * (count / 3))}`,
    };
  }
}

function heapBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

interface SizeFigures {
  buildMs: number;
  memoryBytes: number;
  lookupP50: number;
  lookupP95: number;
  allPairsMs: number | null;
}

/** Builds an index of `size` tickets, then times lookups of new tickets (describe + find, as intake does). */
function measure(size: number, keepDocuments: boolean, log: (line: string) => void): SizeFigures {
  collectGarbage();
  const before = heapBytes();
  const started = performance.now();
  const index: DuplicateIndex = createDuplicateIndex();
  const documents: DuplicateDocument[] = [];
  let position = 0;
  for (const input of syntheticTickets(size)) {
    const document = describeTicket(input);
    index.add(`ticket-${position}`, document);
    if (keepDocuments) {
      documents.push(document);
    }
    position += 1;
  }
  const buildMs = performance.now() - started;
  collectGarbage();
  const memoryBytes = heapBytes() - before - (keepDocuments ? 0 : 0);
  log(`  ${size} tickets indexed in ${Math.round(buildMs)} ms, ~${Math.round(memoryBytes / 1048576)} MiB`);
  // Lookups: the next tickets of the same stream (same customers, same time flow), as new intakes.
  const queries = [...syntheticTickets(1000, 7)].map((input, queryIndex) => ({
    ...input,
    customerKey: `customer-${queryIndex % Math.floor(size / 3)}`,
    createdAtMs: Date.UTC(2025, 11, 31),
  }));
  const times: number[] = [];
  for (const query of queries) {
    const lookupStarted = performance.now();
    index.find(describeTicket(query));
    times.push(performance.now() - lookupStarted);
  }
  let allPairsMs: number | null = null;
  if (keepDocuments) {
    const rounds = 5;
    const allPairsStarted = performance.now();
    for (let round = 0; round < rounds; round += 1) {
      const query = describeTicket(queries[round] ?? queries[0] ?? ({} as DuplicateInput));
      let best = 0;
      for (const document of documents) {
        best = Math.max(best, scoreDuplicate(query, document));
      }
      if (best < 0) {
        throw new Error('unreachable: keeps the loop from being optimized away');
      }
    }
    allPairsMs = (performance.now() - allPairsStarted) / rounds;
  }
  return {
    buildMs,
    memoryBytes,
    lookupP50: quantile(times, 0.5),
    lookupP95: quantile(times, 0.95),
    allPairsMs,
  };
}

/**
 * The duplicate index's lookup time at each size (p50/p95 of 1,000 lookups of new tickets, describing the
 * ticket included), its build time and memory, and one all-pairs lookup (scoring every stored ticket) at
 * the smallest size for the ratio. Run with `node --expose-gc` for steadier memory figures.
 */
export function benchDuplicates(options: {
  sizes: readonly number[];
  log: (line: string) => void;
}): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  let smallest: SizeFigures | null = null;
  for (const [position, size] of options.sizes.entries()) {
    const figures = measure(size, position === 0, options.log);
    smallest ??= figures;
    const scenario = `duplicates, ${size.toLocaleString('en-US')} tickets`;
    results.push(
      { scenario, metric: 'lookup p50', value: round(figures.lookupP50), unit: 'ms', target: '<= 5' },
      { scenario, metric: 'lookup p95', value: round(figures.lookupP95), unit: 'ms', target: '<= 5' },
      { scenario, metric: 'index build', value: Math.round(figures.buildMs), unit: 'ms', target: '' },
      {
        scenario,
        metric: 'index memory',
        value: Math.round(figures.memoryBytes / 1048576),
        unit: 'MiB',
        target: '',
      },
    );
  }
  if (smallest?.allPairsMs !== null && smallest !== null && smallest.allPairsMs !== null) {
    const scenario = `duplicates, ${(options.sizes[0] ?? 0).toLocaleString('en-US')} tickets`;
    results.push(
      { scenario, metric: 'all-pairs lookup', value: round(smallest.allPairsMs), unit: 'ms', target: '' },
      {
        scenario,
        metric: 'all-pairs / index p50',
        value: Math.round(smallest.allPairsMs / smallest.lookupP50),
        unit: '×',
        target: '',
      },
    );
  }
  return Promise.resolve(results);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
