/**
 * Time-zone arithmetic for occurred_at without a clock: zones are IANA names (via `Intl`) or fixed UTC
 * offsets (`+09:00`, `UTC`, `Z`). Wall-clock times are carried as `Date`s whose UTC fields hold the local
 * fields.
 */

/** The default zone for a requester's locale: ko → Asia/Seoul, zh → Asia/Shanghai, anything else → UTC. */
export function zoneForLocale(locale: string | null | undefined): string {
  const language = (locale ?? '').trim().slice(0, 2).toLowerCase();
  if (language === 'ko') {
    return 'Asia/Seoul';
  }
  if (language === 'zh') {
    return 'Asia/Shanghai';
  }
  return 'UTC';
}

/** A fixed offset in minutes, or null if `zone` is not one (`+09:00`, `-0530`, `UTC+8`, `GMT`, `Z`). */
export function fixedOffsetMinutes(zone: string): number | null {
  const trimmed = zone.trim().toUpperCase();
  if (trimmed === 'Z' || trimmed === 'UTC' || trimmed === 'GMT') {
    return 0;
  }
  const match = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(trimmed);
  if (match === null) {
    return null;
  }
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The offset of `zone` from UTC, in minutes, at `instant`. An unknown zone counts as UTC. */
export function offsetMinutesAt(zone: string, instant: Date): number {
  const fixed = fixedOffsetMinutes(zone);
  if (fixed !== null) {
    return fixed;
  }
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(instant);
    const field = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
    const local = Date.UTC(
      field('year'),
      field('month') - 1,
      field('day'),
      field('hour') % 24,
      field('minute'),
    );
    const truncated = Math.floor(instant.getTime() / 60_000) * 60_000;
    return Math.round((local - truncated) / 60_000);
  } catch {
    return 0;
  }
}

/** The wall clock of `zone` at `instant` (UTC fields hold the local time). */
export function toWallClock(instant: Date, zone: string): Date {
  return new Date(instant.getTime() + offsetMinutesAt(zone, instant) * 60_000);
}

/** The ISO 8601 timestamp, with the zone's offset, of wall-clock time `wall` in `zone`. */
export function formatWallClock(wall: Date, zone: string): string {
  const guess = new Date(wall.getTime() - offsetMinutesAt(zone, wall) * 60_000);
  const offset = offsetMinutesAt(zone, guess);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  const pad = (value: number): string => String(value).padStart(2, '0');
  const local = wall.toISOString().slice(0, 16);
  return `${local}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
