import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';

/** The honest empty state of a page that arrives in a later release (Metrics, FAQ library). */
export function PlaceholderPage({ page }: { page: 'metrics' | 'faq' }): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="placeholder-page">
      {page === 'metrics' ? (
        <EmptyState
          icon="chart"
          badge={t('placeholder.badge')}
          title={t('placeholder.metricsTitle')}
          body={t('placeholder.metricsBody')}
        />
      ) : (
        <EmptyState
          icon="book"
          badge={t('placeholder.badge')}
          title={t('placeholder.faqTitle')}
          body={t('placeholder.faqBody')}
        />
      )}
    </div>
  );
}
