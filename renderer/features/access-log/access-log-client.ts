import { z } from 'zod';
import {
  accessLogRetentionSchema,
  accessLogSchema,
  type AccessLogRetention,
  readLimitsSchema,
  type AccessKind,
  type AccessLogEntry,
  type ReadLimits,
} from '../../../shared/access/access-schemas';
import { requestJson } from '../../api/api-client';

/** The filters of the Access log page as `GET /api/access-log` takes them. */
export interface AccessLogFilters {
  /** An agent's id, or null for every agent. */
  agentId: string | null;
  kind: AccessKind | null;
  /** ISO 8601: entries at or after it, or null for no bound. */
  since: string | null;
  limit: number;
}

/** The path of `GET /api/access-log` for `filters`, as JSON or CSV. */
export function accessLogPath(filters: AccessLogFilters, format: 'json' | 'csv' = 'json'): string {
  const search = new URLSearchParams({ limit: String(filters.limit) });
  if (filters.agentId !== null) {
    search.set('agent_id', filters.agentId);
  }
  if (filters.kind !== null) {
    search.set('kind', filters.kind);
  }
  if (filters.since !== null) {
    search.set('since', filters.since);
  }
  if (format === 'csv') {
    search.set('format', 'csv');
  }
  return `/api/access-log?${search.toString()}`;
}

/** `GET /api/access-log` (lead). */
export async function fetchAccessLog(
  serviceUrl: string,
  token: string,
  filters: AccessLogFilters,
): Promise<AccessLogEntry[]> {
  return (await requestJson(serviceUrl, accessLogPath(filters), accessLogSchema, { token })).entries;
}

/** `GET /api/access-log?format=csv` (lead): the CSV text; the service records the export. */
export function fetchAccessLogCsv(
  serviceUrl: string,
  token: string,
  filters: AccessLogFilters,
): Promise<string> {
  return requestJson(serviceUrl, accessLogPath(filters, 'csv'), z.string(), { token, expect: 'text' });
}

/** `GET /api/settings/read-limits` (lead). */
export function fetchReadLimits(serviceUrl: string, token: string): Promise<ReadLimits> {
  return requestJson(serviceUrl, '/api/settings/read-limits', readLimitsSchema, { token });
}

/** `PUT /api/settings/read-limits` (lead). */
export function saveReadLimits(serviceUrl: string, token: string, limits: ReadLimits): Promise<ReadLimits> {
  return requestJson(serviceUrl, '/api/settings/read-limits', readLimitsSchema, {
    token,
    method: 'PUT',
    body: limits,
  });
}

/** `GET /api/settings/access-log-retention` (lead). */
export function fetchAccessLogRetention(serviceUrl: string, token: string): Promise<AccessLogRetention> {
  return requestJson(serviceUrl, '/api/settings/access-log-retention', accessLogRetentionSchema, { token });
}

/** `PUT /api/settings/access-log-retention` (lead): older entries are deleted before it answers. */
export function saveAccessLogRetention(
  serviceUrl: string,
  token: string,
  retention: AccessLogRetention,
): Promise<AccessLogRetention> {
  return requestJson(serviceUrl, '/api/settings/access-log-retention', accessLogRetentionSchema, {
    token,
    method: 'PUT',
    body: retention,
  });
}
