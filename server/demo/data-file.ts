import { z } from 'zod';
import { knownSlotNames } from './slot-names';

/** Where the data files live, as a path from the repository root (for error messages). */
const dataFolder = 'server/demo/data';

/** A demo data file that does not match its schema; the message names the file and every bad field. */
export class DemoDataError extends Error {
  override readonly name = 'DemoDataError';
}

// `["bodies", 2]` → `bodies[2]`; `["deposit-not-credited", "subjects"]` → `deposit-not-credited.subjects`.
function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : `${text === '' ? '' : '.'}${String(part)}`;
  }
  return text === '' ? '(the whole file)' : text;
}

/**
 * Checks the content of one data file (`file` is its path inside `server/demo/data/`) against its schema
 * and returns it typed. Throws a `DemoDataError` naming the file and each field that is wrong.
 */
export function parseDataFile<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  content: unknown,
): z.output<Schema> {
  const result = schema.safeParse(content);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${fieldPath(issue.path)}: ${issue.message}`);
    throw new DemoDataError(`Demo data file ${dataFolder}/${file} is invalid:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** The value `load` gives, computed on first use: a broken data file fails the demo, not the service's start. */
export function lazily<Value>(load: () => Value): () => Value {
  let value: { loaded: Value } | null = null;
  return () => {
    value ??= { loaded: load() };
    return value.loaded;
  };
}

/** A list the generator picks from: at least one item. */
export function listOf<Item extends z.ZodType>(item: Item) {
  return z.array(item).min(1, 'needs at least one item');
}

/**
 * A text whose `{name}` placeholders must be among `allowed`. The generator fills placeholders only in
 * some texts (openings, details, resolutions, notes...); elsewhere a placeholder would reach the ticket
 * as written, so those texts allow none.
 */
export function textWithPlaceholders(allowed: ReadonlySet<string>) {
  return z.string().superRefine((text, context) => {
    for (const match of text.matchAll(/\{([a-zA-Z]+)\}/g)) {
      const name = match[1] ?? '';
      if (!allowed.has(name)) {
        context.addIssue({
          code: 'custom',
          message:
            allowed.size === 0
              ? `placeholder {${name}} is not filled in this text (it is used as written)`
              : `unknown placeholder {${name}} (this text may use ${[...allowed].map((known) => `{${known}}`).join(', ')})`,
        });
      }
    }
  });
}

/** A text used as written: no placeholders. */
export const plainText = textWithPlaceholders(new Set());

/** A text the generator fills: any placeholder it knows (`slot-names.ts`). */
export const template = textWithPlaceholders(knownSlotNames);

/** Texts used as written, to pick one from. */
export const plainTexts = listOf(plainText);

/** Texts the generator fills, to pick one from. */
export const templates = listOf(template);
