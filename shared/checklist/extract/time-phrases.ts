import { parseCount } from './numbers';

/**
 * Clock-time phrases of English, Korean and Chinese: `14:22`, `3pm`, `9:40 pm`, `midnight`, `오후 3시`,
 * `밤 11시 20분`, `9시 반`, `下午3点`, `晚上8点半`, and weak ones (`around 10`, `at 3`) that only count next to
 * a date. A colon time followed by a counter (`12:30个`), a version (`10.30`) or a duration (`3시간`) is not a
 * clock time.
 */
export interface TimePhrase {
  start: number;
  end: number;
  hour: number;
  minute: number;
  /** False for bare numbers ("around 10"), which need a date next to them. */
  isStrong: boolean;
  /** A zone written after the time (`02:14 UTC`, `KST`), as a fixed offset. */
  zone: string | null;
}

const afternoon =
  /^(?:pm|p\.m\.|in the evening|in the afternoon|at night|오후|저녁|밤|下午|晚上|傍晚|晚|夜里|中午)$/i;
const morning = /^(?:am|a\.m\.|in the morning|오전|새벽|아침|上午|早上|凌晨|早)$/i;

function clock(
  hourText: string,
  minuteText: string | undefined,
  period: string | undefined,
): [number, number] | null {
  let hour = parseCount(hourText);
  const minute =
    minuteText === undefined
      ? 0
      : minuteText === '반' || minuteText === '半'
        ? 30
        : (quarterMinutes[minuteText] ?? parseCount(minuteText));
  if (Number.isNaN(hour) || hour > 24 || minute > 59) {
    return null;
  }
  const mark = (period ?? '').trim();
  if (afternoon.test(mark) && hour < 12 && !(mark === '밤' && hour <= 4)) {
    hour += 12;
  } else if (morning.test(mark) && hour === 12) {
    hour = 0;
  }
  return [hour % 24, minute];
}

// Chinese quarter hours: 一刻 is a quarter past, 三刻 three quarters past.
const quarterMinutes: Record<string, number> = { 一刻: 15, 三刻: 45 };

/** "a quarter past nine", "half past 10", "twenty to six" (English spelled-out clock times). */
function pastOrTo(match: RegExpExecArray): [number, number] | null {
  const amount = (match[1] ?? '').toLowerCase();
  const spelled: Record<string, number> = {
    quarter: 15,
    'a quarter': 15,
    half: 30,
    twenty: 20,
    'twenty-five': 25,
  };
  const minutes = spelled[amount] ?? parseCount(amount.replace(/\s*minutes?$/, ''));
  const hour = parseCount(match[3] ?? '');
  if (Number.isNaN(minutes) || Number.isNaN(hour) || minutes >= 60 || hour < 1 || hour > 12) {
    return null;
  }
  const base = match[2]?.toLowerCase() === 'to' ? [(hour + 11) % 12, 60 - minutes] : [hour % 12, minutes];
  return clock(String(base[0] === 0 ? 12 : base[0]), String(base[1]), match[4]);
}

type Rule = [RegExp, (match: RegExpExecArray) => [number, number] | null, boolean];

