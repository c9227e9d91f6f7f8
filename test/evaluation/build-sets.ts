/**
 * Builds the evaluation sets of docs/evaluation.md from the hand-written intents in sources/: the triage
 * history, development and held-out sets per language, and the duplicate submission streams. Deterministic
 * (seeded). Run once to freeze: `npx tsx test/evaluation/build-sets.ts frozen` wrote
 * test/fixtures/evaluation/{frozen,development}/*.json; the frozen files are then never rebuilt (their
 * sha256 is checked by test/evaluation/frozen-hashes.test.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chineseIntents } from './sources/zh';
import { englishIntents } from './sources/en';
import { koreanIntents } from './sources/ko';
import { deskCategories, type EvaluationLanguage, type IntentSource } from './sources/types';

/** A seeded generator (mulberry32): the same sets on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

interface Wrappers {
  openers: string[];
  contexts: string[];
  closers: string[];
  subjects: string[];
  coins: string[];
  amounts: string[];
  whens: string[];
  resubmitPrefixes: string[];
  resubmitLines: string[];
  join: string;
}

const wrappers: Record<EvaluationLanguage, Wrappers> = {
  ko: {
    openers: [
      '',
      '',
      '안녕하세요',
      '안녕하세요 고객센터님',
      '급합니다',
      '문의드려요',
      '저기요',
      '수고하십니다',
    ],
    contexts: [
      '',
      '',
      '',
      '어제부터 이러네요',
      '{when} 전부터 계속 이래요',
      '앱이랑 웹 둘 다 그래요',
      '처음 겪는 일이라 당황스럽네요',
      '다른 사람들도 이런가요?',
    ],
    closers: [
      '',
      '',
      '빨리 답변 부탁드려요',
      '확인 부탁드립니다',
      'ㅠㅠ',
      '답변 기다릴게요',
      '도와주세요!!',
      '감사합니다',
    ],
    subjects: ['문의', '문의드립니다', '긴급', '도와주세요', '질문있어요', '확인 요청', '답답하네요'],
    coins: ['BTC', 'ETH', 'USDT', 'XRP', 'SOL', '비트코인', '이더리움', '리플', 'DOGE', 'TRX'],
    amounts: ['0.5 ETH', '1,000 USDT', '300만원', '0.02 BTC', '2000 XRP', '50만원어치'],
    whens: ['3시간', '하루', '이틀', '5시간', '일주일', '40분'],
    resubmitPrefixes: ['[재문의] ', '(재접수) ', '다시 문의합니다 ', '답변이 없어서 다시 씁니다. ', 'Re: '],
    resubmitLines: [
      '어제 문의했는데 답이 없네요.',
      '아직 해결 안 됐어요.',
      '몇 번째 문의인지 모르겠네요',
      '',
    ],
    join: ' ',
  },
  zh: {
    openers: ['', '', '你好', '您好，', '客服你好', '急！', '请问', '在吗'],
    contexts: [
      '',
      '',
      '',
      '从昨天开始就这样了',
      '已经{when}了',
      'APP和网页都一样',
      '第一次遇到这种情况',
      '别人也这样吗？',
    ],
    closers: ['', '', '请尽快处理', '谢谢', '麻烦看一下', '在线等', '急急急', '辛苦了'],
    subjects: ['咨询', '求助', '紧急', '问题反馈', '请帮忙', '有个问题', '急'],
    coins: ['BTC', 'ETH', 'USDT', 'XRP', 'SOL', '比特币', '以太坊', '瑞波币', 'DOGE', 'TRX'],
    amounts: ['0.5个ETH', '1000 USDT', '5000元', '0.02 BTC', '2000个XRP', '3万U'],
    whens: ['3个小时', '一天', '两天', '5个小时', '一个星期', '40分钟'],
    resubmitPrefixes: ['还没解决：', '再次提交：', '【重复提交】', '第二次问了，', 'Re：'],
    resubmitLines: ['昨天提交过了，一直没人回。', '问题还没解决。', '怎么还没处理？', ''],
    join: '',
  },
  en: {
    openers: ['', '', 'hi', 'Hello,', 'hey support', 'URGENT:', 'Hi team,', 'good morning'],
    contexts: [
      '',
      '',
      '',
      'started yesterday.',
      'been like this for {when}.',
      'same on web and app.',
      'never had this before.',
      'is anyone else seeing this?',
    ],
    closers: [
      '',
      '',
      'pls help',
      'thanks',
      'please check asap',
      'waiting for your reply',
      'thx!!',
      'regards',
    ],
    subjects: [
      'help',
      'question',
      'URGENT',
      'issue with my account',
      'problem',
      'support request',
      'please help',
    ],
    coins: ['BTC', 'ETH', 'USDT', 'XRP', 'SOL', 'bitcoin', 'ether', 'DOGE', 'TRX', 'ADA'],
    amounts: ['0.5 ETH', '1,000 USDT', '$2,500', '0.02 BTC', '2000 XRP', '300 SOL'],
    whens: ['3 hours', 'a day', '2 days', '5 hours', 'a week', '40 minutes'],
    resubmitPrefixes: ['[2nd request] ', 'Again: ', 'STILL NOT SOLVED - ', 'Re: ', 'follow up: '],
    resubmitLines: [
      'I wrote yesterday and got no answer.',
      'still not fixed.',
      'nobody replied to my last ticket',
      '',
    ],
    join: ' ',
  },
};

/** Fills `{coin}`, `{amount}` and `{when}`. */
function fill(text: string, language: EvaluationLanguage, random: Random): string {
  const words = wrappers[language];
  return text
    .replace(/\{coin\}/gu, () => pick(random, words.coins))
    .replace(/\{amount\}/gu, () => pick(random, words.amounts))
    .replace(/\{when\}/gu, () => pick(random, words.whens));
}

