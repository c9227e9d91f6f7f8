import { ApiFailure } from '../errors';

// PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate cannot be encoded as UTF-8: storing either
// would fail or alter the text, so requests carrying them are refused instead.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isStorable(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}

/** A value still to check, with where it sits (its key, and the entry it sits in). */
interface Pending {
  value: unknown;
  key: string | number | null;
  parent: Pending | null;
}

function pathOf(entry: Pending): string {
  const keys: (string | number)[] = [];
  for (let current: Pending | null = entry; current !== null; current = current.parent) {
    if (current.key !== null) {
      keys.push(current.key);
    }
  }
  return keys.reverse().join('.');
}

/**
 * The path (`messages.2.body`) of the first string in `value` that cannot be stored unchanged, or null.
 * Walks with its own stack, not recursion: every request body passes through it (server/app.ts), and a body
 * nested 100,000 levels deep must get a 400, not a stack overflow.
 */
export function findUnstorableText(value: unknown, path: readonly (string | number)[] = []): string | null {
  const root: Pending = { value, key: null, parent: null };
  const stack: Pending[] = [root];
  while (stack.length > 0) {
    const entry = stack.pop() as Pending;
    const current = entry.value;
    if (typeof current === 'string') {
      if (!isStorable(current)) {
        return [...path, pathOf(entry)].filter((part) => part !== '').join('.');
      }
    } else if (Array.isArray(current)) {
      // Pushed last to first, so the first element is checked first (the first problem is the one named).
      for (let index = current.length - 1; index >= 0; index -= 1) {
        stack.push({ value: current[index] as unknown, key: index, parent: entry });
      }
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, item] = entries[index] as [string, unknown];
        // Attachment data is base64, never text: skipping it keeps large uploads cheap.
        if (key === 'data' && typeof item === 'string') {
          continue;
        }
        stack.push({ value: item, key, parent: entry });
      }
    }
  }
  return null;
}

/** Throws a 400 `unstorable_text` when `value` holds a string the database cannot store unchanged. */
export function assertStorableText(value: unknown): void {
  const field = findUnstorableText(value);
  if (field !== null) {
    throw new ApiFailure(
      400,
      'unstorable_text',
      `${field || 'the request'} contains a NUL character or an unpaired surrogate, which cannot be stored`,
      field || undefined,
    );
  }
}
