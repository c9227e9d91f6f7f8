import { useEffect, useSyncExternalStore, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadBudgetAlert } from '../../../shared/access/access-schemas';
import { useConsole } from '../../app/console-context';
import { getDesktopApi } from '../../desktop/desktop-bridge';
import { createLogger } from '../../logging/logger';
import { createReadAlerts } from './read-alerts';

const logger = createLogger('access');
const noAlerts = createReadAlerts();

/**
 * The leads' live alert when an agent runs past the read budget: a banner in the console, and in the desktop
 * app a native notification too (through the shell's notification bridge; a click opens the ticket).
 */
export function ReadAlertBanner({ onOpenLog }: { onOpenLog: () => void }): ReactElement | null {
  const { t } = useTranslation();
  const { readAlerts = noAlerts } = useConsole();
  const alerts = useSyncExternalStore(readAlerts.subscribe, readAlerts.getSnapshot);

  useEffect(() => {
    const desktop = getDesktopApi();
    if (!desktop) {
      return undefined;
    }
    let shown = new Set<ReadBudgetAlert>(readAlerts.getSnapshot());
    return readAlerts.subscribe(() => {
      const current = readAlerts.getSnapshot();
      for (const alert of current) {
        if (!shown.has(alert)) {
          desktop
            .showNotification({
              kind: 'readBudget',
              ticketNumber: alert.ticket_number,
              key: `read-budget:${alert.agent_id}:${alert.at}`,
              title: t('accessLog.alert.title'),
              body: t('accessLog.alert.body', { agent: alert.agent_name, budget: String(alert.budget) }),
            })
            .catch((error: unknown) => logger.warn('read budget notification failed', error));
        }
      }
      shown = new Set(current);
    });
  }, [readAlerts, t]);

  const latest = alerts[0];
  if (latest === undefined) {
    return null;
  }
  return (
    <div className="read-alert" role="alert" data-testid="read-budget-alert" data-agent-id={latest.agent_id}>
      <span className="read-alert__text">
        <strong>{t('accessLog.alert.title')}</strong>{' '}
        {t('accessLog.alert.body', { agent: latest.agent_name, budget: String(latest.budget) })}
        {alerts.length > 1 ? ` ${t('accessLog.alert.more', { count: alerts.length - 1 })}` : ''}
      </span>
      <button type="button" className="button button--small" onClick={onOpenLog}>
        {t('accessLog.alert.open')}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="read-budget-alert-dismiss"
        onClick={() => readAlerts.dismiss(latest)}
      >
        {t('accessLog.alert.dismiss')}
      </button>
    </div>
  );
}
