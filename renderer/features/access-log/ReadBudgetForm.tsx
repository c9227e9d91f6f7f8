import { useCallback, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../app/console-context';
import { fetchReadLimits, saveReadLimits } from './access-log-client';
import { NumberSettingForm } from './NumberSettingForm';

/** The lead's hourly read budget: distinct tickets one agent may open within an hour. */
export function ReadBudgetForm({ onSaved }: { onSaved?: () => void }): ReactElement {
  const { t } = useTranslation();
  const { session } = useConsole();
  const load = useCallback(
    async () => (await fetchReadLimits(session.serviceUrl, session.token)).hourly_ticket_budget,
    [session],
  );
  const save = useCallback(
    async (value: number) =>
      (await saveReadLimits(session.serviceUrl, session.token, { hourly_ticket_budget: value }))
        .hourly_ticket_budget,
    [session],
  );
  return (
    <NumberSettingForm
      load={load}
      save={save}
      min={1}
      onSaved={onSaved}
      testId="read-budget"
      text={{
        label: t('accessLog.budget.label'),
        save: t('accessLog.budget.save'),
        hint: t('accessLog.budget.hint'),
        saved: t('accessLog.budget.saved'),
        failed: t('accessLog.budget.failed'),
      }}
    />
  );
}
