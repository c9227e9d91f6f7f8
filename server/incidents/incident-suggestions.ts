import type { TicketStatus } from '../../shared/domain/vocabulary';
import { describeTicket } from '../../shared/duplicates/features';
import type { IncidentTickets } from '../../shared/incidents/incident-schemas';
import { matchIncident, profileIncident } from '../../shared/incidents/match';
import type { SqlExecutor } from '../storage/database';
import { isoTime, type TimestampValue } from '../storage/rows';
import { queryJsonRows } from '../storage/sql-helpers';
import type { IncidentContent } from './incident-store';

/** How far before an incident's creation its tickets may have started. */
const lookBackMs = 72 * 60 * 60 * 1000;
/** The most recent open tickets read to match an incident's text. */
const textCandidateLimit = 5_000;
/** The most suggestions listed. */
const suggestionLimit = 500;

interface CandidateJson {
  id: string;
  number: number | string;
  subject: string;
  body: string;
  status: TicketStatus;
  language: string | null;
  category: string | null;
  created_at: TimestampValue;
}

/**
 * Tickets a lead may want to link to `incident` (never those already linked, nor solved or closed ones):
 * - `related`: tickets in the related clusters (duplicate detection's "other customers, same problem") of
 *   the linked tickets, either way round;
 * - `text`: open tickets since 72 hours before the incident began whose text strongly matches it
 *   (`matchIncident`: a shared topic and coin, across ko/en/zh), in its categories when it names some.
 * Best first: related before text, newest first within each; at most 500.
 */
export async function suggestTickets(
  executor: SqlExecutor,
  incident: IncidentContent & { created_at: string },
): Promise<IncidentTickets['suggested']> {
  const since = new Date(Date.parse(incident.created_at) - lookBackMs).toISOString();
  const columns = `json_build_object('id', t.id, 'number', t.number, 'subject', t.subject, 'body', t.body,
    'status', t.status, 'language', coalesce(t.language, lower(left(t.requester_locale, 2))),
    'category', coalesce(t.category, t.suggested_category ->> 'category'), 'created_at', t.created_at) as json_row`;
  const unlinkedOpen = `t.status not in ('solved', 'closed')
    and not exists (select 1 from incident_tickets x where x.incident_id = $1 and x.ticket_id = t.id)`;
  const related = await queryJsonRows<CandidateJson>(
    executor,
    `with linked as (select ticket_id from incident_tickets where incident_id = $1),
     cluster as (
       select (r.value ->> 'id')::uuid as id from linked l join tickets s on s.id = l.ticket_id,
         jsonb_array_elements(s.related) as r(value)
       union
       select t.id from tickets t where t.created_at >= $2::timestamptz and exists (
         select 1 from jsonb_array_elements(t.related) as r(value)
         where (r.value ->> 'id')::uuid in (select ticket_id from linked))
     )
     select ${columns} from tickets t where t.id in (select id from cluster) and ${unlinkedOpen}
     order by t.number desc limit ${suggestionLimit}`,
    [incident.id, since],
  );
  const candidates = await queryJsonRows<CandidateJson>(
    executor,
    `select ${columns} from tickets t where t.created_at >= $2::timestamptz and ${unlinkedOpen}
     order by t.number desc limit ${textCandidateLimit}`,
    [incident.id, since],
  );
  const profile = profileIncident(incident);
  const seen = new Set(related.map((row) => row.id));
  const byText = candidates.filter((row) => {
    if (seen.has(row.id)) {
      return false;
    }
    const document = describeTicket({
      subject: row.subject,
      body: row.body,
      category: row.category,
      createdAtMs: 0,
      customerKey: '',
    });
    return matchIncident(document, profile)?.strength === 'strong';
  });
  const toWire = (row: CandidateJson, reason: 'text' | 'related'): IncidentTickets['suggested'][number] => ({
    id: row.id,
    number: Number(row.number),
    subject: row.subject,
    status: row.status,
    language: row.language,
    created_at: isoTime(row.created_at),
    reason,
  });
  return [...related.map((row) => toWire(row, 'related')), ...byText.map((row) => toWire(row, 'text'))].slice(
    0,
    suggestionLimit,
  );
}
