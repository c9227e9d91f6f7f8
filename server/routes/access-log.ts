import type { FastifyInstance } from 'fastify';
import {
  accessLogQuerySchema,
  readLimitsSchema,
  accessLogRetentionSchema,
  type AccessLog,
  type AccessLogEntry,
} from '../../shared/access/access-schemas';
import type { AppContext } from '../app-context';
import { formatCsv } from '../faq/csv';
import { ApiFailure, parseOrFail } from '../errors';
import { currentAgent, requireRole } from '../http/auth';
import { isUuid } from '../storage/sql-helpers';

/** A cell a spreadsheet would not run as a formula (a search text may start with `=`). */
function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The CSV export of `entries`, header first. */
function accessLogCsv(entries: readonly AccessLogEntry[]): string {
  return formatCsv([
    ['at', 'agent_id', 'agent_name', 'kind', 'ticket_id', 'ticket_number', 'query', 'result_count'],
    ...entries.map((entry) =>
      [
        entry.at,
        entry.agent_id,
        entry.agent_name,
        entry.kind,
        entry.ticket_id ?? '',
        entry.ticket_number === null ? '' : String(entry.ticket_number),
        entry.query ?? '',
        entry.result_count === null ? '' : String(entry.result_count),
      ].map(inertCell),
    ),
  ]);
}

/**
 * What one agent reads (docs/security.md "Reads", docs/api.md "Access log"): leads read the access log (JSON,
 * or CSV, which is itself recorded as an export) and set the hourly read budget.
 */
export function registerAccessLogRoutes(app: FastifyInstance, context: AppContext): void {
  const leadOnly = requireRole(context.authenticator, 'lead');
  const { reads } = context;
  if (reads === undefined) {
    return;
  }

  app.get('/api/access-log', { onRequest: leadOnly }, async (request, reply) => {
    const query = parseOrFail(accessLogQuerySchema, request.query);
    for (const field of ['agent_id', 'ticket_id'] as const) {
      const value = query[field];
      if (value !== undefined && !isUuid(value)) {
        throw new ApiFailure(400, 'invalid_value', `${field}: an id`, field);
      }
    }
    const entries = await reads.accessLog.list({
      limit: query.limit,
      ...(query.agent_id === undefined ? {} : { agentId: query.agent_id.toLowerCase() }),
      ...(query.ticket_id === undefined ? {} : { ticketId: query.ticket_id.toLowerCase() }),
      ...(query.kind === undefined ? {} : { kind: query.kind }),
      ...(query.since === undefined ? {} : { since: Date.parse(query.since) }),
      ...(query.until === undefined ? {} : { until: Date.parse(query.until) }),
    });
    if (query.format === 'csv') {
      const filters = Object.entries(query)
        .filter(([key]) => key !== 'format')
        .map(([key, value]) => `${key}=${String(value)}`)
        .join('&');
      await reads.recordExport(currentAgent(request), `access-log?${filters}`, entries.length);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="access-log.csv"')
        .send(accessLogCsv(entries));
    }
    const body: AccessLog = { entries };
    return body;
  });

  app.get('/api/settings/read-limits', { onRequest: leadOnly }, async () => reads.readLimits());

  app.put('/api/settings/read-limits', { onRequest: leadOnly }, async (request) =>
    reads.setReadLimits(parseOrFail(readLimitsSchema, request.body), currentAgent(request).id),
  );

  app.get('/api/settings/access-log-retention', { onRequest: leadOnly }, async () => reads.retention());

  // Shortening the retention deletes the older entries at once (the answer comes after they are gone).
  app.put('/api/settings/access-log-retention', { onRequest: leadOnly }, async (request) =>
    reads.setRetention(parseOrFail(accessLogRetentionSchema, request.body), currentAgent(request).id),
  );
}
