import {
  businessCalendarWireSchema,
  normalizeBusinessCalendar,
  type BusinessCalendarWire,
} from '../../shared/domain/calendar-schemas';
import type { RoutingTeam, RoutingTeamInput } from '../../shared/domain/routing-schemas';

/**
 * How a lead's team edit stores a business calendar (migration 0046), and which tickets' clocks it moves.
 */

/** A stored calendar as the API shows it; null when none (or, defensively, when it no longer parses). */
export function storedCalendar(value: unknown): BusinessCalendarWire | null {
  if (value === null || value === undefined) {
    return null;
  }
  const parsed = businessCalendarWireSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The JSON to store for `calendar` (holidays one per date, in order), or null for none or absent. */
export function calendarJson(calendar: BusinessCalendarWire | null | undefined): string | null {
  return calendar ? JSON.stringify(normalizeBusinessCalendar(calendar)) : null;
}

/**
 * The tickets whose clocks a team edit may move: when the calendar changed, or the categories changed while
 * the team has (or had) a calendar, the team's tickets and the unrouted ones in its categories before and
 * after. An edit that leaves business time alone moves none.
 */
export function calendarScope(
  teamId: string,
  before: RoutingTeam | null,
  input: RoutingTeamInput,
): { teamIds: string[]; categories: string[] } {
  const previous = before?.business_calendar ?? null;
  const next = input.business_calendar === undefined ? previous : calendarOf(input.business_calendar);
  const categoriesBefore = before?.categories ?? [];
  const hasNewCalendar = JSON.stringify(previous) !== JSON.stringify(next);
  const hasNewCategories =
    (previous !== null || next !== null) &&
    JSON.stringify([...categoriesBefore].sort()) !== JSON.stringify([...input.categories].sort());
  if (!hasNewCalendar && !hasNewCategories) {
    return { teamIds: [], categories: [] };
  }
  return { teamIds: [teamId], categories: [...new Set([...categoriesBefore, ...input.categories])] };
}

function calendarOf(calendar: BusinessCalendarWire | null): BusinessCalendarWire | null {
  return calendar === null ? null : normalizeBusinessCalendar(calendar);
}
