import { ApiFailure } from '../errors';

// PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate cannot be encoded as UTF-8: storing either
// would fail or alter the text, so requests carrying them are refused instead.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isStorable(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}

/** The path (`messages.2.body`) of the first string in `value` that cannot be stored unchanged, or null. */
export function findUnstorableText(value: unknown, path: readonly (string | number)[] = []): string | null {
  if (typeof value === 'string') {
    return isStorable(value) ? null : path.join('.');
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, index]);
      if (found !== null) {
        return found;
      }
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // Attachment data is base64, never text: skipping it keeps large uploads cheap.
      if (key === 'data' && typeof item === 'string') {
        continue;
      }
      const found = findUnstorableText(item, [...path, key]);
      if (found !== null) {
        return found;
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
