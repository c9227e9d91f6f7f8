import type { FaqReply } from '../../shared/domain/faq-schemas';
import { formatCsv, parseCsv } from './csv';

/**
 * The export and import formats of the FAQ library (docs/faq.md). JSON: an array of reply inputs with their
 * `id`. CSV: one row per reply and language; the reply's shared columns repeat on each of its rows.
 */

export const csvColumns = [
  'id',
  'folder',
  'keywords',
  'categories',
  'language',
  'title',
  'body',
  'prompts',
  'actions',
  'retired',
] as const;
const requiredCsvColumns = ['folder', 'language', 'title', 'body'] as const;

/** A reply as the JSON export writes it (and the import reads it). */
export function exportItem(reply: FaqReply): Record<string, unknown> {
  return {
    id: reply.id,
    folder: reply.folder,
    keywords: reply.keywords,
    categories: reply.categories,
    variants: reply.variants,
    prompts: reply.prompts,
    actions: reply.actions,
    retired: reply.retired,
  };
}

/** The CSV export of `replies`: a header, then one row per reply and language. */
export function exportCsv(replies: readonly FaqReply[]): string {
  const rows = replies.flatMap((reply) =>
    reply.variants.map((variant) => [
      reply.id,
      reply.folder,
      reply.keywords.join(';'),
      reply.categories.join(';'),
      variant.language,
      variant.title,
      variant.body,
      JSON.stringify(reply.prompts),
      JSON.stringify(reply.actions),
      String(reply.retired),
    ]),
  );
  return formatCsv([[...csvColumns], ...rows]);
}

/** One reply read from an import: its index (JSON: array index; CSV: data row of its first line) and input. */
export type ImportEntry = { index: number; input: unknown } | { index: number; error: string };

/** A whole-request problem (not JSON/CSV at all, no header): the import stores nothing. */
export class ImportFormatError extends Error {}

/** The entries of a JSON import body (already parsed). */
export function entriesFromJson(body: unknown): ImportEntry[] {
  if (!Array.isArray(body)) {
    throw new ImportFormatError('the body is a JSON array of replies, or CSV with content-type text/csv');
  }
  return body.map((input: unknown, index) => ({ index, input }));
}

function splitList(text: string): string[] {
  return text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseJsonCell(text: string, empty: unknown, column: string): unknown {
  if (text.trim() === '') {
    return empty;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${column}: not valid JSON`);
  }
}

function parseBoolean(text: string): boolean {
  const value = text.trim().toLowerCase();
  if (value === '' || value === 'false') {
    return false;
  }
  if (value === 'true') {
    return true;
  }
  throw new Error('retired: true or false');
}

interface CsvGroup {
  index: number;
  shared: string;
  id: string;
  languages: Set<string>;
  input: Record<string, unknown> & { variants: unknown[] };
}

/**
 * The entries of a CSV import. Rows with the same `id` form one reply; without an id, consecutive rows with
 * the same shared columns (folder, keywords, categories, prompts, actions, retired) and different languages
 * do. A row that cannot be read is an error entry at its own index.
 */
export function entriesFromCsv(text: string): ImportEntry[] {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new ImportFormatError(error instanceof Error ? error.message : String(error));
  }
  const [header, ...rows] = records;
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  const missing = requiredCsvColumns.filter((name) => !columns.includes(name));
  if (header === undefined || missing.length > 0) {
    throw new ImportFormatError(
      `the CSV header must name the columns ${csvColumns.join(', ')} (missing: ${missing.join(', ')})`,
    );
  }
  const entries: ImportEntry[] = [];
  const groups: CsvGroup[] = [];
  let current: CsvGroup | null = null;
  rows.forEach((row, index) => {
    const cell = (name: (typeof csvColumns)[number]): string => {
      const position = columns.indexOf(name);
      return position < 0 ? '' : (row[position] ?? '');
    };
    try {
      const id = cell('id').trim();
      const language = cell('language').trim();
      const input = {
        ...(id === '' ? {} : { id }),
        folder: cell('folder'),
        keywords: splitList(cell('keywords')),
        categories: splitList(cell('categories')),
        prompts: parseJsonCell(cell('prompts'), [], 'prompts'),
        actions: parseJsonCell(cell('actions'), {}, 'actions'),
        retired: parseBoolean(cell('retired')),
      };
      const variant = { language, title: cell('title'), body: cell('body') };
      const shared = JSON.stringify(input);
      const group =
        id !== ''
          ? groups.find((candidate) => candidate.id === id)
          : current !== null &&
              current.id === '' &&
              current.shared === shared &&
              !current.languages.has(language.toLowerCase())
            ? current
            : undefined;
      if (group === undefined) {
        current = { index, shared, id, languages: new Set(), input: { ...input, variants: [] } };
        groups.push(current);
      }
      const target = group ?? current;
      if (target !== null) {
        target.languages.add(language.toLowerCase());
        target.input.variants.push(variant);
      }
    } catch (error) {
      entries.push({ index, error: error instanceof Error ? error.message : String(error) });
    }
  });
  return [...entries, ...groups.map((group) => ({ index: group.index, input: group.input }))].sort(
    (left, right) => left.index - right.index,
  );
}
