import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../app/console-context';
import { fetchReadLimits, saveReadLimits } from './access-log-client';

/** The lead's hourly read budget: distinct tickets one agent may open within an hour. */
export function ReadBudgetForm(): ReactElement {
  const { t } = useTranslation();
  const { session } = useConsole();
  const [budget, setBudget] = useState('');
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');

  useEffect(() => {
    let isCurrent = true;
    fetchReadLimits(session.serviceUrl, session.token).then(
      (limits) => isCurrent && setBudget(String(limits.hourly_ticket_budget)),
      () => isCurrent && setStatus('failed'),
    );
    return () => {
      isCurrent = false;
    };
  }, [session]);

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const value = Number(budget);
    if (!Number.isInteger(value) || value < 1) {
      setStatus('failed');
      return;
    }
    saveReadLimits(session.serviceUrl, session.token, { hourly_ticket_budget: value }).then(
      (saved) => {
        setBudget(String(saved.hourly_ticket_budget));
        setStatus('saved');
      },
      () => setStatus('failed'),
    );
  };

  return (
    <form className="access-log__budget" onSubmit={onSubmit}>
      <label className="access-log__field">
        <span>{t('accessLog.budget.label')}</span>
        <input
          className="input"
          type="number"
          min={1}
          step={1}
          data-testid="read-budget-input"
          value={budget}
          onChange={(event) => {
            setBudget(event.target.value);
            setStatus('idle');
          }}
        />
      </label>
      <button type="submit" className="button button--small" data-testid="read-budget-save">
        {t('accessLog.budget.save')}
      </button>
      <span className="access-log__hint" role="status">
        {status === 'saved'
          ? t('accessLog.budget.saved')
          : status === 'failed'
            ? t('accessLog.budget.failed')
            : t('accessLog.budget.hint')}
      </span>
    </form>
  );
}
