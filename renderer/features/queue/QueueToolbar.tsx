import type { ReactElement, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ticketPriorities,
  ticketStatuses,
  type TicketPriority,
  type TicketStatus,
} from '../../../shared/domain/vocabulary';
import type { ViewFilters } from '../../../shared/domain/workflow-schemas';
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
  /** Priority, assignee, language and SLA filters (the status and category ones are in `criteria`). */
  filters?: ViewFilters;
  onFiltersChange?: (filters: ViewFilters) => void;
  /** Agents for the assignee filter. */
  assignees?: readonly { id: string; name: string }[];
  /** Languages seen on tickets, for the language filter. */
  languages?: readonly string[];
  /** Extra controls at the end of the filter row (the column menu, the service search). */
  children?: ReactNode;
}

/** The one value of a single-choice filter, or '' when it is off. */
function single(values: readonly string[] | undefined): string {
  return values?.length === 1 ? (values[0] as string) : '';
}

/** Search box, status and category filters, and the "n of m tickets" count. */
export function QueueToolbar(props: QueueToolbarProps): ReactElement {
  const { criteria, onCriteriaChange, categories, shown, total, progress, searchRef } = props;
  const { t, i18n } = useTranslation();
  const filters = props.filters ?? {};
  const onFiltersChange = props.onFiltersChange;
  const hasFilters = Object.keys(filters).length > 0;
  const isFiltered =
    criteria.text !== '' || criteria.status !== null || criteria.category !== null || hasFilters;
  const setFilter = <K extends keyof ViewFilters>(key: K, value: ViewFilters[K] | undefined): void => {
    const next = { ...filters };
    if (value === undefined) {
      delete next[key];
    } else {
      next[key] = value;
    }
    onFiltersChange?.(next);
  };
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
      {onFiltersChange ? (
        <>
          <select
            className="select select--small"
            aria-label={t('queue.filters.priority')}
            data-testid="filter-priority"
            value={single(filters.priorities)}
            onChange={(event) =>
              setFilter(
                'priorities',
                event.target.value === '' ? undefined : [event.target.value as TicketPriority],
              )
            }
          >
            <option value="">{t('queue.filters.allPriorities')}</option>
            {ticketPriorities.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </select>
          <select
            className="select select--small"
            aria-label={t('queue.filters.assignee')}
            data-testid="filter-assignee"
            value={single(filters.assignees)}
            onChange={(event) =>
              setFilter('assignees', event.target.value === '' ? undefined : [event.target.value])
            }
          >
            <option value="">{t('queue.filters.anyAssignee')}</option>
            <option value="me">{t('queue.filters.me')}</option>
            <option value="none">{t('queue.unassigned')}</option>
            {(props.assignees ?? []).map((agent) => (
              <option key={agent.id} value={agent.id}>
                {agent.name}
              </option>
            ))}
          </select>
          <select
            className="select select--small"
            aria-label={t('queue.filters.language')}
            data-testid="filter-language"
            value={single(filters.languages)}
            onChange={(event) =>
              setFilter('languages', event.target.value === '' ? undefined : [event.target.value])
            }
          >
            <option value="">{t('queue.filters.allLanguages')}</option>
            {(props.languages ?? []).map((language) => (
              <option key={language} value={language}>
                {language.toUpperCase()}
              </option>
            ))}
          </select>
          <select
            className="select select--small"
            aria-label={t('queue.filters.sla')}
            data-testid="filter-sla"
            value={filters.sla ?? ''}
            onChange={(event) =>
              setFilter(
                'sla',
                event.target.value === '' ? undefined : (event.target.value as 'at_risk' | 'breached'),
              )
            }
          >
            <option value="">{t('queue.filters.anySla')}</option>
            <option value="at_risk">{t('queue.filters.slaAtRisk')}</option>
            <option value="breached">{t('queue.filters.slaBreached')}</option>
          </select>
        </>
      ) : null}
      {isFiltered ? (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => {
            onCriteriaChange({ ...criteria, text: '', status: null, category: null });
            onFiltersChange?.({});
          }}
        >
          {t('queue.clearFilters')}
        </button>
      ) : null}
      <div className="queue-toolbar__spacer" />
      {props.children}
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
