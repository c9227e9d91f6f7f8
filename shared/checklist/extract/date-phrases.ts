import { parseCount } from './numbers';

/**
 * Date and relative-time phrases of English, Korean and Chinese, each turned into a wall-clock value
 * relative to a reference wall clock (UTC fields hold local time). Pure: the reference is a parameter.
 */

/** A phrase naming a day ("yesterday", "3월 4일", "上周五") or an instant ("2 hours ago", "방금", "刚才"). */
export interface DatePhrase {
  start: number;
  end: number;
  /** Midnight of the day named, or the exact instant for `isInstant` phrases. */
  wall: Date;
  isInstant: boolean;
  /** The phrase implies evening ("last night", "昨晚", "어젯밤"): an hour before noon is p.m. */
  isEvening: boolean;
}

const dayMs = 86_400_000;
const unitMs: Record<string, number> = {
  minute: 60_000,
  min: 60_000,
  분: 60_000,
  分钟: 60_000,
  hour: 3_600_000,
  hr: 3_600_000,
  시간: 3_600_000,
  小时: 3_600_000,
  day: dayMs,
  일: dayMs,
  天: dayMs,
  week: 7 * dayMs,
  주: 7 * dayMs,
  周: 7 * dayMs,
  星期: 7 * dayMs,
};

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const englishWeekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const koreanWeekdays = '일월화수목금토';
const chineseWeekdays: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

function midnight(wall: Date): Date {
  return new Date(Math.floor(wall.getTime() / dayMs) * dayMs);
}

function calendarDay(reference: Date, year: number | null, monthIndex: number, day: number): Date | null {
  if (monthIndex < 0 || monthIndex > 11 || day < 1 || day > 31) {
    return null;
  }
  const referenceYear = reference.getUTCFullYear();
  const candidate = new Date(Date.UTC(year ?? referenceYear, monthIndex, day));
  if (candidate.getUTCDate() !== day) {
    return null;
  }
  // A date without a year that would lie in the future is last year's.
  if (year === null && candidate.getTime() > reference.getTime() + dayMs) {
    return new Date(Date.UTC(referenceYear - 1, monthIndex, day));
  }
  return candidate;
}

/** The weekday `weekday` (0 = Sunday) most recently before (or, if `canBeToday`, on) the reference day. */
function recentWeekday(reference: Date, weekday: number, canBeToday: boolean): Date {
  const today = midnight(reference);
  let back = (today.getUTCDay() - weekday + 7) % 7;
  if (back === 0 && !canBeToday) {
    back = 7;
  }
  return new Date(today.getTime() - back * dayMs);
}

/** The weekday `weekday` in the calendar week (Monday first) `weeksBack` weeks before the reference's. */
function weekdayOfWeek(reference: Date, weekday: number, weeksBack: number): Date {
  const today = midnight(reference);
  const monday = today.getTime() - ((today.getUTCDay() + 6) % 7) * dayMs;
  return new Date(monday - weeksBack * 7 * dayMs + ((weekday + 6) % 7) * dayMs);
}

type Rule = [RegExp, (match: RegExpExecArray, reference: Date) => Omit<DatePhrase, 'start' | 'end'> | null];

function day(wall: Date | null, isEvening = false): Omit<DatePhrase, 'start' | 'end'> | null {
  return wall === null ? null : { wall, isInstant: false, isEvening };
}

function ago(reference: Date, count: number, unit: string): Omit<DatePhrase, 'start' | 'end'> | null {
  const size = unitMs[unit.toLowerCase()];
  if (size === undefined || Number.isNaN(count)) {
    return null;
  }
  return { wall: new Date(reference.getTime() - count * size), isInstant: true, isEvening: false };
}

function relativeDay(
  reference: Date,
  daysBack: number,
  isEvening = false,
): Omit<DatePhrase, 'start' | 'end'> {
  return { wall: new Date(midnight(reference).getTime() - daysBack * dayMs), isInstant: false, isEvening };
}

const englishCount = String.raw`(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|couple of|few)`;

