import type { Agent } from '../../shared/domain/schemas';
import { ticketStatuses, type TicketStatus } from '../../shared/domain/vocabulary';
import type { IncidentUpdateCreate } from '../../shared/incidents/incident-schemas';
import { textForLanguage } from '../../shared/incidents/match';
import { slaPausingStatuses } from '../../shared/sla/clock';
import { canTransition } from '../../shared/tickets/status-machine';
import { appendChanges, type NewChange } from '../storage/change-log';
import type { SqlExecutor } from '../storage/database';
import { firstRow } from '../storage/sql-helpers';

/** What posting an update did. */
export interface IncidentUpdateOutcome {
  updateId: string;
  replied: number;
  skippedClosed: number;
  statusChanged: number;
}

/**
 * Posts an incident update inside the caller's transaction: ONE reply on every linked ticket that is not
 * closed, in that ticket's language (its detected language, else its requester's locale; English, then
 * Korean, then Chinese when the update lacks it), written by `author`. Each ticket moves as an agent's
 * reply moves it (`new` → `open`, first response recorded) or, with `set_ticket_status`, to that status
 * where the status machine allows it, keeping the SLA pause accumulators and `solved_at` as a single
 * reply with a status change would. Sets the incident's status when given. Four statements whatever the
 * number of tickets (one update of the tickets joined to their replies' bodies, one insert of the replies,
 * the incident's own rows, and the change log), so 10,000 tickets take seconds, not 10,000 round trips.
 * Resolves with null when there is no such incident.
 */
export async function postIncidentUpdate(
  transaction: SqlExecutor,
  incidentId: string,
  update: IncidentUpdateCreate,
  author: Agent,
): Promise<IncidentUpdateOutcome | null> {
  const incident = await transaction.query<{ id: string }>(
    'select id from incidents where id = $1 for update',
    [incidentId],
  );
  if (incident.length === 0) {
    return null;
  }
  const target = update.set_ticket_status ?? null;
  const movable: TicketStatus[] =
    target === null
      ? []
      : ticketStatuses.filter((status) => status !== target && canTransition(status, target));
  // SET expressions read the row before the update; `from_status` is that status, `to_status` the new one.
  const pausedSince = 'coalesce(tickets.sla_paused_since, tickets.solved_at, tickets.updated_at)';
  const rows = await transaction.query<{ id: string; from_status: TicketStatus; to_status: TicketStatus }>(
    `with targets as (
       select t.id, t.status as from_status,
         case when $2::text is not null and t.status = any($3::text[]) then $2::text
              when t.status = 'new' then 'open' else t.status end as to_status,
         case coalesce(t.language, lower(left(t.requester_locale, 2)))
           when 'ko' then $4::text when 'zh' then $6::text else $5::text end as reply_body
       from incident_tickets l join tickets t on t.id = l.ticket_id
       where l.incident_id = $1 and t.status <> 'closed'
       for update of t
     ), replies as (
       insert into messages (ticket_id, kind, author_agent_id, author_name, body)
       select id, 'reply', $7::uuid, $8::text, reply_body from targets order by id
       returning ticket_id
     ), updated as (
       update tickets set
         message_count = tickets.message_count + 1,
         version = tickets.version + 1,
         updated_at = now(),
         first_response_at = coalesce(tickets.first_response_at, now()),
         status = targets.to_status,
         solved_at = case when targets.to_status = targets.from_status then tickets.solved_at
           when targets.to_status in ('solved', 'closed') then coalesce(tickets.solved_at, now())
           else null end,
         sla_paused_ms = case
           when targets.from_status = any($9::text[]) and not targets.to_status = any($9::text[])
             then tickets.sla_paused_ms
               + greatest(0, floor(extract(epoch from (now() - ${pausedSince})) * 1000))::bigint
           else tickets.sla_paused_ms end,
         sla_paused_since = case
           when not targets.from_status = any($9::text[]) and targets.to_status = any($9::text[]) then now()
           when targets.from_status = any($9::text[]) and not targets.to_status = any($9::text[]) then null
           when targets.to_status <> targets.from_status and targets.to_status in ('solved', 'closed')
             then ${pausedSince}
           else tickets.sla_paused_since end
       from targets where tickets.id = targets.id
       returning tickets.id
     )
     select targets.id, targets.from_status, targets.to_status
     from targets where targets.id in (select id from updated) and targets.id in (select ticket_id from replies)`,
    [
      incidentId,
      target,
      movable,
      textForLanguage(update.body, 'ko'),
      textForLanguage(update.body, 'en'),
      textForLanguage(update.body, 'zh'),
      author.id,
      author.name,
      [...slaPausingStatuses],
    ],
  );
  const closed = await transaction.query<{ count: number | string }>(
    `select count(*) as count from incident_tickets l join tickets t on t.id = l.ticket_id
     where l.incident_id = $1 and t.status = 'closed'`,
    [incidentId],
  );
  const statusChanged = rows.filter((row) => target !== null && row.to_status === target).length;
  const inserted = await transaction.query<{ id: string }>(
    `insert into incident_updates (incident_id, body, status, set_ticket_status, author_agent_id, ticket_count)
     values ($1, $2::jsonb, $3, $4, $5, $6) returning id`,
    [incidentId, JSON.stringify(update.body), update.status ?? null, target, author.id, rows.length],
  );
  await transaction.query(
    `update incidents set updated_at = now(), version = version + 1,
       status = coalesce($2, status),
       resolved_at = case when coalesce($2, status) = 'resolved' then coalesce(resolved_at, now()) else null end
     where id = $1`,
    [incidentId, update.status ?? null],
  );
  // One change per ticket, as a single reply records (`addMessage`): clients refetch the whole ticket.
  const changes: NewChange[] = rows.map((row) => ({
    type: 'message.created' as const,
    ticketId: row.id,
    agentId: author.id,
  }));
  await appendChanges(transaction, changes);
  return {
    updateId: firstRow(inserted).id,
    replied: rows.length,
    skippedClosed: Number(firstRow(closed).count),
    statusChanged,
  };
}