/** Customer typing: dropped spaces, casual endings, swapped letters, missing punctuation. */
function roughen(text: string, language: EvaluationLanguage, random: Random): string {
  let result = text;
  if (language === 'ko') {
    if (random() < 0.3) {
      result = result.replace(/ (?=[가-힣])/gu, (space) => (random() < 0.3 ? '' : space));
    }
    if (random() < 0.25) {
      result = result.replace(/요(?=[ .!?]|$)/gu, '여');
    }
    if (random() < 0.15) {
      result = result.replace(/습니다/gu, '슴다');
    }
    if (random() < 0.2) {
      result = result.replace(/돼/gu, '되');
    }
  } else if (language === 'zh') {
    if (random() < 0.3) {
      result = result.replace(/[，。]/gu, (mark) => (random() < 0.5 ? ' ' : mark));
    }
    if (random() < 0.2) {
      result = result.replace(/([了吗])(?=[，。？！ ]|$)/gu, '$1啊');
    }
    if (random() < 0.15) {
      result = result.replace(/的/u, '得');
    }
  } else {
    if (random() < 0.4) {
      result = result.toLowerCase();
    }
    if (random() < 0.3) {
      result = result.replace(/'/gu, '');
    }
    if (random() < 0.3) {
      const words = result.split(' ');
      const position = Math.floor(random() * words.length);
      const word = words[position] ?? '';
      if (word.length > 4) {
        const at = 1 + Math.floor(random() * (word.length - 3));
        words[position] = word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
      }
      result = words.join(' ');
    }
  }
  return result;
}

/** One ticket as a customer would file it around one wording of an intent. */
function compose(
  core: string,
  language: EvaluationLanguage,
  random: Random,
): { subject: string; body: string } {
  const words = wrappers[language];
  const filled = fill(core, language, random);
  const parts = [
    pick(random, words.openers),
    filled,
    fill(pick(random, words.contexts), language, random),
    pick(random, words.closers),
  ];
  const body = roughen(parts.filter((part) => part.length > 0).join(words.join), language, random);
  const subject =
    random() < 0.5 ? pick(random, words.subjects) : filled.slice(0, language === 'en' ? 40 : 16).trim();
  return { subject, body };
}

/** A labelled triage ticket. */
export interface TriageExample {
  id: string;
  language: EvaluationLanguage;
  subject: string;
  body: string;
  category: string;
  intent: string;
}

function triageSets(language: EvaluationLanguage, intents: readonly IntentSource[], seed: number) {
  const random = seeded(seed);
  const history: TriageExample[] = [];
  const development: TriageExample[] = [];
  const heldOut: TriageExample[] = [];
  for (const category of deskCategories) {
    const ofCategory = intents.filter((intent) => intent.category === category);
    for (let index = 0; index < 45; index += 1) {
      const intent = ofCategory[index % ofCategory.length] as IntentSource;
      const core = intent.paraphrases[Math.floor(index / ofCategory.length) % 2] as string;
      history.push({
        id: `${language}-history-${category}-${index}`,
        language,
        ...compose(core, language, random),
        category,
        intent: intent.key,
      });
    }
    for (const [target, paraphrase, name] of [
      [development, 2, 'dev'],
      [heldOut, 3, 'test'],
    ] as const) {
      for (let index = 0; index < 15; index += 1) {
        const intent = ofCategory[index % ofCategory.length] as IntentSource;
        target.push({
          id: `${language}-${name}-${category}-${index}`,
          language,
          ...compose(intent.paraphrases[paraphrase], language, random),
          category,
          intent: intent.key,
        });
      }
    }
  }
  return { history, development, heldOut };
}

/** One submission of the duplicate stream, in time order. */
export interface DuplicateSubmission {
  id: string;
  language: EvaluationLanguage;
  customer: string;
  subject: string;
  body: string;
  /** The category the customer picked (often none). */
  category: string | null;
  at: string;
  /** The customer's issue: submissions of one customer with the same issue are duplicates of each other. */
  issue: string;
  kind: 'original' | 'exact' | 'light_edit' | 'paraphrase' | 'different_issue' | 'other_customer';
}

function duplicateStream(
  language: EvaluationLanguage,
  intents: readonly IntentSource[],
  wordings: readonly [number, number],
  seed: number,
  customers: number,
): DuplicateSubmission[] {
  const random = seeded(seed);
  const words = wrappers[language];
  const submissions: DuplicateSubmission[] = [];
  const base = Date.UTC(2026, 2, 2, 0, 0, 0);
  const hour = 3600 * 1000;
  for (let number = 0; number < customers; number += 1) {
    const customer = `${language}-customer-${seed}-${number}@example.com`;
    const intent = pick(random, intents);
    const start = base + Math.floor(random() * 24 * 20) * hour;
    const first = random() < 0.5 ? wordings[0] : wordings[1];
    const second = first === wordings[0] ? wordings[1] : wordings[0];
    const category = (): string | null => (random() < 0.5 ? intent.category : null);
    const original = compose(intent.paraphrases[first] as string, language, random);
    let sequence = 0;
    const push = (
      text: { subject: string; body: string },
      at: number,
      issue: string,
      kind: DuplicateSubmission['kind'],
      picked: string | null,
    ): void => {
      submissions.push({
        id: `${customer}#${sequence}`,
        language,
        customer,
        ...text,
        category: picked,
        at: new Date(at).toISOString(),
        issue,
        kind,
      });
      sequence += 1;
    };
    // Some customers wrote about something else weeks before.
    if (random() < 0.3) {
      const earlier = pick(
        random,
        intents.filter((other) => other.key !== intent.key),
      );
      push(
        compose(earlier.paraphrases[first] as string, language, random),
        start - (10 + Math.floor(random() * 30)) * 24 * hour,
        `${customer}/${earlier.key}`,
        'original',
        category(),
      );
    }
    push(original, start, `${customer}/${intent.key}`, 'original', category());
    let at = start;
    const resubmissions = 1 + Math.floor(random() * 3);
    for (let count = 0; count < resubmissions; count += 1) {
      at += (1 + Math.floor(random() * 30)) * hour;
      const roll = random();
      if (roll < 0.2) {
        push(original, at, `${customer}/${intent.key}`, 'exact', category());
      } else if (roll < 0.5) {
        const line = pick(random, words.resubmitLines);
        const body = roughen(original.body, language, random);
        push(
          {
            subject: `${pick(random, words.resubmitPrefixes)}${original.subject}`,
            body: line.length > 0 ? `${line}${words.join}${body}` : body,
          },
          at,
          `${customer}/${intent.key}`,
          'light_edit',
          category(),
        );
      } else {
        const text = compose(intent.paraphrases[second] as string, language, random);
        const line = random() < 0.5 ? pick(random, words.resubmitLines) : '';
        push(
          { subject: text.subject, body: line.length > 0 ? `${line}${words.join}${text.body}` : text.body },
          at,
          `${customer}/${intent.key}`,
          'paraphrase',
          category(),
        );
      }
    }
    // The same customer's different problem, often in the same desk category: must not be offered.
    if (random() < 0.6) {
      const sameCategory = intents.filter(
        (other) => other.key !== intent.key && other.category === intent.category,
      );
      const others =
        random() < 0.6 && sameCategory.length > 0
          ? sameCategory
          : intents.filter((other) => other.key !== intent.key);
      const different = pick(random, others);
      at += (1 + Math.floor(random() * 24)) * hour;
      push(
        compose(different.paraphrases[first] as string, language, random),
        at,
        `${customer}/${different.key}`,
        'different_issue',
        category(),
      );
    }
    // Another customer with the same problem (an incident, not a duplicate).
    if (random() < 0.3) {
      const other = `${language}-other-${seed}-${number}@example.com`;
      submissions.push({
        id: `${other}#0`,
        language,
        customer: other,
        ...compose(intent.paraphrases[second] as string, language, random),
        category: null,
        at: new Date(start + Math.floor(random() * 10) * hour).toISOString(),
        issue: `${other}/${intent.key}`,
        kind: 'other_customer',
      });
    }
  }
  return submissions.sort(
    (left, right) => left.at.localeCompare(right.at) || left.id.localeCompare(right.id),
  );
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'evaluation');
const sources: [EvaluationLanguage, readonly IntentSource[], number][] = [
  ['ko', koreanIntents, 101],
  ['zh', chineseIntents, 202],
  ['en', englishIntents, 303],
];
// The frozen sets are written only on an explicit `frozen`: once frozen they are never rebuilt.
const which = process.argv[2] ?? 'development';
for (const folder of ['frozen', 'development']) {
  mkdirSync(join(root, folder), { recursive: true });
}
const write = (path: string, data: unknown): void =>
  writeFileSync(join(root, path), `${JSON.stringify(data, null, 1)}\n`);
for (const [language, intents, seed] of sources) {
  const sets = triageSets(language, intents, seed);
  if (which === 'frozen') {
    write(`frozen/triage-${language}-history.json`, sets.history);
    write(`frozen/triage-${language}-test.json`, sets.heldOut);
  }
  if (which === 'development') {
    write(`development/triage-${language}-history.json`, sets.history);
    write(`development/triage-${language}-dev.json`, sets.development);
  }
}
const stream = (wordings: readonly [number, number], seedOffset: number): DuplicateSubmission[] =>
  sources.flatMap(([language, intents, seed]) =>
    duplicateStream(language, intents, wordings, seed + seedOffset, 90),
  );
if (which === 'frozen') {
  write('frozen/duplicates.json', stream([2, 3], 7));
}
if (which === 'development') {
  write('development/duplicates.json', stream([0, 1], 11));
}
