import type { ReactElement } from 'react';
import type { IntakeReceipt } from '../../../shared/domain/workflow-schemas';
import { localized } from '../../app/localized';
import { navigate, pathOf } from '../../app/routes';
import { useHelpText } from '../../i18n/help-text';

/**
 * After submitting: the request's number, the 24-hour expectation (no resubmission), the rule never to
 * share secrets, the ongoing incident it joined if any, and the link to its status page.
 */
export function Submitted({ receipt }: { receipt: IntakeReceipt }): ReactElement {
  const { t, language } = useHelpText();
  const statusRoute = { page: 'ticket', token: receipt.access_token } as const;
  return (
    <section
      className="help-card help-submitted"
      data-testid="help-submitted"
      data-ticket-number={receipt.number}
    >
      <h2>{t('submitted.title', { number: receipt.number })}</h2>
      <p>{t('submitted.expectation')}</p>
      {receipt.incident && (
        <p className="help-guidance--announcement help-note" data-testid="help-submitted-incident">
          {t('submitted.incident', { title: localized(receipt.incident.title, language) })}
        </p>
      )}
      <p className="help-warning" role="note">
        {t('submitted.neverShare')}
      </p>
      <a
        className="help-button help-button--primary"
        data-testid="help-status-link"
        href={pathOf(statusRoute)}
        onClick={(event) => {
          event.preventDefault();
          navigate(statusRoute);
        }}
      >
        {t('submitted.statusLink')}
      </a>
      <p className="help-muted">{t('submitted.bookmark')}</p>
    </section>
  );
}
