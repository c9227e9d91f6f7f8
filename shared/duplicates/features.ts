import { stemWord } from '../triage/tokenize';
import { conceptKind, conceptsOf } from './concepts';
import { hashString } from './minhash';
import { identifiersOf, normalizeText } from './normalize';
import { exchangeConceptsOf } from '../multilingual/exchange-concepts';
import { exchangeDetailsOf } from '../multilingual/exchange-details';

/** Exchange concepts that name a state or an act common to every problem, not which problem it is. */
const genericIntents = new Set(['pending', 'verify', 'order', 'app']);

/**
 * What duplicate detection keeps of a ticket: hashed text features (Latin words, lightly stemmed, without
 * filler; character bigrams of Hangul and Han runs, which need no word segmentation and survive Korean
 * particles), the concepts it names (by kind), the identifiers it quotes, its category, time and customer.
 */
export interface DuplicateDocument {
  /** Sorted, distinct 32-bit hashes of the text features (concepts and identifiers included). */
  features: Uint32Array;
  /** Topic concepts (what the problem is about), sorted. */
  topics: readonly string[];
  /** Asset concepts (coins, currencies), sorted. */
  assets: readonly string[];
  /** State concepts (pending, failure), sorted. */
  states: readonly string[];
  /**
   * The exchange concepts it names (`shared/multilingual/exchange-concepts.ts`), sorted: finer than the
   * topics (a memo, a network, a liquidation, a stop order), so the same customer's different problem in
   * the same area reads as different.
   */
  intents: readonly string[];
  /**
   * The finer problems it names (`shared/multilingual/exchange-details.ts`: leverage, funding, the KYC
   * face check, a password reset, an API rate limit, …), sorted: which problem inside an area.
   */
  details: readonly string[];
  /** Quoted identifiers as `kind:value`, sorted. */
  identifiers: readonly string[];
  category: string | null;
  /** Creation time, milliseconds since the epoch. */
  createdAtMs: number;
  /** Who filed it (the service uses the normalized e-mail key). */
  customerKey: string;
}

/** What `describeTicket` reads. */
export interface DuplicateInput {
  subject: string;
  body: string;
  category: string | null;
  createdAtMs: number;
  customerKey: string;
}

const latinWordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const cjkRunPattern = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/** Words that carry politeness or urgency, not the problem: a resubmission adds them freely. */
const fillerWords = new Set(
  (
    'a an the i me my we our you your it its is are was were be been am do does did have has had to of in on ' +
    'at for from with and or but so if this that these those there here can could would should will please ' +
    'hi hello hey dear thanks thank just what how why when where which who any update updates help urgent ' +
    'asp asap team support sir madam regards again still yet already wrote write yesterday today ago nobody ' +
    'answer answered reply replied anyone someone get got it’s i’m not no'
  ).split(' '),
);

/** Hangul and Han bigrams that are grammar or greetings in almost every ticket. */
const fillerBigrams = new Set(
  (
    '습니 니다 합니 해요 어요 세요 주세 해주 있습 었습 했습 는데 에서 으로 하고 그리 리고 는지 지만 나요 까요 ' +
    '했는 해서 하는 되었 었어 았어 안녕 녕하 하세 감사 사합 확인 부탁 드립 립니 빨리 답변 어제 오늘 ' +
    '我的 你们 请问 一下 谢谢 您好 你好 是不 不是 了吗 怎么 为什 什么 我在 已经 可以 帮我 一个 麻烦 尽快 ' +
    '回复 昨天 今天 处理 客服'
  ).split(' '),
);

/** The text features of `normalized` (the output of `normalizeText`), with repeats. */
export function textFeatures(normalized: string): string[] {
  const features: string[] = [];
  for (const run of normalized.matchAll(cjkRunPattern)) {
    const characters = [...run[0]];
    if (characters.length === 1) {
      features.push(`h:${run[0]}`);
    }
    for (let index = 0; index + 1 < characters.length; index += 1) {
      const bigram = `${characters[index] ?? ''}${characters[index + 1] ?? ''}`;
      if (!fillerBigrams.has(bigram)) {
        features.push(`h:${bigram}`);
      }
    }
  }
  const latinOnly = normalized.replace(cjkRunPattern, ' ');
  for (const match of latinOnly.matchAll(latinWordPattern)) {
    const word = stemWord(match[0].replace(/['’]/gu, ''));
    if (!fillerWords.has(match[0]) && !fillerWords.has(word)) {
      features.push(`w:${word}`);
    }
  }
  return features;
}

function sortedDistinct(values: readonly number[]): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let length = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    if (index === 0 || sorted[index] !== sorted[length - 1]) {
      sorted[length] = sorted[index] ?? 0;
      length += 1;
    }
  }
  return sorted.slice(0, length);
}

/** Turns a ticket into what detection compares. Pure and deterministic. */
export function describeTicket(input: DuplicateInput): DuplicateDocument {
  const normalized = normalizeText(`${input.subject}\n${input.body}`);
  const identifiers = identifiersOf(normalized)
    .map((identifier) => `${identifier.kind}:${identifier.value}`)
    .sort();
  // Identifiers are compared on their own; left in the text they would also count as words.
  let text = normalized;
  for (const identifier of identifiers) {
    text = text.split(identifier.slice(identifier.indexOf(':') + 1)).join(' ');
  }
  const named = conceptsOf(text);
  const features = [
    ...textFeatures(text),
    ...named.map((concept) => `k:${concept}`),
    ...identifiers.map((identifier) => `i:${identifier}`),
  ];
  return {
    features: sortedDistinct(features.map(hashString)),
    topics: named.filter((concept) => conceptKind(concept) === 'topic'),
    assets: named.filter((concept) => conceptKind(concept) === 'asset'),
    states: named.filter((concept) => conceptKind(concept) === 'state'),
    intents: exchangeConceptsOf(text).filter((concept) => !genericIntents.has(concept)),
    details: exchangeDetailsOf(text),
    identifiers,
    category: input.category,
    createdAtMs: input.createdAtMs,
    customerKey: input.customerKey,
  };
}
