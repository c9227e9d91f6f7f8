/**
 * Locale-aware formatting of numbers and times for the current UI language. Formatters are cached per
 * language because the queue formats dozens of cells per frame.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** `2000` → `2,000` (en, ko, zh all group by thousands). */
export function formatCount(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(value);
}

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** `2025-03-05T05:22:00Z`, now → `3 hours ago` / `3시간 전` / `3小时前`; under a minute → `now`. */
export function formatRelativeTime(iso: string, nowMs: number, language: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) {
    return '';
  }
  let format = relativeFormats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' });
    relativeFormats.set(language, format);
  }
  const seconds = Math.round((time - nowMs) / 1000);
  for (const [unit, span] of units) {
    if (Math.abs(seconds) >= span) {
      return format.format(Math.trunc(seconds / span), unit);
    }
  }
  return format.format(0, 'second');
}

/** A full date and time in the UI language, e.g. for "Created". */
export function formatDateTime(iso: string, language: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) {
    return '';
  }
  let format = dateTimeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(language, format);
  }
  return format.format(time);
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language code in words, in the UI language: `ko` → "Korean" (English UI), "한국어" (Korean UI); the code when unknown. */
export function formatLanguageName(code: string, uiLanguage: string): string {
  let names = languageNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
    languageNames.set(uiLanguage, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
