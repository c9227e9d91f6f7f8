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

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  if (timeZone === 'UTC') {
    return 0;
  }
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
