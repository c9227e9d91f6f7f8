import { createDuplicateIndex, type DuplicateIndex } from '../../shared/duplicates/duplicate-index';
import {
  describeTicket,
  type DuplicateDocument,
  type DuplicateInput,
} from '../../shared/duplicates/features';
import { scoreDuplicate } from '../../shared/duplicates/score';
import { generateDemoTickets, type DemoTicket } from '../../server/demo/generate-demo';
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

/** How many demo tickets the stream draws its texts from (about 18,000 distinct bodies; 6 s to generate). */
const textPoolSize = 20_000;
let textPool: readonly DemoTicket[] | null = null;

/** The demo generator's customer texts (ko/en/zh, as the demo desk sees them), generated once per run. */
function demoTexts(): readonly DemoTicket[] {
  textPool ??= generateDemoTickets({ now: new Date(Date.UTC(2026, 0, 1)), count: textPoolSize });
  return textPool;
}

/**
 * `count` tickets over a year, in time order, about three per customer. Their texts are the demo's real
 * customer requests (the same questions arrive all day, so buckets fill as they would at a desk), each with
 * its numbers drawn again (amounts, order ids, hours), so no two copies of a request are identical.
 */
export function* syntheticTickets(count: number, seed = 42): Generator<DuplicateInput> {
  const random = randomSource(seed);
  const texts = demoTexts();
  const start = Date.UTC(2025, 0, 1);
  const step = (365 * 24 * 60 * 60 * 1000) / count;
  const redrawNumbers = (text: string): string =>
    text.replace(/\d+/g, (digits) => Array.from(digits, () => String(Math.floor(random() * 10))).join(''));
  for (let index = 0; index < count; index += 1) {
    const source = texts[Math.floor(random() * texts.length)];
    yield {
      subject: redrawNumbers(source?.subject ?? ''),
      body: redrawNumbers(source?.body ?? ''),
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
