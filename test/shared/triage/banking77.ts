import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom, shuffleInPlace } from '../../../shared/triage/random';

/**
 * The banking77 training file (a vendored copy of `../shared/data/banking77`), mapped onto the desk's
 * categories with its `category-map.json`, and a stratified hold-out split of it: the accuracy test, the
 * service test and the bench all measure on requests the model never saw.
 */

/** One request: its text, the desk category and the banking77 intent it came from. */
export interface Banking77Request {
  text: string;
  category: string;
  intent: string;
}

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * Where the data set lives: `BANKING77_DIR` when set, else the copy in `test/fixtures/banking77` (CC BY 4.0,
 * vendored so a clean clone tests the same data wherever it is checked out; the original sits beside the
 * repository in `../shared/data/banking77`).
 */
export const banking77Folder = process.env.BANKING77_DIR
  ? resolve(process.env.BANKING77_DIR)
  : resolve(repositoryRoot, 'test/fixtures/banking77');

/** Parses CSV with quoted fields ("" inside quotes is a quote). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let position = 0; position < text.length; position += 1) {
    const character = text[position];
    if (isQuoted) {
      if (character === '"' && text[position + 1] === '"') {
        field += '"';
        position += 1;
      } else if (character === '"') {
        isQuoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      isQuoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (character !== '\r') {
      field += character;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Every request of train.csv with its desk category; throws a clear error when the data is missing. */
export function readBanking77(): Banking77Request[] {
  const csvPath = resolve(banking77Folder, 'train.csv');
  const mapPath = resolve(banking77Folder, 'category-map.json');
  if (!existsSync(csvPath) || !existsSync(mapPath)) {
    throw new Error(
      `banking77 data not found: expected ${csvPath} and ${mapPath} (the data folder beside the repository)`,
    );
  }
  const categoryMap = JSON.parse(readFileSync(mapPath, 'utf8')) as Record<string, unknown>;
  const categoryOfIntent = new Map<string, string>();
  for (const [category, intents] of Object.entries(categoryMap)) {
    if (Array.isArray(intents)) {
      for (const intent of intents) {
        categoryOfIntent.set(String(intent), category);
      }
    }
  }
  const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8'));
  if (header?.[0] !== 'text' || header[1] !== 'category') {
    throw new Error(`${csvPath}: expected the header "text,category"`);
  }
  return rows
    .filter((row) => row.length >= 2)
    .map(([text = '', intent = '']) => {
      const category = categoryOfIntent.get(intent);
      if (category === undefined) {
        throw new Error(`${mapPath}: no category lists the intent "${intent}"`);
      }
      return { text, category, intent };
    });
}

/**
 * Splits `requests` into training and held-out parts: `share` of each intent held out, chosen with a seeded
 * shuffle, so every intent is measured and the split is the same on every run.
 */
export function holdOut(
  requests: readonly Banking77Request[],
  share: number,
  seed: number,
): { training: Banking77Request[]; heldOut: Banking77Request[] } {
  const byIntent = new Map<string, Banking77Request[]>();
  for (const request of requests) {
    byIntent.set(request.intent, [...(byIntent.get(request.intent) ?? []), request]);
  }
  const random = seededRandom(seed);
  const training: Banking77Request[] = [];
  const heldOut: Banking77Request[] = [];
  for (const intent of [...byIntent.keys()].sort()) {
    const group = shuffleInPlace([...(byIntent.get(intent) ?? [])], random);
    const count = Math.round(group.length * share);
    heldOut.push(...group.slice(0, count));
    training.push(...group.slice(count));
  }
  return { training, heldOut };
}

/** Splits `requests` into `count` folds holding every intent in equal shares (seeded). */
export function stratifiedFolds(
  requests: readonly Banking77Request[],
  count: number,
  seed: number,
): Banking77Request[][] {
  const byIntent = new Map<string, Banking77Request[]>();
  for (const request of requests) {
    byIntent.set(request.intent, [...(byIntent.get(request.intent) ?? []), request]);
  }
  const random = seededRandom(seed);
  const folds: Banking77Request[][] = Array.from({ length: count }, () => []);
  // Each intent starts where the previous one stopped, so the folds stay within one request of each other.
  let offset = 0;
  for (const intent of [...byIntent.keys()].sort()) {
    const group = shuffleInPlace([...(byIntent.get(intent) ?? [])], random);
    group.forEach((request, position) => folds[(position + offset) % count]?.push(request));
    offset += group.length;
  }
  return folds;
}
