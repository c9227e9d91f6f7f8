import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole } from '../../app/console-context';

/** Where the setting stands: still loading, shown, being saved, saved, or failed (with why). */
type ScopeStatus =
  | { kind: 'loading' }
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

/**
 * The lead's team scope (docs/security.md "Team scope"): when on, agents see only the tickets of their teams'
 * categories and the tickets assigned to them; leads and admins still see everything. A change saves at once.
 * Hidden when the service client cannot read the setting (test doubles, older services).
 */
export function TeamScopeSection(): ReactElement | null {
  const { t } = useTranslation();
  const { api } = useConsole();
  const [isEnabled, setEnabled] = useState(false);
  const [status, setStatus] = useState<ScopeStatus>({ kind: 'loading' });
  const { teamScope, saveTeamScope } = api;

  useEffect(() => {
    if (teamScope === undefined) {
      return;
    }
    let isCurrent = true;
    teamScope().then(
      (setting) => {
        if (isCurrent) {
          setEnabled(setting.enabled);
          setStatus({ kind: 'idle' });
        }
      },
      (failure: unknown) => {
        if (isCurrent) {
          setStatus({
            kind: 'failed',
            message: failure instanceof Error ? failure.message : String(failure),
          });
        }
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [teamScope]);

  if (teamScope === undefined || saveTeamScope === undefined) {
    return null;
  }
  const onChange = (enabled: boolean): void => {
    setStatus({ kind: 'saving' });
    saveTeamScope({ enabled }).then(
      (saved) => {
        setEnabled(saved.enabled);
        setStatus({ kind: 'saved' });
      },
      (failure: unknown) =>
        setStatus({ kind: 'failed', message: failure instanceof Error ? failure.message : String(failure) }),
    );
  };
  return (
    <section className="routing__section" aria-labelledby="team-scope-heading" data-testid="team-scope">
      <h2 id="team-scope-heading" className="routing__heading">
        {t('teamScope.title')}
      </h2>
      <label className="routing__inline">
        <input
          type="checkbox"
          data-testid="team-scope-toggle"
          checked={isEnabled}
          disabled={status.kind === 'loading' || status.kind === 'saving'}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{t('teamScope.label')}</span>
      </label>
      <p className="routing__hint">{t('teamScope.hint')}</p>
      {status.kind === 'saved' ? (
        <p role="status" className="routing__feedback">
          {isEnabled ? t('teamScope.savedOn') : t('teamScope.savedOff')}
        </p>
      ) : null}
      {status.kind === 'failed' ? (
        <p role="alert" className="routing__feedback routing__feedback--failed">
          {t('teamScope.failed', { message: status.message })}
        </p>
      ) : null}
    </section>
  );
}