const rules: Rule[] = [
  [
    /(?<![\d.])(20\d{2})\s*[-/.년年]\s*(\d{1,2})\s*[-/.월月]\s*(\d{1,2})(?:\s*[일日号])?(?![\d.])/g,
    (m, r) => day(calendarDay(r, Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
  ],
  [
    /(?<![\d.])(\d{1,2})\s*월\s*(\d{1,2})\s*일|(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    (m, r) => day(calendarDay(r, null, Number(m[1] ?? m[3]) - 1, Number(m[2] ?? m[4]))),
  ],
  [
    new RegExp(String.raw`\b${month}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(20\d{2}))?`, 'g'),
    (m, r) =>
      day(
        calendarDay(
          r,
          m[3] ? Number(m[3]) : null,
          monthNames.indexOf((m[1] ?? '').slice(0, 3)),
          Number(m[2]),
        ),
      ),
  ],
  [
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${month}\b(?:,?\s*(20\d{2}))?`, 'g'),
    (m, r) =>
      day(
        calendarDay(
          r,
          m[3] ? Number(m[3]) : null,
          monthNames.indexOf((m[2] ?? '').slice(0, 3)),
          Number(m[1]),
        ),
      ),
  ],
  [
    /(?:\b(?:on|since)\s+)(\d{1,2})\/(\d{1,2})(?:\/(20\d{2}))?(?![\d/])|(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(20\d{2})(?![\d/])/g,
    (m, r) => {
      const first = Number(m[1] ?? m[4]);
      const second = Number(m[2] ?? m[5]);
      const yearText = m[3] ?? m[6];
      const year = yearText ? Number(yearText) : null;
      // Month/day or day/month: the reading that is not in the future and lies closest to the reference.
      const readings = [calendarDay(r, year, first - 1, second), calendarDay(r, year, second - 1, first)]
        .filter((value): value is Date => value !== null && value.getTime() <= r.getTime() + dayMs)
        .sort((left, right) => right.getTime() - left.getTime());
      return day(readings[0] ?? null);
    },
  ],
  [/\bthe day before yesterday\b|그저께|그제|엊그제|前天/gi, (_m, r) => relativeDay(r, 2)],
  [/\blast night\b|어젯밤|어제\s*밤|昨晚|昨夜|昨天晚上/gi, (_m, r) => relativeDay(r, 1, true)],
  [/\byesterday\b|어제|昨天|昨日/gi, (_m, r) => relativeDay(r, 1)],
  [
    /\btonight\b|\bthis (?:evening|afternoon)\b|오늘\s*(?:저녁|밤|오후)|今晚|今天(?:晚上|下午)/gi,
    (_m, r) => relativeDay(r, 0, true),
  ],
  [/\btoday\b|\bthis morning\b|오늘|금일|今天|今日|今早|今晨/gi, (_m, r) => relativeDay(r, 0)],
  [
    new RegExp(String.raw`\b(?:(last|this|past|on)\s+)?(${englishWeekdays.join('|')})\b`, 'gi'),
    (m, r) => {
      const weekday = englishWeekdays.indexOf((m[2] ?? '').toLowerCase());
      return day(recentWeekday(r, weekday, (m[1] ?? '').toLowerCase() !== 'last'));
    },
  ],
  [
    /(지난\s*주|저번\s*주|이번\s*주|지난)?\s*([일월화수목금토])요일/g,
    (m, r) => {
      const weekday = koreanWeekdays.indexOf(m[2] ?? '');
      const which = (m[1] ?? '').replace(/\s/g, '');
      if (which === '지난주' || which === '저번주') {
        return day(weekdayOfWeek(r, weekday, 1));
      }
      return day(
        which === '이번주' ? weekdayOfWeek(r, weekday, 0) : recentWeekday(r, weekday, which !== '지난'),
      );
    },
  ],
  [
    /(上周|上星期|上个星期|上礼拜|本周|这周|这个星期|周|星期|礼拜)([一二三四五六日天])/g,
    (m, r) => {
      const weekday = chineseWeekdays[m[2] ?? ''] ?? 0;
      const which = m[1] ?? '';
      if (which.startsWith('上')) {
        return day(weekdayOfWeek(r, weekday, 1));
      }
      return day(/^(?:本|这)/.test(which) ? weekdayOfWeek(r, weekday, 0) : recentWeekday(r, weekday, true));
    },
  ],
  [
    new RegExp(String.raw`\b${englishCount}\s+(minute|min|hour|hr|day|week)s?\s+ago\b`, 'gi'),
    (m, r) => ago(r, parseCount(m[1] ?? ''), m[2] ?? ''),
  ],
  // Durations ("for 3 hours", "since 2 days", "3시간째", "三天了") say how long, not when: not a time
  // (issue 18). "2 hours ago", "2시간 전" and "两小时前" name an instant and count.
  [
    /(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇)\s*(분|시간|일|주)\s*전|(하루|이틀|사흘|나흘)\s*전/g,
    (m, r) =>
      m[3] === undefined ? ago(r, parseCount(m[1] ?? ''), m[2] ?? '') : ago(r, parseCount(m[3]), '일'),
  ],
  [
    /(\d+|[一二两三四五六七八九十几]{1,3})\s*个?\s*(分钟|小时|天|周|星期)\s*(?:前|之前|以前)/g,
    (m, r) => ago(r, parseCount(m[1] ?? ''), m[2] ?? ''),
  ],
  [
    /\bjust now\b|\ba (?:moment|minute) ago\b|방금(?:\s*전)?|조금\s*전|아까|刚才|刚刚/gi,
    (_m, r) => ago(r, 0, 'minute'),
  ],
];

/** Every date or relative-time phrase in `text`, in text order, relative to the wall clock `reference`. */
export function findDatePhrases(text: string, reference: Date): DatePhrase[] {
  const phrases: DatePhrase[] = [];
  for (const [pattern, build] of rules) {
    for (const match of text.matchAll(pattern)) {
      const built = build(match, reference);
      const start = match.index;
      const end = start + match[0].length;
      const overlaps = phrases.some((phrase) => start < phrase.end && end > phrase.start);
      if (built !== null && !overlaps) {
        phrases.push({ ...built, start, end });
      }
    }
  }
  return phrases.sort((left, right) => left.start - right.start);
}