const rules: Rule[] = [
  [
    /(?:(오전|오후|새벽|아침|저녁|밤|上午|下午|晚上|早上|凌晨|中午|傍晚)\s*)?(?<![\d.:])([01]?\d|2[0-3])\s*:\s*([0-5]\d)(?::[0-5]\d)?(?![\d:])(?:\s*(am|pm|a\.m\.|p\.m\.|in the (?:evening|afternoon|morning)|at night)(?![a-z]))?(?!\s*(?:个|개|배|倍|x\b|[.]\d))/gi,
    (m) => clock(m[2] ?? '', m[3], m[4] ?? m[1]),
    true,
  ],
  [
    /\b(a quarter|quarter|half|\d{1,2}\s*minutes?|five|ten|twenty|twenty-five)\s+(past|after|to)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(am|pm|a\.m\.|p\.m\.|in the (?:evening|afternoon|morning)|at night)(?![a-z])|\b(?![.,]?\d)(?!\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|people|times|percent|%|usdt|btc|eth|dollars?|\$)))/gi,
    pastOrTo,
    true,
  ],
  [
    /\b(\d{1,2})(?:[.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])|\b(\d{1,2})\s*o'clock\b/gi,
    (m) => clock(m[1] ?? m[4] ?? '', m[2], m[3]),
    true,
  ],
  // A dotted clock time only with a part of the day after it ("at 8.30 this morning"): "at 1.25" alone is a
  // price, "10.30" a version.
  [
    /\bat\s+(\d{1,2})[.](\d{2})(?![.\d])(?=\s*(?:(am|pm|a\.m\.|p\.m\.)|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)|tonight|last night|today|yesterday))(?:\s*(am|pm|a\.m\.|p\.m\.))?/gi,
    (m) => clock(m[1] ?? '', m[2], m[4]),
    true,
  ],
  [/\b(midnight|noon|midday)\b/gi, (m) => (m[1]?.toLowerCase() === 'midnight' ? [0, 0] : [12, 0]), true],
  [
    /(?:(오전|오후|새벽|아침|저녁|밤|낮|점심)\s*)?(\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열한|열두|열)\s*시(?![간작도스대])(?:\s*(\d{1,2})\s*분|\s*(반))?/g,
    (m) => (m[1] === undefined && !/^\d/.test(m[2] ?? '') ? null : clock(m[2] ?? '', m[3] ?? m[4], m[1])),
    true,
  ],
  [
    /(?:(上午|下午|晚上|早上|凌晨|中午|傍晚|夜里|晚|早)\s*)?(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[点點](?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3}(?=\s*分|(?![\s一二三四五六七八九十]*[个块元万千百人次天枚笔张U刻])))\s*分?|(半|一刻|三刻)|钟)?/g,
    (m) => (m[1] === undefined && !/^\d/.test(m[2] ?? '') ? null : clock(m[2] ?? '', m[3] ?? m[4], m[1])),
    true,
  ],
  [
    /\b(?:at|around|about|approximately|approx\.?|by)\s+(\d{1,2})\b(?![.:,/]?\d)(?!\s*(?:%|x\b|times|usdt|btc|eth|people|min|hour|hr|sec|day|week|month|year|confirm|percent|order|request|symbol|dollar|\$|k\b|usd|krw|won|won|원|元))/gi,
    (m) => clock(m[1] ?? '', undefined, undefined),
    false,
  ],
];

const zoneAfter = /^\s*\(?\s*(UTC|GMT|KST|JST|HKT|SGT|Z)(?:\s*([+-]\d{1,2})(?::?(\d{2}))?)?\s*\)?/;
const zoneOffsets: Record<string, number> = { UTC: 0, GMT: 0, Z: 0, KST: 540, JST: 540, HKT: 480, SGT: 480 };

function zoneAt(text: string, end: number): { zone: string | null; end: number } {
  const match = zoneAfter.exec(text.slice(end));
  if (match === null) {
    return { zone: null, end };
  }
  const base = zoneOffsets[match[1] ?? 'UTC'] ?? 0;
  const extra =
    match[2] === undefined
      ? 0
      : Math.sign(Number(match[2])) * (Math.abs(Number(match[2])) * 60 + Number(match[3] ?? 0));
  const minutes = base + extra;
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return {
    zone: `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`,
    end: end + match[0].trimEnd().length,
  };
}

/** Every clock-time phrase in `text`, in text order. */
export function findTimePhrases(text: string): TimePhrase[] {
  const phrases: TimePhrase[] = [];
  for (const [pattern, build, isStrong] of rules) {
    for (const match of text.matchAll(pattern)) {
      const value = build(match);
      const start = match.index;
      const matchEnd = start + match[0].length;
      if (value === null || phrases.some((phrase) => start < phrase.end && matchEnd > phrase.start)) {
        continue;
      }
      const { zone, end } = zoneAt(text, matchEnd);
      phrases.push({ start, end, hour: value[0], minute: value[1], isStrong, zone });
    }
  }
  return phrases.sort((left, right) => left.start - right.start);
}
