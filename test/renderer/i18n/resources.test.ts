import { describe, expect, it } from 'vitest';
import { detectLanguage, resources } from '../../../renderer/i18n/i18n';

/** Every key path of a nested resource, e.g. `queue.columns.subject`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** `{{name}}` placeholders of every string, by key path. */
function placeholders(value: unknown, prefix = ''): Record<string, string[]> {
  if (typeof value === 'string') {
    return {
      [prefix]: (value.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((name) => name.replace(/\s/g, '')).sort(),
    };
  }
  return Object.assign(
    {},
    ...Object.entries(value as Record<string, unknown>).map(([key, child]) =>
      placeholders(child, prefix ? `${prefix}.${key}` : key),
    ),
  ) as Record<string, string[]>;
}

describe('i18n resources', () => {
  const english = keyPaths(resources.en.translation).sort();

  it.each(['ko', 'zh'] as const)('%s has exactly the English keys', (language) => {
    expect(keyPaths(resources[language].translation).sort()).toEqual(english);
  });

  it.each(['ko', 'zh'] as const)('%s keeps every placeholder of each English string', (language) => {
    expect(placeholders(resources[language].translation)).toEqual(placeholders(resources.en.translation));
  });

  it('has no empty strings', () => {
    for (const language of ['en', 'ko', 'zh'] as const) {
      const strings = Object.values(placeholders(resources[language].translation));
      expect(strings.length).toBe(english.length);
    }
    const empty = (value: unknown): boolean =>
      typeof value === 'string' ? value.trim() === '' : Object.values(value as object).some(empty);
    expect(empty(resources)).toBe(false);
  });
});

describe('detectLanguage', () => {
  it('takes the first supported language of the browser', () => {
    expect(detectLanguage(['ko-KR', 'en-US'])).toBe('ko');
    expect(detectLanguage(['zh-TW'])).toBe('zh');
    expect(detectLanguage(['fr-FR', 'zh-CN'])).toBe('zh');
    expect(detectLanguage(['de'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});
