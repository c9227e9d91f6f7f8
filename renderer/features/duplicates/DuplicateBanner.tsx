import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../shared/domain/schemas';
import { Icon } from '../../ui/Icon';

/**
 * "2 earlier tickets from this customer look like the same issue", with a Compare toggle. Hidden when
 * detection found none, or once the ticket is merged.
 */
export function DuplicateBanner({
  detail,
  isComparing,
  onToggleCompare,
}: {
  detail: TicketDetail;
  isComparing: boolean;
  onToggleCompare: () => void;
}): ReactElement | null {
  const { t } = useTranslation();
  const count = detail.possible_duplicates.length;
  if (count === 0 || detail.merged_into_ticket_id) {
    return null;
  }
  return (
    <div className="duplicate-banner" data-testid="duplicate-banner" role="status">
      <Icon name="ticket" size={14} />
      <span className="duplicate-banner__text">
        {count === 1 ? t('duplicates.bannerOne') : t('duplicates.bannerMany', { count })}
      </span>
      <button
        type="button"
        className="button button--small"
        data-testid="duplicate-compare"
        aria-expanded={isComparing}
        onClick={onToggleCompare}
      >
        {isComparing ? t('duplicates.hideCompare') : t('duplicates.compare')}
      </button>
    </div>
  );
}
