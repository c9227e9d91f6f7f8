import type {
  Incident,
  IncidentCreate,
  IncidentLinkResult,
  IncidentPatch,
  IncidentStatus,
  IncidentTickets,
  LocalizedText,
  TicketIncident,
} from '../../shared/incidents/incident-schemas';
import { appendChanges } from '../storage/change-log';
import type { SqlExecutor } from '../storage/database';
import { isoTime, type TimestampValue } from '../storage/rows';
import { ParameterList, firstRow, isUuid, queryJsonRows } from '../storage/sql-helpers';
import { selectIncidents } from './incident-rows';

/**
 * Rows of incidents and their links to tickets (migration 0035). Every write takes the executor of the
 * caller's transaction; a link ends with `ticket.updated` for each newly linked ticket, so consoles showing
 * it redraw its incident banner.
 */

/** An incident's content, as matching needs it. */
export interface IncidentContent {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  categories: string[];
  status: IncidentStatus;
}

/** Creates an incident and resolves with it. */
export async function insertIncident(
  transaction: SqlExecutor,
  input: IncidentCreate,
  agentId: string,
): Promise<Incident> {
  const rows = await transaction.query<{ id: string }>(
    `insert into incidents (title, body, categories, status, created_by, resolved_at)
     values ($1::jsonb, $2::jsonb, $3::text[], $4, $5, case when $4 = 'resolved' then now() end) returning id`,
    [JSON.stringify(input.title), JSON.stringify(input.body), input.categories, input.status, agentId],
  );
  return firstRow(await selectIncidents(transaction, 'i.id = $1', [firstRow(rows).id]));
}

/** The incident `id`, or null (also for an id that is not a UUID). */
export async function readIncident(executor: SqlExecutor, id: string): Promise<Incident | null> {
  if (!isUuid(id)) {
    return null;
  }
  return (await selectIncidents(executor, 'i.id = $1', [id]))[0] ?? null;
}

/** Every incident, or only those not resolved, newest first. */
export function listIncidents(executor: SqlExecutor, options: { liveOnly: boolean }): Promise<Incident[]> {
  return selectIncidents(executor, options.liveOnly ? "i.status <> 'resolved'" : 'true');
}

/** The content of every incident that is not resolved (what intake and the preview match against). */
export async function liveIncidentContents(executor: SqlExecutor): Promise<IncidentContent[]> {
  return queryJsonRows<IncidentContent>(
    executor,
    `select json_build_object('id', id, 'title', title, 'body', body, 'categories', to_jsonb(categories),
       'status', status) as json_row
     from incidents where status <> 'resolved' order by created_at desc`,
  );
}

/**
 * Changes an incident's fields; resolving sets `resolved_at` (reopening clears it). Resolves with the
 * incident, or null when there is none.
 */
export async function patchIncident(
  transaction: SqlExecutor,
  id: string,
  patch: IncidentPatch,
): Promise<Incident | null> {
  if (!isUuid(id)) {
    return null;
  }
  const parameters = new ParameterList();
  const assignments = ['updated_at = now()', 'version = version + 1'];
  if (patch.title !== undefined) {
    assignments.push(`title = ${parameters.add(JSON.stringify(patch.title))}::jsonb`);
  }
  if (patch.body !== undefined) {
    assignments.push(`body = ${parameters.add(JSON.stringify(patch.body))}::jsonb`);
  }
  if (patch.categories !== undefined) {
    assignments.push(`categories = ${parameters.add(patch.categories)}::text[]`);
  }
  if (patch.status !== undefined) {
    const status = parameters.add(patch.status);
    assignments.push(`status = ${status}`);
    assignments.push(
      `resolved_at = case when ${status} = 'resolved' then coalesce(resolved_at, now()) else null end`,
    );
  }
  const rows = await transaction.query<{ id: string }>(
    `update incidents set ${assignments.join(', ')} where id = ${parameters.add(id)} returning id`,
    parameters.values,
  );
  return rows.length === 0 ? null : readIncident(transaction, id);
}

