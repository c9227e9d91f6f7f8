import { useCallback, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { maxAccessLogRetentionDays, minAccessLogRetentionDays } from '../../../shared/access/access-schemas';
import { useConsole } from '../../app/console-context';
import { fetchAccessLogRetention, saveAccessLogRetention } from './access-log-client';
import { NumberSettingForm } from './NumberSettingForm';

/** How many days the access log keeps entries (the service deletes older ones). */
export function RetentionForm({ onSaved }: { onSaved?: () => void }): ReactElement {
  const { t } = useTranslation();
  const { session } = useConsole();
  const load = useCallback(
    async () => (await fetchAccessLogRetention(session.serviceUrl, session.token)).retention_days,
    [session],
  );
  const save = useCallback(
    async (value: number) =>
      (await saveAccessLogRetention(session.serviceUrl, session.token, { retention_days: value }))
        .retention_days,
    [session],
  );
  const range = { min: minAccessLogRetentionDays, max: maxAccessLogRetentionDays };
  const shown = { min: String(range.min), max: String(range.max) };
  return (
    <NumberSettingForm
      load={load}
      save={save}
      {...range}
      onSaved={onSaved}
      testId="access-log-retention"
      text={{
        label: t('accessLogRetention.label'),
        save: t('accessLogRetention.save'),
        hint: t('accessLogRetention.hint', shown),
        saved: t('accessLogRetention.saved'),
        failed: t('accessLogRetention.failed', shown),
      }}
    />
  );
}
