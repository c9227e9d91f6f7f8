import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaEnrolment } from '../../../shared/domain/account-schemas';
import './accounts.css';

/** The QR code of a TOTP enrolment and its secret as text, for apps that cannot scan. */
export function MfaEnrolmentView({ enrolment }: { enrolment: MfaEnrolment }): ReactElement {
  const { t } = useTranslation();
  return (
    <div data-testid="mfa-enrolment">
      <p className="login__subtitle">{t('accounts.mfa.enrolScan')}</p>
      {/* The service builds the QR code as an SVG data URL (CSP img-src allows data:). */}
      <img className="mfa-qr" src={enrolment.qr_code} alt={t('accounts.mfa.qrAlt')} data-testid="mfa-qr" />
      <p>
        <span className="field__label">{t('accounts.mfa.enrolSecret')}: </span>
        <code className="mfa-secret" data-testid="mfa-secret">
          {enrolment.secret}
        </code>
      </p>
      <p className="login__subtitle">{t('accounts.mfa.enrolConfirm')}</p>
    </div>
  );
}

/** The recovery codes, shown once after an enrolment. */
export function RecoveryCodesView({ codes }: { codes: readonly string[] }): ReactElement {
  const { t } = useTranslation();
  return (
    <div data-testid="recovery-codes">
      <p className="login__subtitle">{t('accounts.mfa.recoveryHint')}</p>
      <ul className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}