/**
 * Links tickets (by id or number) to incident `id` as `linkedBy`; tickets linked before stay as they were.
 * Records `ticket.updated` for each newly linked ticket (call it where the change-log lock may be taken).
 */
export async function linkTickets(
  transaction: SqlExecutor,
  id: string,
  references: readonly (string | number)[],
  linkedBy: 'lead' | 'automatic',
  agentId: string | null,
): Promise<IncidentLinkResult> {
  const texts = [...new Set(references.map(String))];
  const ids = texts.filter(isUuid).map((text) => text.toLowerCase());
  const numbers = texts.filter((text) => /^\d{1,15}$/.test(text)).map(Number);
  const found = await transaction.query<{ id: string; number: number | string }>(
    'select id, number from tickets where id = any($1::uuid[]) or number = any($2::bigint[])',
    [ids, numbers],
  );
  const known = new Set(found.flatMap((row) => [row.id, String(row.number)]));
  const unknown = texts.filter((text) => !known.has(text.toLowerCase()));
  const ticketIds = [...new Set(found.map((row) => row.id))];
  const inserted = await transaction.query<{ ticket_id: string }>(
    `insert into incident_tickets (incident_id, ticket_id, linked_by)
     select $1, ticket_id, $3 from unnest($2::uuid[]) as given(ticket_id)
     on conflict (incident_id, ticket_id) do nothing returning ticket_id`,
    [id, ticketIds, linkedBy],
  );
  // A link changes what the ticket shows (the incident banner), so it is a new version of the ticket: the
  // consoles that hold it open or cached compare versions, and an unchanged version would keep the old copy.
  await transaction.query('update tickets set version = version + 1 where id = any($1::uuid[])', [
    inserted.map((row) => row.ticket_id),
  ]);
  await appendChanges(
    transaction,
    inserted.map((row) => ({ type: 'ticket.updated' as const, ticketId: row.ticket_id, agentId })),
  );
  return { linked: inserted.length, already_linked: ticketIds.length - inserted.length, unknown };
}

interface LinkedTicketJson {
  id: string;
  number: number | string;
  subject: string;
  status: IncidentTickets['linked'][number]['status'];
  language: string | null;
  created_at: TimestampValue;
  linked_by: 'lead' | 'automatic';
}

/** Up to `limit` tickets linked to incident `id`, newest first. */
export async function linkedTickets(
  executor: SqlExecutor,
  id: string,
  limit: number,
): Promise<IncidentTickets['linked']> {
  const rows = await queryJsonRows<LinkedTicketJson>(
    executor,
    `select json_build_object('id', t.id, 'number', t.number, 'subject', t.subject, 'status', t.status,
       'language', coalesce(t.language, lower(left(t.requester_locale, 2))), 'created_at', t.created_at,
       'linked_by', l.linked_by) as json_row
     from incident_tickets l join tickets t on t.id = l.ticket_id
     where l.incident_id = $1 order by t.number desc limit $2`,
    [id, limit],
  );
  return rows.map((row) => ({ ...row, number: Number(row.number), created_at: isoTime(row.created_at) }));
}

/** The incidents ticket `ticketId` is linked to, newest first. */
export async function incidentsOfTicket(executor: SqlExecutor, ticketId: string): Promise<TicketIncident[]> {
  if (!isUuid(ticketId)) {
    return [];
  }
  return queryJsonRows<TicketIncident>(
    executor,
    `select json_build_object('id', i.id, 'title', i.title, 'status', i.status, 'linked_by', l.linked_by)
       as json_row
     from incident_tickets l join incidents i on i.id = l.incident_id
     where l.ticket_id = $1 order by i.created_at desc`,
    [ticketId],
  );
}

/** Counts one "this answered my question" on a live announcement; false when there is none. */
export async function recordDeflection(executor: SqlExecutor, id: string): Promise<boolean> {
  if (!isUuid(id)) {
    return false;
  }
  const rows = await executor.query(
    `update incidents set deflections = deflections + 1 where id = $1 and status <> 'resolved' returning id`,
    [id],
  );
  return rows.length > 0;
}
