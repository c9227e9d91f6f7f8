import type { Ticket } from '../../shared/domain/schemas';
import type { SqlExecutor } from './database';
import { ticketFromRow, type SlaReadContext, type TicketRow } from './rows';
import { ParameterList, queryJsonRows } from './sql-helpers';
import { scopeCondition, type TicketScope } from './ticket-scope';

/**
 * The columns `ticketFromRow` reads, less the lists the lean shape drops: `row_to_json` of these is several
 * times cheaper for PGlite than `to_jsonb` of the whole row.
 */
const syncColumns = [
  'id',
  'number',
  'subject',
  'body',
  'status',
  'priority',
  'category',
  'requester_email',
  'requester_name',
  'requester_locale',
  'requester_verified',
  'requester_account_id',
  'customer_id',
  'assignee_id',
  'language',
  'tags',
  'source',
  'occurred_at',
  'device',
  'suggested_category',
  'possibly_misfiled',
  'checklist',
  'message_count',
  'created_at',
  'updated_at',
  'first_response_at',
  'solved_at',
  'version',
  'sla_paused_ms',
  'sla_paused_since',
  'sla_paused_spans',
  'routing_team_id',
  'merged_into_ticket_id',
].join(', ');

/** One page of the first sync: keyset on the ticket number, newest first. */
export interface SyncPageRequest {
  /** Only tickets numbered below this (the last number of the previous page); null: from the newest. */
  before: number | null;
  limit: number;
  scope?: TicketScope;
}

/**
 * A page of tickets for the first sync, newest first, with their SLA clocks. Unlike `listTickets` there is
 * no count per page (the stream counts once) and the heavy columns the lean shape drops are not read.
 */
export async function listSyncPage(
  executor: SqlExecutor,
  request: SyncPageRequest,
  sla: SlaReadContext,
): Promise<Ticket[]> {
  const parameters = new ParameterList();
  const conditions: string[] = [];
  if (request.before !== null) {
    conditions.push(`number < ${parameters.add(request.before)}`);
  }
  if (request.scope !== undefined) {
    conditions.push(scopeCondition(request.scope, (value) => parameters.add(value)));
  }
  const where = conditions.length > 0 ? `where ${conditions.join(' and ')}` : '';
  const rows = await queryJsonRows<TicketRow>(
    executor,
    `select row_to_json(listed) as json_row from (select ${syncColumns} from tickets ${where}
       order by number desc limit ${parameters.add(request.limit)}) as listed`,
    parameters.values,
  );
  return rows.map((row) =>
    ticketFromRow({ ...row, possible_duplicates: [], related: [], redactions: [] }, sla),
  );
}

/** How many tickets the first sync will send (within a scope). */
export async function countSyncTickets(executor: SqlExecutor, scope?: TicketScope): Promise<number> {
  const parameters = new ParameterList();
  const where = scope === undefined ? '' : `where ${scopeCondition(scope, (value) => parameters.add(value))}`;
  const rows = await executor.query<{ total: number | string }>(
    `select count(*) as total from tickets ${where}`,
    parameters.values,
  );
  return Number(rows[0]?.total ?? 0);
}
