import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, RoutingConfiguration } from '../../../shared/domain/routing-schemas';
import { useConsole } from '../../app/console-context';
import { formatDateTime } from '../../i18n/format';
import { auditActorName } from '../access-log/audit-actor';

const knownActions = ['team_created', 'team_updated', 'agent_updated', 'rules_updated'] as const;

/** A merge or its undo named by an audit entry (server/merge/merge-store.ts writes `details`), or null. */
function mergeOf(entry: AuditEntry): { isUndo: boolean; targetId: string; sourceIds: string[] } | null {
  if (entry.action !== 'merge' && entry.action !== 'merge.undo') {
    return null;
  }
  const { target_id: targetId, source_ids: sourceIds } = entry.details;
  if (typeof targetId !== 'string' || !Array.isArray(sourceIds)) {
    return null;
  }
  return {
    isUndo: entry.action === 'merge.undo',
    targetId,
    sourceIds: sourceIds.filter((id): id is string => typeof id === 'string'),
  };
}

/** The newest audit entries (every routing change, merges too), refetched after each save. */
export function AuditSection({ configuration }: { configuration: RoutingConfiguration }): ReactElement {
  const { t, i18n } = useTranslation();
  const { api, lookups, store } = useConsole();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  useEffect(() => {
    let isCurrent = true;
    api.audit(20, 'routing').then(
      (loaded) => {
        if (isCurrent) {
          setEntries(loaded);
        }
      },
      // The log is a convenience beside the editors: a failure leaves it empty rather than blocking the page.
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [api, configuration]);
  const actionText = (entry: AuditEntry): string => {
    const merge = mergeOf(entry);
    if (merge !== null) {
      const numbered = (id: string): string => {
        const number = store.get(id)?.number;
        return number === undefined ? '—' : `#${number}`;
      };
      return t(`routing.audit.actions.${merge.isUndo ? 'merge_undo' : 'merge'}`, {
        sources: merge.sourceIds.map(numbered).join(', '),
        target: numbered(merge.targetId),
      });
    }
    const key = entry.action.replace(/^routing\./, '');
    return (knownActions as readonly string[]).includes(key)
      ? t(`routing.audit.actions.${key as (typeof knownActions)[number]}`)
      : `${t('routing.audit.actions.other')} (${entry.action})`;
  };
  return (
    <section className="routing__section" aria-labelledby="routing-audit-heading">
      <h2 id="routing-audit-heading" className="routing__heading">
        {t('routing.audit.heading')}
      </h2>
      {entries.length === 0 ? (
        <p className="routing__hint">{t('routing.audit.empty')}</p>
      ) : (
        <ul className="routing__audit" data-testid="routing-audit">
          {entries.map((entry) => (
            <li key={entry.id}>
              {t('routing.audit.entry', {
                time: formatDateTime(entry.at, i18n.language),
                agent: auditActorName(entry, lookups.agentName, t),
                action: actionText(entry),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
