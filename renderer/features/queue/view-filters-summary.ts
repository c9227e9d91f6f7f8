import type { TFunction } from 'i18next';
import type { ViewFilters } from '../../../shared/domain/workflow-schemas';
import { formatLanguageName } from '../../i18n/format';
import type { QueueLookups } from './queue-model';

/** One filter of a view in words: "Status" and "Open, Pending". */
export interface FilterSummaryPart {
  label: string;
  values: string;
}

/**
 * What a saved view filters on, in the agent's words, in the toolbar's order: a saved view applies its
 * filters without setting the toolbar's, so without this an agent cannot see why a ticket is missing.
 */
export function describeViewFilters(
  filters: ViewFilters,
  t: TFunction,
  lookups: QueueLookups,
  uiLanguage: string,
): FilterSummaryPart[] {
  const parts: FilterSummaryPart[] = [];
  const add = <Value extends string>(
    label: string,
    values: readonly Value[] | undefined,
    name: (value: Value) => string,
  ): void => {
    if (values !== undefined && values.length > 0) {
      parts.push({ label, values: values.map(name).join(', ') });
    }
  };

  const categoryName = (key: string): string =>
    key === 'none' ? t('queue.uncategorized') : lookups.categoryName(key);
  if (filters.text !== undefined && filters.text.trim() !== '') {
    parts.push({ label: t('viewSummary.search'), values: `“${filters.text.trim()}”` });
  }
  add(t('viewSummary.status'), filters.statuses, (status) => t(`status.${status}`));
  add(t('viewSummary.category'), filters.categories, categoryName);
  add(t('viewSummary.priority'), filters.priorities, (priority) => t(`priority.${priority}`));
  add(t('viewSummary.assignee'), filters.assignees, (assignee) => {
    if (assignee === 'me') {
      return t('queue.filters.me');
    }
    return assignee === 'none'
      ? t('queue.unassigned')
      : (lookups.agentName(assignee) ?? t('queue.unknownAgent'));
  });
  add(t('viewSummary.language'), filters.languages, (language) => formatLanguageName(language, uiLanguage));
  add(t('viewSummary.tags'), filters.tags, (tag) => tag);
  if (filters.sla !== undefined) {
    parts.push({ label: t('viewSummary.sla'), values: t(`viewSummary.slaValues.${filters.sla}`) });
  }
  add(t('viewSummary.unassignedIn'), filters.unassigned_categories, categoryName);
  if (filters.updated_within_hours !== undefined) {
    parts.push({
      label: t('viewSummary.updated'),
      values: t('viewSummary.withinHours', { count: filters.updated_within_hours }),
    });
  }
  return parts;
}
