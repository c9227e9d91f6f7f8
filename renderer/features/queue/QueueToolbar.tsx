import type { ReactElement, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketPriorities, ticketStatuses } from '../../../shared/domain/vocabulary';
import type { ViewFilters } from '../../../shared/domain/workflow-schemas';
import { formatCount } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { ChoiceSelect } from './ChoiceSelect';
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
function single<T extends string>(values: readonly T[] | undefined): T | '' {
  return values?.length === 1 ? (values[0] as T) : '';
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
      <ChoiceSelect
        label={t('queue.statusFilter')}
        placeholder={t('queue.allStatuses')}
        choices={ticketStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={criteria.status ?? ''}
        onChoose={(status) => onCriteriaChange({ ...criteria, status: status === '' ? null : status })}
      />
      <ChoiceSelect
        label={t('queue.categoryFilter')}
        placeholder={t('queue.allCategories')}
        choices={[
          ...categories.map((category) => ({ value: category.key, label: category.name })),
          { value: uncategorized, label: t('queue.uncategorized') },
        ]}
        value={criteria.category ?? ''}
        onChoose={(category) =>
          onCriteriaChange({ ...criteria, category: category === '' ? null : category })
        }
      />
      {onFiltersChange ? (
        <>
          <ChoiceSelect
            testId="filter-priority"
            label={t('queue.filters.priority')}
            placeholder={t('queue.filters.allPriorities')}
            choices={ticketPriorities.map((priority) => ({
              value: priority,
              label: t(`priority.${priority}`),
            }))}
            value={single(filters.priorities)}
            onChoose={(priority) => setFilter('priorities', priority === '' ? undefined : [priority])}
          />
          <ChoiceSelect
            testId="filter-assignee"
            label={t('queue.filters.assignee')}
            placeholder={t('queue.filters.anyAssignee')}
            choices={[
              { value: 'me', label: t('queue.filters.me') },
              { value: 'none', label: t('queue.unassigned') },
              ...(props.assignees ?? []).map((agent) => ({ value: agent.id, label: agent.name })),
            ]}
            value={single(filters.assignees)}
            onChoose={(assignee) => setFilter('assignees', assignee === '' ? undefined : [assignee])}
          />
          <ChoiceSelect
            testId="filter-language"
            label={t('queue.filters.language')}
            placeholder={t('queue.filters.allLanguages')}
            choices={(props.languages ?? []).map((language) => ({
              value: language,
              label: language.toUpperCase(),
            }))}
            value={single(filters.languages)}
            onChoose={(language) => setFilter('languages', language === '' ? undefined : [language])}
          />
          <ChoiceSelect<'at_risk' | 'breached' | 'at_risk_only'>
            testId="filter-sla"
            label={t('queue.filters.sla')}
            placeholder={t('queue.filters.anySla')}
            choices={[
              { value: 'at_risk', label: t('queue.filters.slaAtRisk') },
              { value: 'breached', label: t('queue.filters.slaBreached') },
            ]}
            value={filters.sla ?? ''}
            onChoose={(sla) => setFilter('sla', sla === '' ? undefined : sla)}
          />
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
