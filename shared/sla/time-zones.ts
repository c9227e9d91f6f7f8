/**
 * IANA time zones through `Intl.DateTimeFormat`: offsets, and wall-clock times turned into instants. Used by
 * business calendars (`business-calendar.ts`) and by the import's local times (`shared/import/dates.ts`).
 */

const dayMs = 86_400_000;

/** True when `timeZone` is an IANA zone (or alias) this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than using it, and a read measures many clocks. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offsets of whole UTC days without a change of offset, by zone and day: a read measures many clocks. */
const dayOffsets = new Map<string, number | null>();
const maxCachedDays = 20_000;

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  if (timeZone === 'UTC') {
    return 0;
  }
  const day = Math.floor(instant / dayMs);
  const key = `${timeZone}|${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    // The same offset at both ends of the UTC day: no change within it (zones change at most once a day).
    const first = offsetFromIntl(timeZone, day * dayMs);
    offset = first === offsetFromIntl(timeZone, (day + 1) * dayMs - 1000) ? first : null;
    if (dayOffsets.size >= maxCachedDays) {
      dayOffsets.clear();
    }
    dayOffsets.set(key, offset);
  }
  return offset ?? offsetFromIntl(timeZone, instant);
}

/** The offset at `instant` as `Intl` formats it. */
function offsetFromIntl(timeZone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    (fields.hour ?? 0) % 24,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which `timeZone`'s wall clock shows `wallMs` (a wall-clock time written as if it were
 * UTC). A time repeated by a fall-back change maps to its first occurrence; a time skipped by a
 * spring-forward change is moved forward by the length of the gap (02:30 on a night that jumps from 02:00
 * to 03:00 is 03:30), as `Temporal`'s "compatible" disambiguation does.
 */
export function instantOfWallTime(timeZone: string, wallMs: number): number {
  const guess = wallMs - zoneOffsetMs(timeZone, wallMs);
  // The offsets in force half a day either side cover any one change around the guess.
  const candidates = [
    wallMs - zoneOffsetMs(timeZone, guess - dayMs / 2),
    wallMs - zoneOffsetMs(timeZone, guess + dayMs / 2),
  ];
  const valid = candidates.filter((instant) => instant + zoneOffsetMs(timeZone, instant) === wallMs);
  return valid.length > 0 ? Math.min(...valid) : Math.max(...candidates);
}
