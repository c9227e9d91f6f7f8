import { exchangeConcepts } from '../multilingual/exchange-concepts';
import { concepts, conceptKind } from './concepts';
import { defaultDuplicateOptions } from './duplicate-index';
import { describeTicket, type DuplicateDocument } from './features';
import { createMinHasher, hashString } from './minhash';

/**
 * What the service stores of a ticket's duplicate description (migration 0052, `duplicate_signatures`), so a
 * restart rebuilds the index without reading or tokenising any text: the MinHash signature (for the LSH
 * buckets), the sorted feature hashes (for the score), the concepts and exchange concepts as bit masks and
 * the quoted identifiers. What is not text (customer, time, category) is read from the ticket itself.
 * Numbers are stored little-endian, 4 bytes each.
 */
export interface StoredDescription {
  /** `signatureVersion` of the code that computed it: any other version is recomputed, never trusted. */
  version: number;
  minhash: Uint8Array;
  features: Uint8Array;
  concepts: number;
  intents: number;
  /**
   * The quoted identifiers (`kind:value`) and, as `detail:name`, the finer problems the text names
   * (`DuplicateDocument.details`): one text array holds both, so the finer problems needed no new column.
   */
  identifiers: readonly string[];
}

/** The ticket fields that are not text, which a stored description is combined with. */
export interface DescriptionContext {
  category: string | null;
  createdAtMs: number;
  customerKey: string;
}

const conceptKeys = Object.keys(concepts);
const conceptBit = new Map(conceptKeys.map((key, index) => [key, index]));
const intentKeys = Object.keys(exchangeConcepts).slice(0, 32);
const intentBit = new Map(intentKeys.map((key, index) => [key, index]));
const hasher = createMinHasher(
  defaultDuplicateOptions.bands * defaultDuplicateOptions.rows,
  defaultDuplicateOptions.seed,
);

/**
 * A few texts in the three languages, with an identifier, a coin and a state: their descriptions go into
 * `signatureVersion`, so a change of normalisation, shingling, stemming, filler lists, concept maps or hash
 * seeds changes the version and stored descriptions are recomputed instead of silently disagreeing.
 */
const probeTexts = [
  'Withdrawal of 0.5 BTC still pending after 3 hours, txid 0x9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c, please check',
  '출금 신청한 USDT가 아직 안 왔습니다. 주문번호 12345678 확인 부탁드립니다. 구글 OTP 인증번호도 안 와요',
  '我的提币一直未到账，已经两天了，实名认证也通过了，请尽快处理。ＵＳＤＴ　ＴＲＣ２０',
  'My futures position was liquidated; the stop order did not trigger. Memo/tag missing on the XRP deposit.',
];

/** Format of the stored bytes; raise it when `encodeDescription` changes. */
const storageFormat = 2;
const detailPrefix = 'detail:';

function fingerprint(): number {
  const parts: string[] = [
    `format ${storageFormat}`,
    conceptKeys.map((key) => `${key}:${conceptKind(key)}`).join(','),
    intentKeys.join(','),
  ];
  for (const text of probeTexts) {
    const document = describeTicket({
      subject: '',
      body: text,
      category: null,
      createdAtMs: 0,
      customerKey: '',
    });
    parts.push(
      Array.from(document.features).join(','),
      Array.from(hasher.signature(document.features)).join(','),
      [...document.topics, ...document.assets, ...document.states, ...document.intents].join(','),
      document.details.join(','),
      document.identifiers.join(','),
    );
  }
  // A signed 32-bit number, so it fits a PostgreSQL integer.
  return hashString(parts.join('\n')) | 0;
}

/** The version of the stored descriptions this code computes (a fingerprint of the code's own output). */
export const signatureVersion: number = fingerprint();

function writeWords(values: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < values.length; index += 1) {
    view.setUint32(index * 4, values[index] ?? 0, true);
  }
  return bytes;
}

function readWords(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Uint32Array(bytes.byteLength >>> 2);
  for (let index = 0; index < values.length; index += 1) {
    values[index] = view.getUint32(index * 4, true);
  }
  return values;
}

function maskOf(names: readonly string[], bits: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const name of names) {
    const bit = bits.get(name);
    if (bit !== undefined) {
      mask |= 1 << bit;
    }
  }
  return mask | 0;
}

/**
 * The MinHash signature the index computes for `document`: the same hash functions, over the same first
 * 65,535 features the index keeps (duplicate-index.ts).
 */
export function minhashOf(document: DuplicateDocument): Uint32Array {
  return hasher.signature(document.features.subarray(0, 0xffff));
}

/** What is stored of `document` (its `signature` when already computed). */
export function encodeDescription(document: DuplicateDocument, signature?: Uint32Array): StoredDescription {
  return {
    version: signatureVersion,
    minhash: writeWords(signature ?? minhashOf(document)),
    features: writeWords(document.features),
    concepts: maskOf([...document.topics, ...document.assets, ...document.states], conceptBit),
    intents: maskOf(document.intents, intentBit),
    identifiers: [...document.identifiers, ...document.details.map((detail) => `${detailPrefix}${detail}`)],
  };
}

const decodedConcepts = new Map<number, { topics: string[]; assets: string[]; states: string[] }>();
const decodedIntents = new Map<number, string[]>();

/**
 * The document and MinHash signature back from what was stored, with the ticket's other fields; null when it
 * was computed by another version (the caller recomputes it from the text).
 */
export function decodeDescription(
  stored: StoredDescription,
  context: DescriptionContext,
): { document: DuplicateDocument; signature: Uint32Array } | null {
  if (stored.version !== signatureVersion) {
    return null;
  }
  let named = decodedConcepts.get(stored.concepts);
  if (named === undefined) {
    const has = (index: number): boolean => (stored.concepts & (1 << index)) !== 0;
    const ofKind = (kind: string): string[] =>
      conceptKeys.filter((key, index) => has(index) && conceptKind(key) === kind);
    named = { topics: ofKind('topic'), assets: ofKind('asset'), states: ofKind('state') };
    decodedConcepts.set(stored.concepts, named);
  }
  let intents = decodedIntents.get(stored.intents);
  if (intents === undefined) {
    intents = intentKeys.filter((_key, index) => (stored.intents & (1 << index)) !== 0);
    decodedIntents.set(stored.intents, intents);
  }
  return {
    document: {
      features: readWords(stored.features),
      ...named,
      intents,
      details: stored.identifiers
        .filter((entry) => entry.startsWith(detailPrefix))
        .map((entry) => entry.slice(detailPrefix.length)),
      identifiers: stored.identifiers.filter((entry) => !entry.startsWith(detailPrefix)),
      category: context.category,
      createdAtMs: context.createdAtMs,
      customerKey: context.customerKey,
    },
    signature: readWords(stored.minhash),
  };
}
