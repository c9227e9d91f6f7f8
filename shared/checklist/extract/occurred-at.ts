import { findDatePhrases, type DatePhrase } from './date-phrases';
import type { Finding } from './finding';
import { findTimePhrases, type TimePhrase } from './time-phrases';
import { formatWallClock, toWallClock } from './time-zone';

/**
 * When the problem happened: absolute dates and times and relative phrases in Korean, Chinese and English
 * ("2024-03-05 14:22", "어제 오후 3시", "昨天下午3点", "last Tuesday around 10", "2 hours ago", "방금",
 * "已经三天了"), normalized to an ISO 8601 timestamp with the customer's offset. A date next to a time
 * (either order, same clause, at most 12 characters apart) makes one moment; a date alone is its midnight;
 * a strong time alone is today's (yesterday's if that would be in the future); a weak time ("around 10")
 * alone is ignored. Amounts (`2024 USDT`), versions (`1.45.2`, `10.30`) and durations (`3시간`) are not times.
 */
export function findOccurredAt(text: string, referenceTime: Date, timeZone: string): Finding | null {
  const reference = toWallClock(referenceTime, timeZone);
  const dates = findDatePhrases(text, reference);
  // A time whose part-of-day word is inside a date ("어제 밤" + "밤 11시") keeps only what follows the date.
  const times = findTimePhrases(text).flatMap((time) => {
    const date = dates.find((candidate) => overlaps(candidate, time));
    if (date === undefined) {
      return [time];
    }
    return time.end > date.end && time.start >= date.start ? [{ ...time, start: date.end }] : [];
  });
  const parts: (DatePhrase | TimePhrase)[] = [...dates, ...times].sort(
    (left, right) => left.start - right.start,
  );
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    const next = parts[index + 1];
    if (part === undefined) {
      continue;
    }
    // A weekday next to the date it names ("Friday, 28 Feb at noon"): the date goes on to pair with a time.
    if (next !== undefined && isDate(part) && isDate(next) && !part.isInstant && !next.isInstant) {
      // Only in apposition ("Friday, 28 Feb", "금요일 3월 7일"): "昨天还正常，今天…" names two days.
      if (/^\s*[,，]?\s*(?:the\s+)?$/i.test(text.slice(part.end, next.start))) {
        continue;
      }
    }
    const pair = next !== undefined && isAdjacent(text, part, next) ? pairOf(part, next) : null;
    if (pair !== null) {
      return moment(text, pair.date, pair.time, reference, timeZone);
    }
    if (isDate(part)) {
      return moment(text, part, null, reference, timeZone);
    }
    if (part.isStrong) {
      return moment(text, null, part, reference, timeZone);
    }
  }
  return null;
}

const eveningWords = /\b(?:evening|night|afternoon|tonight)\b/i;

function isDate(part: DatePhrase | TimePhrase): part is DatePhrase {
  return 'wall' in part;
}

function overlaps(left: { start: number; end: number }, right: { start: number; end: number }): boolean {
  return left.start < right.end && right.start < left.end;
}

function isAdjacent(text: string, left: { end: number }, right: { start: number }): boolean {
  const gap = text.slice(left.end, right.start);
  return gap.length <= 12 && !/[.。!?！？\n;；]/.test(gap);
}

function pairOf(
  first: DatePhrase | TimePhrase,
  second: DatePhrase | TimePhrase,
): { date: DatePhrase; time: TimePhrase } | null {
  if (isDate(first) && !isDate(second) && !first.isInstant) {
    return { date: first, time: second };
  }
  if (!isDate(first) && isDate(second) && !second.isInstant) {
    return { date: second, time: first };
  }
  return null;
}

function moment(
  text: string,
  date: DatePhrase | null,
  time: TimePhrase | null,
  reference: Date,
  timeZone: string,
): Finding {
  const start = Math.min(date?.start ?? Infinity, time?.start ?? Infinity);
  const end = Math.max(date?.end ?? 0, time?.end ?? 0);
  const evidence = text.slice(start, end);
  if (time === null) {
    return { evidence, index: start, normalized: formatWallClock(date?.wall ?? reference, timeZone) };
  }
  // "Tuesday evening around 7": a part-of-day word between the day and a time without am/pm.
  const between =
    date === null ? '' : text.slice(Math.min(date.start, time.start), Math.max(date.end, time.start));
  const isEvening = date?.isEvening === true || (!time.isStrong && eveningWords.test(between));
  const hour = isEvening && time.hour < 12 ? time.hour + 12 : time.hour;
  const dayStart = date?.wall ?? new Date(Math.floor(reference.getTime() / 86_400_000) * 86_400_000);
  let wall = new Date(dayStart.getTime() + (hour * 60 + time.minute) * 60_000);
  if (date === null && wall.getTime() > reference.getTime() + 3_600_000) {
    wall = new Date(wall.getTime() - 86_400_000);
  }
  return { evidence, index: start, normalized: formatWallClock(wall, time.zone ?? timeZone) };
}
