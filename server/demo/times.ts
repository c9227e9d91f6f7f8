import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import type { SeededRandom } from './random';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** Wall-clock parts of an instant in a fixed UTC offset. */
interface WallClock {
  year: number;
  month: number;
  date: number;
  hours: number;
  minutes: number;
  /** Days since the epoch in that offset, to compare calendar days. */
  dayNumber: number;
}

function wallClock(instant: Date, offsetHours: number): WallClock {
  const shifted = new Date(instant.getTime() + offsetHours * hour);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    date: shifted.getUTCDate(),
    hours: shifted.getUTCHours(),
    minutes: shifted.getUTCMinutes(),
    dayNumber: Math.floor(shifted.getTime() / day),
  };
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

function isoLike(clock: WallClock): string {
  return `${clock.year}-${twoDigits(clock.month)}-${twoDigits(clock.date)} ${twoDigits(clock.hours)}:${twoDigits(clock.minutes)}`;
}

function twelveHour(hours: number): number {
  return hours % 12 === 0 ? 12 : hours % 12;
}

/** The instant rounded to the nearest hour, for "around 3pm" phrases. */
function roundedToHour(instant: Date): Date {
  return new Date(Math.round(instant.getTime() / hour) * hour);
}

function koreanClock(clock: WallClock, isApproximate: boolean, random: SeededRandom): string {
  const period =
    clock.hours < 6
      ? '새벽'
      : clock.hours < 12
        ? '오전'
        : clock.hours < 18
          ? '오후'
          : clock.hours < 21
            ? '저녁'
            : '밤';
  const hours = `${period} ${twelveHour(clock.hours)}시`;
  if (isApproximate) {
    return hours + random.pick(['쯤', '경', '쯤', ' 정도']);
  }
  return clock.minutes === 0 ? hours : `${hours} ${clock.minutes}분${random.pick(['', '경', '쯤'])}`;
}

function chineseClock(clock: WallClock, isApproximate: boolean, random: SeededRandom): string {
  const period =
    clock.hours < 6
      ? '凌晨'
      : clock.hours < 9
        ? '早上'
        : clock.hours < 12
          ? '上午'
          : clock.hours < 13
            ? '中午'
            : clock.hours < 18
              ? '下午'
              : '晚上';
  const hours = `${period}${twelveHour(clock.hours)}点`;
  if (isApproximate) {
    return hours + random.pick(['左右', '多', '左右']);
  }
  return clock.minutes === 0 ? hours : `${hours}${clock.minutes}分`;
}

function englishClock(clock: WallClock, isApproximate: boolean, random: SeededRandom): string {
  const suffix = clock.hours < 12 ? 'am' : 'pm';
  if (isApproximate) {
    return `around ${twelveHour(clock.hours)}${suffix}`;
  }
  if (random.chance(0.4)) {
    return `${twoDigits(clock.hours)}:${twoDigits(clock.minutes)}`;
  }
  return `${twelveHour(clock.hours)}:${twoDigits(clock.minutes)} ${suffix.toUpperCase()}`;
}

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * How a customer writing at `reference` would name the moment `occurred`: "어제 오후 3시쯤", "昨天下午3点左右",
 * "2025-03-05 14:22", "about 2 hours ago". Korean uses Korean time, Chinese Beijing time, English either
 * Korean time or UTC (and says which, or not, as customers do). `isAbsolute` allows only dates, for text
 * written some time after `reference`.
 */
export function describeTime(
  random: SeededRandom,
  language: SupportedLanguage,
  occurred: Date,
  reference: Date,
  isAbsolute = false,
): string {
  const elapsedMinutes = Math.max(1, Math.round((reference.getTime() - occurred.getTime()) / minute));
  const isUniversal = language === 'en' && random.chance(0.3);
  const offset = language === 'zh' ? 8 : isUniversal ? 0 : 9;
  const isApproximate = random.chance(0.45);
  const clock = wallClock(isApproximate ? roundedToHour(occurred) : occurred, offset);
  const daysAgo = wallClock(reference, offset).dayNumber - clock.dayNumber;
  const style = random.weighted([
    ['elapsed', elapsedMinutes < 360 && !isAbsolute ? 2 : 0],
    ['relative', daysAgo <= 2 && !isAbsolute ? 6 : 0],
    ['calendar', 3],
    ['iso', 3],
  ] as const);
  const elapsedHours = Math.max(1, Math.round(elapsedMinutes / 60));
  const elapsedTens = Math.max(10, Math.round(elapsedMinutes / 10) * 10);

  if (language === 'ko') {
    switch (style) {
      case 'elapsed':
        return elapsedMinutes < 60 ? `${elapsedTens}분 전쯤` : `${elapsedHours}시간 전쯤`;
      case 'relative':
        return `${['오늘', '어제', '그저께'][daysAgo] ?? '그저께'} ${koreanClock(clock, isApproximate, random)}`;
      case 'calendar':
        return `${clock.month}월 ${clock.date}일 ${koreanClock(clock, isApproximate, random)}`;
      case 'iso':
        return random.chance(0.5) ? isoLike(clock) : isoLike(clock).replace(/-/g, '.');
    }
  }
  if (language === 'zh') {
    switch (style) {
      case 'elapsed':
        return elapsedMinutes < 60 ? `${elapsedTens}分钟前` : `${elapsedHours}个小时前`;
      case 'relative':
        return `${['今天', '昨天', '前天'][daysAgo] ?? '前天'}${chineseClock(clock, isApproximate, random)}`;
      case 'calendar':
        return `${clock.month}月${clock.date}日${chineseClock(clock, isApproximate, random)}`;
      case 'iso':
        return isoLike(clock) + random.pick(['', '', '（北京时间）']);
    }
  }
  const zone = isUniversal ? ' UTC' : random.pick(['', ' KST', ' (Korea time)']);
  switch (style) {
    case 'elapsed':
      return elapsedMinutes < 60 ? `about ${elapsedTens} minutes ago` : `about ${elapsedHours} hours ago`;
    case 'relative':
      return `${['today', 'yesterday', 'the day before yesterday'][daysAgo] ?? 'two days ago'} ${isApproximate ? '' : 'at '}${englishClock(clock, isApproximate, random)}${zone}`;
    case 'calendar':
      return `${englishMonths[clock.month - 1] ?? 'March'} ${clock.date} at ${englishClock(clock, false, random)}${zone}`;
    case 'iso':
      return isoLike(clock) + (isUniversal ? ' UTC' : random.pick(['', ' KST']));
  }
}
