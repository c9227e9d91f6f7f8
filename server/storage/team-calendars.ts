import { businessCalendarFromWire, businessCalendarWireSchema } from '../../shared/domain/calendar-schemas';
import type { BusinessCalendar } from '../../shared/sla/business-calendar';
import type { NewChange } from './change-log';
import type { SqlExecutor } from './database';

/**
 * The routing teams' business calendars (migration 0046) and which one a ticket's SLA clocks follow: its
 * routed team's (`tickets.routing_team_id`), or, for a ticket never routed, the first team in the lead's
 * order that owns its category (the team routing would pick). A team without a calendar counts every
 * minute (24x7), as every team did before.
 */

/** The calendars of the teams that have one, and the team each category belongs to. */
export interface TeamCalendars {
  /** The calendar the clocks of a ticket of team `teamId` (or, unrouted, of `category`) count in; null: 24x7. */
  calendarFor: (teamId: string | null | undefined, category: string | null) => BusinessCalendar | null;
  /** Ids of the teams with a calendar, and the categories those teams own. */
  teamIds: readonly string[];
  categories: readonly string[];
}

/** No team has a calendar: every clock counts every minute. */
export const noTeamCalendars: TeamCalendars = { calendarFor: () => null, teamIds: [], categories: [] };

/**
 * Reads every team's calendar (a few rows). A stored calendar that no longer parses counts as none: the
 * service keeps answering with 24x7 clocks rather than failing every read.
 */
export async function readTeamCalendars(executor: SqlExecutor): Promise<TeamCalendars> {
  const rows = await executor.query<{ id: string; categories: string[]; business_calendar: unknown }>(
    `select id::text as id, categories, business_calendar from routing_teams
     order by position, created_at, id`,
  );
  const byTeam = new Map<string, BusinessCalendar | null>();
  const teamOfCategory = new Map<string, string>();
  for (const row of rows) {
    const parsed =
      row.business_calendar === null ? null : businessCalendarWireSchema.safeParse(row.business_calendar);
    byTeam.set(row.id, parsed?.success === true ? businessCalendarFromWire(parsed.data) : null);
    for (const category of row.categories) {
      if (!teamOfCategory.has(category)) {
        teamOfCategory.set(category, row.id);
      }
    }
  }
  const teamIds = [...byTeam.entries()].filter(([, calendar]) => calendar !== null).map(([id]) => id);
  if (teamIds.length === 0) {
    return noTeamCalendars;
  }
  return {
    calendarFor: (teamId, category) => {
      const team = teamId ?? (category === null ? undefined : teamOfCategory.get(category));
      return team === undefined ? null : (byTeam.get(team) ?? null);
    },
    teamIds,
    categories: rows.filter((row) => teamIds.includes(row.id)).flatMap((row) => row.categories),
  };
}

/**
 * The `sla.recomputed` changes, one per open ticket (not solved, closed or merged away) of `scope.teamIds`
 * or never routed and in one of `scope.categories`, that make each console refresh those tickets from the
 * service: clocks in business time cannot be moved by a target's difference alone (`shared/sla/retarget.ts`
 * is exact for 24x7 only), and a new calendar moves them all. The caller appends them with its own changes.
 */
export async function businessTimeChanges(
  transaction: SqlExecutor,
  scope: { teamIds: readonly string[]; categories: readonly string[] },
  agentId: string,
): Promise<NewChange[]> {
  if (scope.teamIds.length === 0 && scope.categories.length === 0) {
    return [];
  }
  const rows = await transaction.query<{ id: string }>(
    `select id::text as id from tickets
     where status not in ('solved', 'closed') and merged_into_ticket_id is null
       and (routing_team_id = any($1::uuid[]) or (routing_team_id is null and category = any($2::text[])))
     order by id`,
    [scope.teamIds, scope.categories],
  );
  return rows.map((row) => ({ type: 'sla.recomputed' as const, ticketId: row.id, agentId }));
}
