import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../shared/domain/routing-schemas';
import { useConsole } from '../../app/console-context';
import { formatDateTime } from '../../i18n/format';
import { auditActorName } from './audit-actor';

/** How many of the newest changes the page lists. */
const shownChanges = 50;

/** A number field of a `before`/`after` object, or '—' when the entry does not hold one. */
function field(value: unknown, name: string): string {
  if (typeof value !== 'object' || value === null) {
    return '—';
  }
  const found = (value as Record<string, unknown>)[name];
  return typeof found === 'number' || typeof found === 'string' ? String(found) : '—';
}

function flag(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[name] === true;
}

/** One security change in words (server/access/security-audit.ts writes `details.before`/`after`). */
function describe(entry: AuditEntry, t: TFunction): string {
  const { before, after } = entry.details;
  const name =
    typeof entry.details.agent_name === 'string'
      ? entry.details.agent_name
      : t('securityChanges.unknownAgent');
  const mfa = (value: unknown): string =>
    flag(value, 'require_mfa') ? t('securityChanges.mfaRequired') : t('securityChanges.mfaOptional');
  switch (entry.action) {
    case 'security.read_limits':
      return t('securityChanges.readLimits', {
        before: field(before, 'hourly_ticket_budget'),
        after: field(after, 'hourly_ticket_budget'),
      });
    case 'security.access_log_retention':
      return t('securityChanges.retention', {
        before: field(before, 'retention_days'),
        after: field(after, 'retention_days'),
      });
    case 'security.team_scope':
      return flag(after, 'enabled') ? t('securityChanges.teamScopeOn') : t('securityChanges.teamScopeOff');
    case 'security.session_policy':
      return t('securityChanges.sessionPolicy', {
        idleBefore: field(before, 'idle_minutes'),
        idleAfter: field(after, 'idle_minutes'),
        absoluteBefore: field(before, 'absolute_hours'),
        absoluteAfter: field(after, 'absolute_hours'),
        mfaBefore: mfa(before),
        mfaAfter: mfa(after),
      });
    case 'security.agent_disabled':
      return t('securityChanges.agentDisabled', { name });
    case 'security.agent_enabled':
      return t('securityChanges.agentEnabled', { name });
    default:
      return t('securityChanges.other', { action: entry.action });
  }
}

/**
 * The Access log page's record of who changed the limits themselves (docs/security.md "Who changed the
 * limits"): a lead who raises the budget, turns team scope off or shortens the retention is seen doing so.
 * Reloaded whenever `revision` changes (a save on this page, or Refresh).
 */
export function SecurityChanges({ revision }: { revision: number }): ReactElement {
  const { t, i18n } = useTranslation();
  const { api, lookups } = useConsole();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    api.audit(shownChanges, 'security').then(
      (loaded) => {
        if (isCurrent) {
          setEntries(loaded);
          setError(null);
        }
      },
      (failure: unknown) => {
        if (isCurrent) {
          setError(failure instanceof Error ? failure.message : String(failure));
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, revision]);
  return (
    <section className="access-log__changes" aria-labelledby="security-changes-heading">
      <h2 id="security-changes-heading" className="access-log__subtitle">
        {t('securityChanges.heading')}
      </h2>
      <p className="access-log__hint">{t('securityChanges.hint')}</p>
      {error !== null ? <p role="alert">{t('securityChanges.failed', { message: error })}</p> : null}
      {entries !== null && entries.length === 0 ? (
        <p className="access-log__hint">{t('securityChanges.empty')}</p>
      ) : null}
      {entries !== null && entries.length > 0 ? (
        <ul className="access-log__change-list" data-testid="security-changes">
          {entries.map((entry) => (
            <li key={entry.id} data-action={entry.action}>
              {t('securityChanges.entry', {
                time: formatDateTime(entry.at, i18n.language),
                agent: auditActorName(entry, lookups.agentName, t),
                change: describe(entry, t),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
