import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaChallenge, SessionGrant } from '../../../shared/domain/account-schemas';
import { logInWithPassword } from '../../api/account-api';
import { normalizeServiceUrl } from '../../api/api-client';
import { clientErrorCodes, isApiError } from '../../api/api-error';
import type { Session, SessionMode } from '../../app/session';
import { Icon } from '../../ui/Icon';
import { LoginMfaStep } from '../accounts/LoginMfaStep';
import './login.css';

/** Props of the login form. */
export interface LoginScreenProps {
  initialServiceUrl: string;
  mode: SessionMode;
  initialError?: string | null;
  /** Why the previous session ended (signed out, disabled, expired), shown above the form. */
  notice?: string | null;
  onSignedIn: (session: Session) => void;
  /** Replaceable in tests. */
  fetchImplementation?: typeof fetch;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The sign-in form: service URL, email and password; wrong credentials show an error in place. */
export function LoginScreen(props: LoginScreenProps): ReactElement {
  const { t } = useTranslation();
  const [serviceUrl, setServiceUrl] = useState(props.initialServiceUrl);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(props.initialError ?? null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [challenge, setChallenge] = useState<{ baseUrl: string; challenge: MfaChallenge } | null>(null);

  const signedIn = (baseUrl: string, grant: SessionGrant): void => {
    props.onSignedIn({
      serviceUrl: baseUrl,
      token: grant.token,
      agent: grant.agent,
      expiresAt: grant.expires_at,
      mode: props.mode === 'embedded' ? 'team' : props.mode,
    });
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const baseUrl = normalizeServiceUrl(serviceUrl);
    if (!isHttpUrl(baseUrl)) {
      setError(t('login.invalidUrl'));
      return;
    }
    setIsSubmitting(true);
    setError(null);
    try {
      const outcome = await logInWithPassword(
        baseUrl,
        { email: email.trim(), password },
        props.fetchImplementation,
      );
      if ('mfa_required' in outcome) {
        setPassword('');
        setIsSubmitting(false);
        setChallenge({ baseUrl, challenge: outcome });
        return;
      }
      signedIn(baseUrl, outcome);
    } catch (failure) {
      if (isApiError(failure) && failure.status === 401) {
        setError(t('login.unauthorized'));
      } else if (isApiError(failure) && failure.status === 429) {
        setError(failure.message);
      } else if (isApiError(failure) && failure.code === clientErrorCodes.network) {
        setError(t('login.network', { url: baseUrl }));
      } else {
        setError(
          t('login.failed', { message: failure instanceof Error ? failure.message : String(failure) }),
        );
      }
      setIsSubmitting(false);
    }
  };

  if (challenge) {
    return (
      <main className="login">
        <LoginMfaStep
          serviceUrl={challenge.baseUrl}
          challenge={challenge.challenge}
          onSignedIn={(grant) => signedIn(challenge.baseUrl, grant)}
          onBack={(message) => {
            setChallenge(null);
            setError(message);
          }}
          {...(props.fetchImplementation ? { fetchImplementation: props.fetchImplementation } : {})}
        />
      </main>
    );
  }

  return (
    <main className="login">
      <form className="login__card" onSubmit={(event) => void submit(event)} noValidate>
        <div className="login__brand">
          <span className="login__logo" aria-hidden="true">
            <Icon name="inbox" size={18} />
          </span>
          <span>{t('app.name')}</span>
        </div>
        <h1 className="login__title">{t('login.title')}</h1>
        <p className="login__subtitle">{t('login.subtitle')}</p>
        {props.notice ? (
          <p className="login__notice" role="status" data-testid="login-notice">
            {props.notice}
          </p>
        ) : null}
        <label className="field">
          <span className="field__label">{t('login.serviceUrl')}</span>
          <input
            className="input"
            type="url"
            data-testid="login-url"
            value={serviceUrl}
            autoComplete="url"
            spellCheck={false}
            onChange={(event) => setServiceUrl(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('login.email')}</span>
          <input
            className="input"
            type="email"
            data-testid="login-email"
            value={email}
            autoComplete="username"
            // The sign-in page has one task; starting in its first field is what people expect there.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            required
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('login.password')}</span>
          <input
            className="input"
            type="password"
            data-testid="login-password"
            value={password}
            autoComplete="current-password"
            required
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error ? (
          <div className="alert" role="alert" data-testid="login-error">
            {error}
          </div>
        ) : null}
        <button
          className="button button--primary login__submit"
          type="submit"
          data-testid="login-submit"
          disabled={isSubmitting || email.trim() === '' || password === ''}
        >
          {isSubmitting ? t('login.submitting') : t('login.submit')}
        </button>
        <p className="login__note">
          <Icon name="lock" size={14} />
          {t('login.securityNote')}
        </p>
      </form>
    </main>
  );
}
