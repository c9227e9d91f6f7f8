import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaChallenge, MfaEnrolment, SessionGrant } from '../../../shared/domain/account-schemas';
import { completeMfaLogin, startLoginEnrolment } from '../../api/account-api';
import { isApiError } from '../../api/api-error';
import { MfaEnrolmentView, RecoveryCodesView } from './MfaEnrolmentView';
import './accounts.css';

/** Props of the login's second step. */
export interface LoginMfaStepProps {
  serviceUrl: string;
  challenge: MfaChallenge;
  onSignedIn: (grant: SessionGrant) => void;
  /** Back to the password form (the challenge ended, or the agent chose to). */
  onBack: (message: string | null) => void;
  fetchImplementation?: typeof fetch;
}

/**
 * The login's second step: a code from the authenticator app (or a recovery code), or, when the team requires
 * MFA and the agent has none, the enrolment (QR code and key) confirmed by the first code, then the recovery
 * codes shown once.
 */
export function LoginMfaStep(props: LoginMfaStepProps): ReactElement {
  const { t, i18n } = useTranslation();
  const { serviceUrl, challenge, fetchImplementation } = props;
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [recovered, setRecovered] = useState<SessionGrant | null>(null);
  const isEnrolling = challenge.mfa_step === 'enrol';

  useEffect(() => {
    if (!isEnrolling) {
      return;
    }
    let isCurrent = true;
    startLoginEnrolment(serviceUrl, challenge.mfa_token, fetchImplementation)
      .then((value) => isCurrent && setEnrolment(value))
      .catch(
        (failure: unknown) => isCurrent && props.onBack(failure instanceof Error ? failure.message : null),
      );
    return () => {
      isCurrent = false;
    };
    // Once per challenge: asking again would replace the secret the agent is scanning.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [challenge.mfa_token]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setIsSubmitting(true);
    setError(null);
    try {
      const grant = await completeMfaLogin(
        serviceUrl,
        {
          mfa_token: challenge.mfa_token,
          ...(useRecovery ? { recovery_code: code.trim() } : { code: code.trim() }),
        },
        fetchImplementation,
      );
      if (grant.recovery_codes && grant.recovery_codes.length > 0) {
        setRecovered(grant);
      } else {
        props.onSignedIn(grant);
      }
    } catch (failure) {
      setIsSubmitting(false);
      setCode('');
      if (isApiError(failure) && failure.status === 401) {
        props.onBack(t('accounts.mfa.challengeEnded'));
      } else if (isApiError(failure) && failure.status === 429) {
        props.onBack(failure.message);
      } else if (isApiError(failure) && failure.code === 'invalid_code') {
        setError(t('accounts.mfa.invalidCode'));
      } else {
        setError(
          t('login.failed', { message: failure instanceof Error ? failure.message : String(failure) }),
        );
      }
    }
  };

  if (recovered) {
    return (
      <div className="login__card" data-testid="login-recovery-codes">
        <h1 className="login__title">{t('accounts.mfa.recoveryTitle')}</h1>
        <RecoveryCodesView codes={recovered.recovery_codes ?? []} />
        <button
          type="button"
          className="button button--primary login__submit"
          data-testid="recovery-codes-done"
          onClick={() => props.onSignedIn(recovered)}
        >
          {t('accounts.mfa.recoveryDone')}
        </button>
      </div>
    );
  }

  return (
    <form
      className="login__card"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="login-mfa"
      lang={i18n.language}
    >
      <h1 className="login__title">
        {t(isEnrolling ? 'accounts.mfa.enrolTitle' : 'accounts.mfa.codeTitle')}
      </h1>
      {isEnrolling ? (
        <>
          <p className="login__notice">{t('accounts.mfa.enrolRequired')}</p>
          {enrolment ? <MfaEnrolmentView enrolment={enrolment} /> : <p>{t('app.loading')}</p>}
        </>
      ) : (
        <p className="login__subtitle">{t('accounts.mfa.codeHint')}</p>
      )}
      <label className="field">
        <span className="field__label">
          {t(useRecovery ? 'accounts.mfa.recoveryCode' : 'accounts.mfa.code')}
        </span>
        <input
          className="input"
          data-testid="mfa-code"
          value={code}
          inputMode={useRecovery ? 'text' : 'numeric'}
          autoComplete="one-time-code"
          // The code step appears right after the password: the code goes straight into its only field.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          spellCheck={false}
          maxLength={useRecovery ? 20 : 6}
          onChange={(event) => setCode(event.target.value)}
        />
      </label>
      {error ? (
        <div className="alert" role="alert" data-testid="mfa-error">
          {error}
        </div>
      ) : null}
      <button
        className="button button--primary login__submit"
        type="submit"
        data-testid="mfa-submit"
        disabled={isSubmitting || code.trim() === '' || (isEnrolling && enrolment === null)}
      >
        {isSubmitting ? t('accounts.mfa.verifying') : t('accounts.mfa.verify')}
      </button>
      {isEnrolling ? null : (
        <button
          type="button"
          className="link-button"
          data-testid="mfa-use-recovery"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setCode('');
          }}
        >
          {t(useRecovery ? 'accounts.mfa.useCode' : 'accounts.mfa.useRecovery')}
        </button>
      )}
      <button type="button" className="link-button" onClick={() => props.onBack(null)}>
        {t('accounts.mfa.back')}
      </button>
    </form>
  );
}
