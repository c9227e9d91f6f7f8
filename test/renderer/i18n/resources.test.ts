import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
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

describe('plurals', () => {
  it('says "Used 1 time" and "Used 2 times" in English; Korean and Chinese have one form', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
    expect(i18n.t('faq.library.usage', { count: 1 })).toBe('Used 1 time');
    expect(i18n.t('faq.library.usage', { count: 2 })).toBe('Used 2 times');
    expect(i18n.t('sync.actionBulk', { count: 1 })).toBe('Change of 1 ticket');
    await i18n.changeLanguage('ko');
    expect(i18n.t('faq.library.usage', { count: 1 })).toBe('1회 사용');
    await i18n.changeLanguage('zh');
    expect(i18n.t('sync.actionBulk', { count: 3 })).toBe('批量更改 3 个工单');
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
