import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { Icon } from '../../ui/Icon';
import './safety.css';

/**
 * What the ticket pane says about secrets masked in this ticket (never the secret itself: the service
 * stored only markers). A seed phrase or private key means the wallet is compromised, said as an alarm;
 * other kinds (passwords, codes, API secrets) as a notice listing them.
 */
export function SafetyBanner({ detail }: { detail: TicketDetail }): ReactElement | null {
  const { t } = useTranslation();
  const kinds = [...new Set(detail.redactions.map((redaction) => redaction.kind))];
  if (kinds.length === 0) {
    return null;
  }
  const compromised = kinds.includes('seed_phrase')
    ? 'seed_phrase'
    : kinds.includes('private_key')
      ? 'private_key'
      : null;
  const known = (kind: string): string =>
    ['seed_phrase', 'private_key', 'api_secret', 'password', 'otp_code'].includes(kind)
      ? t(`safety.kinds.${kind as 'seed_phrase'}`)
      : kind;
  return (
    <div
      className={`safety-banner${compromised ? ' safety-banner--alarm' : ''}`}
      role={compromised ? 'alert' : 'status'}
      data-testid="safety-banner"
      data-kind={compromised ?? 'masked'}
    >
      <Icon name="lock" size={14} />
      <span>
        {compromised ? `${t(`safety.banner.${compromised}`)} ` : null}
        {t('safety.banner.masked', { kinds: kinds.map(known).join(', ') })}
      </span>
    </div>
  );
}

/** The ticket's flagged links, listed above the thread (where they stand as plain text, never as links). */
export function LinkWarningsList({ detail }: { detail: TicketDetail }): ReactElement | null {
  const { t } = useTranslation();
  const warnings = detail.link_warnings ?? [];
  if (warnings.length === 0) {
    return null;
  }
  return (
    <div className="safety-banner" role="status" data-testid="link-warnings">
      <Icon name="lock" size={14} />
      <span>
        {t('safety.links.heading')}{' '}
        {warnings.map((warning, index) => (
          <span
            key={warning.url}
            className="link-warning"
            data-testid="link-warning"
            data-reason={warning.reason}
          >
            {index > 0 ? ', ' : null}
            <code>{warning.url}</code> ({t(`safety.reasons.${warning.reason}`)})
          </span>
        ))}
      </span>
    </div>
  );
}
