import type { ReactElement, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketStatuses, type TicketStatus } from '../../../shared/domain/vocabulary';
import { formatCount } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { uncategorized, type QueueCriteria } from './queue-model';

/** Props of the queue toolbar. */
export interface QueueToolbarProps {
  criteria: QueueCriteria;
  onCriteriaChange: (criteria: QueueCriteria) => void;
  /** Category keys and display names for the filter. */
  categories: readonly { key: string; name: string }[];
  shown: number;
  total: number;
  /** Loading text shown beside the count while the first load runs. */
  progress?: string | null;
  searchRef?: Ref<HTMLInputElement>;
}

/** Search box, status and category filters, and the "n of m tickets" count. */
export function QueueToolbar(props: QueueToolbarProps): ReactElement {
  const { criteria, onCriteriaChange, categories, shown, total, progress, searchRef } = props;
  const { t, i18n } = useTranslation();
  const isFiltered = criteria.text !== '' || criteria.status !== null || criteria.category !== null;
  return (
    <div className="queue-toolbar">
      <label className="queue-search">
        <span className="visually-hidden">{t('queue.searchLabel')}</span>
        <Icon name="search" />
        <input
          ref={searchRef}
          className="queue-search__input"
          type="search"
          data-testid="queue-search"
          placeholder={t('queue.searchPlaceholder')}
          value={criteria.text}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onCriteriaChange({ ...criteria, text: event.target.value })}
        />
        <kbd aria-hidden="true">/</kbd>
      </label>
      <select
        className="select select--small"
        aria-label={t('queue.statusFilter')}
        value={criteria.status ?? ''}
        onChange={(event) =>
          onCriteriaChange({
            ...criteria,
            status: event.target.value === '' ? null : (event.target.value as TicketStatus),
          })
        }
      >
        <option value="">{t('queue.allStatuses')}</option>
        {ticketStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      <select
        className="select select--small"
        aria-label={t('queue.categoryFilter')}
        value={criteria.category ?? ''}
        onChange={(event) =>
          onCriteriaChange({ ...criteria, category: event.target.value === '' ? null : event.target.value })
        }
      >
        <option value="">{t('queue.allCategories')}</option>
        {categories.map((category) => (
          <option key={category.key} value={category.key}>
            {category.name}
          </option>
        ))}
        <option value={uncategorized}>{t('queue.uncategorized')}</option>
      </select>
      {isFiltered ? (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => onCriteriaChange({ text: '', status: null, category: null })}
        >
          {t('queue.clearFilters')}
        </button>
      ) : null}
      <div className="queue-toolbar__spacer" />
      {progress ? <span className="queue-toolbar__progress">{progress}</span> : null}
      <span className="queue-toolbar__count" data-testid="queue-count" aria-live="polite">
        {t('queue.count', {
          shown: formatCount(shown, i18n.language),
          total: formatCount(total, i18n.language),
        })}
      </span>
    </div>
  );
}
