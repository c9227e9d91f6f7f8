import { useCallback, useEffect, useMemo, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaEnrolment, SessionInfo } from '../../../shared/domain/account-schemas';
import { createAccountApi } from '../../api/account-api';
import { isApiError } from '../../api/api-error';
import { useConsole } from '../../app/console-context';
import { formatDateTime } from '../../i18n/format';
import { MfaEnrolmentView, RecoveryCodesView } from './MfaEnrolmentView';
import './accounts.css';

function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

/**
 * The agent's own account security in Settings: when this session ends, sign out everywhere, the password
 * change form, and two-step verification (set up with a QR code, recovery codes shown once; turn off with a
 * code unless the team requires it). The desktop's embedded local agent has no password: it sees nothing here.
 */
export function AccountSecuritySection(): ReactElement | null {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useConsole();
  const api = useMemo(() => createAccountApi(session.serviceUrl, session.token), [session]);
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const refresh = useCallback(() => {
    api.sessionInfo().then(setInfo, () => setInfo(null));
  }, [api]);
  useEffect(refresh, [refresh]);

  if (session.mode === 'embedded' || info === null) {
    return null;
  }
  return (
    <section className="settings__section" data-testid="account-security">
      <h2 className="settings__heading">{t('accounts.security.heading')}</h2>
      <p className="settings__hint" data-testid="session-ends">
        {info.expires_at
          ? t('accounts.security.sessionEnds', {
              time: formatDateTime(info.expires_at, i18n.language),
              minutes: String(Math.round((info.idle_timeout_seconds ?? 0) / 60)),
            })
          : t('accounts.security.sessionNoEnd')}
      </p>
      <div className="settings__row">
        <p className="settings__hint">{t('accounts.security.signOutEverywhereHint')}</p>
        <button
          type="button"
          className="button"
          data-testid="sign-out-everywhere"
          onClick={() => signOut(true)}
        >
          {t('accounts.security.signOutEverywhere')}
        </button>
      </div>
      <PasswordForm changePassword={(current, next) => api.changePassword(current, next)} />
      <MfaSettings info={info} api={api} onChanged={refresh} />
    </section>
  );
}

function PasswordForm({
  changePassword,
}: {
  changePassword: (current: string, next: string) => Promise<void>;
}): ReactElement {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setResult(null);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setResult({ ok: true, text: t('accounts.security.passwordChanged') });
    } catch (failure) {
      const code = isApiError(failure) ? failure.code : null;
      setResult({
        ok: false,
        text:
          code === 'weak_password'
            ? t('accounts.security.weakPassword')
            : code === 'wrong_password'
              ? t('accounts.security.wrongPassword')
              : t('accounts.security.failed', { message: messageOf(failure) }),
      });
    }
  };
  return (
    <form className="account-form" onSubmit={(event) => void submit(event)} data-testid="password-form">
      <h3 className="settings__label">{t('accounts.security.passwordHeading')}</h3>
      <label className="field">
        <span className="field__label">{t('accounts.security.currentPassword')}</span>
        <input
          className="input"
          type="password"
          autoComplete="current-password"
          data-testid="password-current"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('accounts.security.newPassword')}</span>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          data-testid="password-new"
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <span className="settings__hint">{t('accounts.security.newPasswordHint')}</span>
      </label>
      {result ? (
        <p
          className={result.ok ? 'settings__hint' : 'alert'}
          role={result.ok ? 'status' : 'alert'}
          data-testid="password-result"
        >
          {result.text}
        </p>
      ) : null}
      <div>
        <button
          type="submit"
          className="button"
          disabled={current === '' || next === ''}
          data-testid="password-submit"
        >
          {t('accounts.security.changePassword')}
        </button>
      </div>
    </form>
  );
}

function MfaSettings({
  info,
  api,
  onChanged,
}: {
  info: SessionInfo;
  api: ReturnType<typeof createAccountApi>;
  onChanged: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>): Promise<void> => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(
        isApiError(failure) && failure.code === 'invalid_code'
          ? t('accounts.mfa.invalidCode')
          : t('accounts.security.failed', { message: messageOf(failure) }),
      );
    }
  };
  const confirm = (event: FormEvent): void => {
    event.preventDefault();
    void run(async () => {
      setCodes(await api.confirmEnrolment(code.trim()));
      setEnrolment(null);
      setCode('');
      onChanged();
    });
  };
  const remove = (event: FormEvent): void => {
    event.preventDefault();
    void run(async () => {
      await api.removeMfa(code.trim());
      setCode('');
      onChanged();
    });
  };
  const codeInput = (
    <input
      className="input"
      data-testid="mfa-settings-code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      value={code}
      aria-label={t('accounts.mfa.code')}
      onChange={(event) => setCode(event.target.value)}
    />
  );
  return (
    <div className="account-form" data-testid="mfa-settings" data-mfa-enabled={String(info.mfa_enabled)}>
      <h3 className="settings__label">{t('accounts.security.mfaHeading')}</h3>
      <p className="settings__hint">
        {info.mfa_enabled
          ? t('accounts.security.mfaOn', { count: info.recovery_codes_left })
          : t('accounts.security.mfaOff')}{' '}
        {info.mfa_required_by_team ? t('accounts.security.mfaRequired') : null}
      </p>
      {codes ? (
        <>
          <RecoveryCodesView codes={codes} />
          <div>
            <button
              type="button"
              className="button"
              data-testid="recovery-codes-done"
              onClick={() => setCodes(null)}
            >
              {t('accounts.mfa.recoveryDone')}
            </button>
          </div>
        </>
      ) : enrolment ? (
        <form className="account-form" onSubmit={confirm}>
          <MfaEnrolmentView enrolment={enrolment} />
          {codeInput}
          <div>
            <button
              type="submit"
              className="button button--primary"
              data-testid="mfa-settings-confirm"
              disabled={code.trim() === ''}
            >
              {t('accounts.mfa.verify')}
            </button>
          </div>
        </form>
      ) : info.mfa_enabled ? (
        info.mfa_required_by_team ? null : (
          <form className="account-form" onSubmit={remove}>
            <span className="settings__hint">{t('accounts.security.mfaRemoveHint')}</span>
            {codeInput}
            <div>
              <button type="submit" className="button" disabled={code.trim() === ''}>
                {t('accounts.security.mfaRemove')}
              </button>
            </div>
          </form>
        )
      ) : (
        <div>
          <button
            type="button"
            className="button"
            data-testid="mfa-set-up"
            onClick={() => void run(async () => setEnrolment(await api.startEnrolment()))}
          >
            {t('accounts.security.mfaSetUp')}
          </button>
        </div>
      )}
      {error ? (
        <p className="alert" role="alert" data-testid="mfa-settings-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
