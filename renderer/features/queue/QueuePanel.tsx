import { useMemo, type ReactElement, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/schemas';
import type { PresenceEntry, ViewFilters } from '../../../shared/domain/workflow-schemas';
import { EmptyState } from '../../ui/EmptyState';
import { ColumnMenu } from './ColumnMenu';
import { columnLayoutOf, moveColumn, type ColumnLayout } from './column-preferences';
import { compactColumnIds, createQueueColumns } from './queue-columns';
import type { QueueColumnId, QueueCriteria, QueueLookups, QueueSort } from './queue-model';
import { keyLabel } from './queue-shortcuts';
import { QueueTable } from './QueueTable';
import { QueueToolbar } from './QueueToolbar';
import type { FilterSummaryPart } from './view-filters-summary';
import './queue.css';

/** Props of the queue panel (toolbar, table and shortcut hints), fully controlled by its owner. */
export interface QueuePanelProps {
  rows: readonly Ticket[];
  total: number;
  lookups: QueueLookups;
  categories: readonly { key: string; name: string }[];
  criteria: QueueCriteria;
  onCriteriaChange: (criteria: QueueCriteria) => void;
  sorting: readonly QueueSort[];
  onSortingChange: (sorting: QueueSort[]) => void;
  selectedId: string | null;
  openId: string | null;
  arrivals: ReadonlySet<string>;
  onActivate: (ticketId: string) => void;
  nowMs: number;
  /** Fewer columns, for the split view beside an open ticket. */
  isCompact?: boolean;
  /** Load progress text while the first load runs. */
  progress?: string | null;
  isLoading?: boolean;
  initialRect?: { width: number; height: number };
  scrollerRef?: Ref<HTMLDivElement>;
  searchRef?: Ref<HTMLInputElement>;
  /** Priority, assignee, language and SLA filters of the toolbar. */
  filters?: ViewFilters;
  onFiltersChange?: (filters: ViewFilters) => void;
  assignees?: readonly { id: string; name: string }[];
  languages?: readonly string[];
  /** The agent's column order, hidden columns and widths; without it every column shows at its default. */
  columnLayout?: ColumnLayout;
  onColumnLayoutChange?: (layout: ColumnLayout) => void;
  onColumnLayoutReset?: () => void;
  checked?: ReadonlySet<string>;
  onToggleChecked?: (ticketId: string, range: boolean) => void;
  viewers?: ReadonlyMap<string, readonly PresenceEntry[]>;
  /** The bulk actions bar (shown above the table while tickets are checked). */
  bulkBar?: ReactNode;
  /** What the selected saved view filters on (view-filters-summary.ts); shown under the toolbar. */
  viewSummary?: readonly FilterSummaryPart[];
  /** Extra toolbar content, e.g. the service-search notice. */
  toolbarExtra?: ReactNode;
  /** macOS shows ⌘ for the command key, other platforms Ctrl. */
  isMac?: boolean;
}

const defaultLayout = columnLayoutOf(undefined);

/** The queue: what the agent searches, filters, sorts and moves through. */
export function QueuePanel(props: QueuePanelProps): ReactElement {
  const { t, i18n } = useTranslation();
  const { lookups, nowMs, onColumnLayoutChange } = props;
  const language = i18n.language;
  const isCompact = props.isCompact === true;
  const layout = props.columnLayout ?? defaultLayout;
  const shown = useMemo(
    () =>
      layout.order.filter((id) => !layout.hidden.has(id) && (!isCompact || compactColumnIds.includes(id))),
    [layout, isCompact],
  );
  const columns = useMemo(
    () => createQueueColumns({ t, language, lookups, nowMs }, shown),
    [t, language, lookups, nowMs, shown],
  );
  const empty = props.isLoading ? (
    <EmptyState icon="inbox" title={t('queue.loadingTitle')} body={props.progress ?? undefined} />
  ) : (
    <EmptyState icon="search" title={t('queue.emptyTitle')} body={t('queue.emptyBody')} />
  );
  const isMac = props.isMac === true;
  return (
    <section className="queue-panel" aria-label={t('queue.title')}>
      <QueueToolbar
        criteria={props.criteria}
        onCriteriaChange={props.onCriteriaChange}
        categories={props.categories}
        shown={props.rows.length}
        total={props.total}
        progress={props.progress ?? null}
        {...(props.searchRef ? { searchRef: props.searchRef } : {})}
        {...(props.filters ? { filters: props.filters } : {})}
        {...(props.onFiltersChange ? { onFiltersChange: props.onFiltersChange } : {})}
        {...(props.assignees ? { assignees: props.assignees } : {})}
        {...(props.languages ? { languages: props.languages } : {})}
      >
        {props.toolbarExtra}
        {onColumnLayoutChange ? (
          <ColumnMenu
            layout={layout}
            onChange={onColumnLayoutChange}
            onReset={props.onColumnLayoutReset ?? (() => onColumnLayoutChange(defaultLayout))}
          />
        ) : null}
      </QueueToolbar>
      {props.viewSummary && props.viewSummary.length > 0 ? (
        <p className="queue-view-summary" data-testid="view-summary">
          <span className="queue-view-summary__heading">{t('viewSummary.heading')}</span>
          {props.viewSummary.map((part) => (
            <span key={part.label} className="queue-view-summary__part">
              <span className="queue-view-summary__label">{part.label}</span> {part.values}
            </span>
          ))}
        </p>
      ) : null}
      {props.bulkBar}
      <QueueTable
        rows={props.rows}
        columns={columns}
        sorting={props.sorting}
        onSortingChange={props.onSortingChange}
        selectedId={props.selectedId}
        openId={props.openId}
        arrivals={props.arrivals}
        onActivate={props.onActivate}
        empty={empty}
        {...(props.initialRect ? { initialRect: props.initialRect } : {})}
        {...(props.scrollerRef ? { scrollerRef: props.scrollerRef } : {})}
        {...(onColumnLayoutChange
          ? {
              columnWidths: layout.widths,
              onColumnWidthsChange: (widths: Record<string, number>) =>
                onColumnLayoutChange({ ...layout, widths }),
              onColumnMove: (id: string, targetId: string) =>
                onColumnLayoutChange({
                  ...layout,
                  order: moveColumn(layout.order, id as QueueColumnId, targetId as QueueColumnId),
                }),
            }
          : {})}
        {...(props.checked ? { checked: props.checked } : {})}
        {...(props.onToggleChecked ? { onToggleChecked: props.onToggleChecked } : {})}
        {...(props.viewers ? { viewers: props.viewers } : {})}
      />
      <footer className="queue-footer" data-testid="queue-hints">
        <span>
          <kbd>?</kbd> {t('queue.hintShortcuts')}
        </span>
        <span>
          <kbd>J</kbd> <kbd>K</kbd> {t('queue.hintMove')}
        </span>
        <span>
          <kbd>Enter</kbd> {t('queue.hintOpen')}
        </span>
        <span>
          <kbd>X</kbd> {t('queue.hintCheck')}
        </span>
        <span>
          <kbd>/</kbd> <kbd>{keyLabel('Mod', isMac)}</kbd>+<kbd>K</kbd> {t('queue.hintSearch')}
        </span>
        <span>
          <kbd>Shift</kbd> + {t('queue.hintMultiSort')}
        </span>
      </footer>
    </section>
  );
}
