/**
 * Times as CSV exports write them: ISO 8601 (with or without an offset) or `YYYY-MM-DD HH:mm[:ss]`. A time
 * without an offset is read in the given IANA time zone (the exporting help desk's zone), so a spreadsheet
 * written in Seoul does not land nine hours off.
 */

import { zoneOffsetMs } from '../sla/time-zones';

/** Whether `timeZone` is an IANA zone this runtime knows (e.g. `Asia/Seoul`, `UTC`). */
export { isKnownTimeZone } from '../sla/time-zones';

const localTimePattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;
const offsetPattern = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The offset of `timeZone` from UTC, in minutes, at the UTC instant `time`. */
function zoneOffsetMinutes(time: number, timeZone: string): number {
  return Math.round(zoneOffsetMs(timeZone, time) / 60_000);
}

/** `text` as an ISO 8601 UTC time, or null when it is not a time this reader understands. */
export function parseImportTime(text: string, timeZone = 'UTC'): string | null {
  const trimmed = text.trim();
  if (offsetPattern.test(trimmed) && /^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const time = Date.parse(trimmed);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  }
  const match = localTimePattern.exec(trimmed);
  if (!match) {
    return null;
  }
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((value) => (value === undefined ? 0 : Number(value)));
  const millisecond = Number((match[7] ?? '0').padEnd(3, '0'));
  const wallClock = Date.UTC(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    second ?? 0,
    millisecond,
  );
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== (month ?? 1) - 1 || check.getUTCDate() !== day || (hour ?? 0) > 23) {
    return null; // 2024-02-30 or 25:00: refuse rather than roll over into another day.
  }
  // Two passes: the offset at the wall-clock reading, then at the corrected instant (right across DST).
  const firstGuess = wallClock - zoneOffsetMinutes(wallClock, timeZone) * 60_000;
  const instant = wallClock - zoneOffsetMinutes(firstGuess, timeZone) * 60_000;
  return new Date(instant).toISOString();
}
