import type { Incident, IncidentStatus, LocalizedText } from '../../shared/incidents/incident-schemas';
import type { SqlExecutor } from '../storage/database';
import { isoTime, isoTimeOrNull, type TimestampValue } from '../storage/rows';
import { queryJsonRows } from '../storage/sql-helpers';

/** Reads of `incidents` (migration 0035) as the wire's `Incident`. */

interface IncidentJson {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  categories: string[];
  status: IncidentStatus;
  ticket_count: number;
  open_ticket_count: number;
  deflections: number;
  update_count: number;
  created_at: TimestampValue;
  updated_at: TimestampValue;
  resolved_at: TimestampValue | null;
}

/** The select list of one incident as `json_row`, counts included (alias `i`). */
export const incidentJson = `json_build_object(
  'id', i.id, 'title', i.title, 'body', i.body, 'categories', to_jsonb(i.categories), 'status', i.status,
  'ticket_count', (select count(*) from incident_tickets l where l.incident_id = i.id),
  'open_ticket_count', (select count(*) from incident_tickets l join tickets t on t.id = l.ticket_id
     where l.incident_id = i.id and t.status not in ('solved', 'closed')),
  'deflections', i.deflections,
  'update_count', (select count(*) from incident_updates u where u.incident_id = i.id),
  'created_at', i.created_at, 'updated_at', i.updated_at, 'resolved_at', i.resolved_at) as json_row`;

/** An incident row (from `incidentJson`) on the wire. */
export function incidentFromJson(row: IncidentJson): Incident {
  return {
    ...row,
    ticket_count: Number(row.ticket_count),
    open_ticket_count: Number(row.open_ticket_count),
    deflections: Number(row.deflections),
    update_count: Number(row.update_count),
    created_at: isoTime(row.created_at),
    updated_at: isoTime(row.updated_at),
    resolved_at: isoTimeOrNull(row.resolved_at),
  };
}

/** Incidents matching `where` (SQL over alias `i`), newest first. */
export async function selectIncidents(
  executor: SqlExecutor,
  where: string,
  parameters: readonly (string | number | null)[] = [],
): Promise<Incident[]> {
  const rows = await queryJsonRows<IncidentJson>(
    executor,
    `select ${incidentJson} from incidents i where ${where} order by i.created_at desc, i.id`,
    parameters,
  );
  return rows.map(incidentFromJson);
}
