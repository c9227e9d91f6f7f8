import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import './accounts.css';

/** Props of the dialog asked before signing out with unsent work. */
export interface SignOutDialogProps {
  pending: number;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Sign out with unsent work?": signing out deletes the outbox from this computer. */
export function SignOutDialog({ pending, onConfirm, onCancel }: SignOutDialogProps): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="account-dialog__backdrop">
      <div
        className="account-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sign-out-title"
        data-testid="sign-out-dialog"
      >
        <h2 id="sign-out-title" className="account-dialog__title">
          {t('accounts.signOut.title')}
        </h2>
        <p>{t('accounts.signOut.pending', { count: pending })}</p>
        <div className="account-dialog__actions">
          {/* A dialog focuses its safe choice when it opens (unsent work stays unless the agent discards it). */}
          {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
          <button type="button" className="button" onClick={onCancel} autoFocus>
            {t('accounts.signOut.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="sign-out-confirm"
            onClick={onConfirm}
          >
            {t('accounts.signOut.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Props of the dialog shown when the service ended a session that still had unsent work. */
export interface SessionEndedDialogProps {
  pending: number;
  onSignInAgain: () => void;
  onDiscard: () => void;
}

/** "Your session ended": sign in again to send the outbox, or delete it. */
export function SessionEndedDialog({
  pending,
  onSignInAgain,
  onDiscard,
}: SessionEndedDialogProps): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="account-dialog__backdrop">
      <div
        className="account-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="session-ended-title"
        data-testid="session-ended-dialog"
      >
        <h2 id="session-ended-title" className="account-dialog__title">
          {t('accounts.signOut.endedTitle')}
        </h2>
        <p>{t('accounts.signOut.endedPending', { count: pending })}</p>
        <div className="account-dialog__actions">
          <button type="button" className="button" onClick={onDiscard}>
            {t('accounts.signOut.discard')}
          </button>
          {/* A dialog focuses its main choice when it opens. */}
          {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
          <button type="button" className="button button--primary" onClick={onSignInAgain} autoFocus>
            {t('accounts.signOut.signInAgain')}
          </button>
        </div>
      </div>
    </div>
  );
}
