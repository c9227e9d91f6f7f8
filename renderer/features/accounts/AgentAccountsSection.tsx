import { useCallback, useEffect, useMemo, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentAccount, SessionPolicy } from '../../../shared/domain/account-schemas';
import { createAccountApi } from '../../api/account-api';
import { useConsole } from '../../app/console-context';
import './accounts.css';

/**
 * For leads in Settings: every agent's account with Disable / Enable (disabling signs the agent out
 * everywhere at once), and the team's session rules (idle and absolute lifetimes, MFA for everyone).
 */
export function AgentAccountsSection(): ReactElement {
  const { t } = useTranslation();
  const { session } = useConsole();
  const api = useMemo(() => createAccountApi(session.serviceUrl, session.token), [session]);
  const [accounts, setAccounts] = useState<AgentAccount[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    api.accounts().then(setAccounts, (failure: unknown) => setError(String(failure)));
  }, [api]);
  useEffect(refresh, [refresh]);

  const toggle = (account: AgentAccount): void => {
    if (!account.disabled && !window.confirm(t('accounts.agents.confirmDisable', { name: account.name }))) {
      return;
    }
    setError(null);
    api.setDisabled(account.id, !account.disabled).then(
      (updated) => setAccounts((list) => list.map((item) => (item.id === updated.id ? updated : item))),
      (failure: unknown) =>
        setError(
          t('accounts.security.failed', {
            message: failure instanceof Error ? failure.message : String(failure),
          }),
        ),
    );
  };

  return (
    <section className="settings__section" data-testid="agent-accounts">
      <h2 className="settings__heading">{t('accounts.agents.heading')}</h2>
      <p className="settings__hint">{t('accounts.agents.hint')}</p>
      <ul className="agent-accounts">
        {accounts.map((account) => (
          <li
            key={account.id}
            className="agent-accounts__row"
            data-testid="agent-account"
            data-agent-email={account.email}
            data-disabled={String(account.disabled)}
          >
            <span>
              <span className="agent-accounts__name">{account.name}</span>{' '}
              <span className="agent-accounts__meta">
                {account.email} · {t(`role.${account.role}`)}
                {account.mfa_enabled ? ` · ${t('accounts.agents.mfa')}` : ''}
              </span>
            </span>
            <span className="agent-accounts__meta">
              {account.disabled
                ? t('accounts.agents.disabled')
                : t('accounts.agents.sessions', { count: account.active_sessions })}
            </span>
            {account.id === session.agent.id ||
            (account.role === 'admin' && session.agent.role !== 'admin') ? (
              <span />
            ) : (
              <button
                type="button"
                className="button button--small"
                data-testid="agent-account-toggle"
                onClick={() => toggle(account)}
              >
                {account.disabled ? t('accounts.agents.enable') : t('accounts.agents.disable')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <SessionPolicyForm api={api} />
    </section>
  );
}

function SessionPolicyForm({ api }: { api: ReturnType<typeof createAccountApi> }): ReactElement | null {
  const { t } = useTranslation();
  const [policy, setPolicy] = useState<SessionPolicy | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    api.policy().then(setPolicy, () => setPolicy(null));
  }, [api]);
  if (policy === null) {
    return null;
  }
  const save = (event: FormEvent): void => {
    event.preventDefault();
    setStatus(null);
    api.setPolicy(policy).then(
      (saved) => {
        setPolicy(saved);
        setStatus(t('accounts.policy.saved'));
      },
      (failure: unknown) =>
        setStatus(
          t('accounts.security.failed', {
            message: failure instanceof Error ? failure.message : String(failure),
          }),
        ),
    );
  };
  const numberField = (key: 'idle_minutes' | 'absolute_hours', label: string, min: number, max: number) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input"
        type="number"
        min={min}
        max={max}
        data-testid={`policy-${key}`}
        value={policy[key]}
        onChange={(event) => setPolicy({ ...policy, [key]: Number(event.target.value) })}
      />
    </label>
  );
  return (
    <form className="account-form" onSubmit={save} data-testid="session-policy">
      <h3 className="settings__label">{t('accounts.policy.heading')}</h3>
      {numberField('idle_minutes', t('accounts.policy.idle'), 5, 7 * 24 * 60)}
      {numberField('absolute_hours', t('accounts.policy.absolute'), 1, 30 * 24)}
      <label className="settings__check">
        <input
          type="checkbox"
          data-testid="policy-require-mfa"
          checked={policy.require_mfa}
          onChange={(event) => setPolicy({ ...policy, require_mfa: event.target.checked })}
        />{' '}
        {t('accounts.policy.requireMfa')}
      </label>
      <span className="settings__hint">{t('accounts.policy.requireMfaHint')}</span>
      <div>
        <button type="submit" className="button" data-testid="policy-save">
          {t('accounts.policy.save')}
        </button>{' '}
        {status ? <span role="status">{status}</span> : null}
      </div>
    </form>
  );
}
