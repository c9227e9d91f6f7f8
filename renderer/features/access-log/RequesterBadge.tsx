import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/schemas';
import './access-log.css';

/**
 * Whether the requester is who they say (CONTRACT.md v2 "Verified requesters"): an "unverified sender" badge
 * for tickets that did not come with the exchange's customer assertion, a quiet "verified" mark otherwise.
 * Services older than migration 0018 say nothing, and nothing is shown.
 */
export function RequesterBadge({ requester }: { requester: Ticket['requester'] }): ReactElement | null {
  const { t } = useTranslation();
  if (requester.verified === undefined) {
    return null;
  }
  return requester.verified ? (
    <span className="requester-badge requester-badge--verified" data-testid="requester-verified">
      {t('accessLog.verified')}
    </span>
  ) : (
    <span
      className="requester-badge requester-badge--unverified"
      data-testid="requester-unverified"
      title={t('accessLog.unverifiedHint')}
    >
      {t('accessLog.unverified')}
    </span>
  );
}
