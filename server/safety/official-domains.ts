import type { OfficialDomains } from '../../shared/domain/safety-schemas';
import { parseOfficialDomains } from '../../shared/safety/links';
import { appendChanges } from '../storage/change-log';
import type { SqlExecutor } from '../storage/database';
import { readSetting } from '../storage/settings';

/**
 * The exchange's official domains, which links are measured against (`shared/safety/links.ts`): the
 * service's `OFFICIAL_DOMAINS` environment variable (comma-separated) plus the list a lead keeps in the
 * `settings` table under `official_domains`. Read per request (one small query), so a lead's edit applies
 * on every service node at once.
 */
export async function readOfficialDomains(
  executor: SqlExecutor,
  environment: readonly string[],
): Promise<OfficialDomains> {
  const stored = await readSetting(executor, 'official_domains');
  const domains = Array.isArray(stored)
    ? parseOfficialDomains(stored.filter((entry): entry is string => typeof entry === 'string'))
    : [];
  return {
    domains,
    environment: [...environment],
    effective: parseOfficialDomains([...environment, ...domains]),
  };
}

/**
 * Replaces the lead's list inside the caller's transaction (normalized by `parseOfficialDomains`; entries
 * that are not host names are dropped) and records `settings.updated` so every console refetches.
 */
export async function writeOfficialDomains(
  transaction: SqlExecutor,
  domains: readonly string[],
  agentId: string,
): Promise<void> {
  await transaction.query(
    `insert into settings (key, value) values ('official_domains', $1::jsonb)
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [JSON.stringify(parseOfficialDomains(domains))],
  );
  await appendChanges(transaction, [{ type: 'settings.updated', ticketId: null, agentId }]);
}
